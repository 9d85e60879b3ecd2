package org.synoptic.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, new Environment(System.in, System.console() != null)));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = new CommandLine(new SynopticCommand(), new Factory(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("synoptic: " + oneLine(e));
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Creates commands with the process environment they need. */
    private record Factory(Environment environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (EnvironmentAware.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((EnvironmentAware) command).environment(environment);
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}

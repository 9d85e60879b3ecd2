package org.synoptic.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it printed. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        return runWithStdin("", args);
    }

    static Cli runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false));
        return new Cli(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}

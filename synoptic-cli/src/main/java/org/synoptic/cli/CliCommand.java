package org.synoptic.cli;

import java.io.PrintWriter;
import org.synoptic.Pipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that reads input shares: its streams, the process environment, a pipeline. */
abstract class CliCommand implements EnvironmentAware {

    @Spec
    CommandSpec spec;

    private Environment environment;

    @Override
    public void environment(Environment value) {
        this.environment = value;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Pipeline pipeline(long maxBytes) {
        return Pipeline.builder().maxBytes(maxBytes).stdin(environment.stdin()).build();
    }

    Progress progress(boolean quiet) {
        return new Progress(err(), environment.interactive() && !quiet);
    }
}

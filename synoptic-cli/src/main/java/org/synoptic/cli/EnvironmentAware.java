package org.synoptic.cli;

/** A command that needs the {@link Environment}; the factory hands it over before execution. */
interface EnvironmentAware {
    void environment(Environment environment);
}

package org.synoptic.cli;

import picocli.CommandLine.Command;

@Command(
        name = "synoptic",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads many news reports of the same happenings and reconciles them into one account.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            IngestCommand.class,
            ReportCommand.class,
            SearchCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 failure (some input or step failed), 2 usage error."})
final class SynopticCommand {}

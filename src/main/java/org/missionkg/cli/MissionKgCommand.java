package org.missionkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. */
@Command(name = "missionkg", mixinStandardHelpOptions = true, version = "missionkg 0.1.0",
        description = "News articles about military missions in; a sourced, dated RDF knowledge graph out.",
        subcommands = {IngestCommand.class, ExtractCommand.class, AskCommand.class, ValidateCommand.class, RebuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                LinkCommand.class, HelpCommand.class})
final class MissionKgCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}

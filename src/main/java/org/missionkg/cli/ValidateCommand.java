package org.missionkg.cli;

import java.util.concurrent.Callable;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code missionkg validate [--store DIR]}: the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the whole store against the SHACL shapes; prints the report, exits 5 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    LoggingOptions logging;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openExisting()) {
            ShapesReport report = store.read(dsg -> ShapesCheck.standard().check(dsg));
            spec.commandLine().getOut().println(report.toText());
            spec.commandLine().getOut().flush();
            return report.conforms() ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }
}

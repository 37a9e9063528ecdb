package org.missionkg.cli;

import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.store.ShapesCheck;
import org.missionkg.store.ShapesReport;
import picocli.CommandLine.Command;

/** {@code missionkg validate [--store DIR]}: the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the whole store against the SHACL shapes, and that the derived graphs (reference,",
                "consolidated) were built from the articles now stored; prints the report, exits 5 on either failure."})
final class ValidateCommand extends StoreCommand {
    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openExisting()) {
            ShapesReport report = store.read(dsg -> ShapesCheck.standard().check(dsg));
            DerivedGraphs.Status derived = DerivedGraphs.status(store);
            spec.commandLine().getOut().println(report.toText());
            spec.commandLine().getOut().println(DerivedGraphs.describe(derived));
            spec.commandLine().getOut().flush();
            return report.conforms() && derived == DerivedGraphs.Status.FRESH ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }
}

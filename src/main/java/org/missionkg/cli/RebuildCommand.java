package org.missionkg.cli;

import org.missionkg.pipeline.DerivedGraphs;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;

/** {@code missionkg rebuild [--store DIR]}: the derived graphs rebuilt from the stored articles, by hand. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuilds the derived graphs (reference, consolidated, summary) from the article graphs now stored,",
                "whether or not they look stale. Ingest, serve, query, ask and export do this by themselves when",
                "the derived graphs were built from another set of articles (after a crash, say)."})
final class RebuildCommand extends StoreCommand {
    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openExisting()) {
            DerivedGraphs.Status before = DerivedGraphs.status(store);
            DerivedGraphs.rebuild(store);
            spec.commandLine().getOut().println("rebuilt the derived graphs from " + store.articleGraphs().size()
                    + " article graphs (they were " + before.name().toLowerCase(java.util.Locale.ROOT) + ")");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}

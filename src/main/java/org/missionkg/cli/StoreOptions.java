package org.missionkg.cli;

import java.nio.file.Path;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.model.NoStoreException;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that uses the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /** A positive number of seconds from an option, or a usage error naming it. */
    static java.time.Duration seconds(String option, int seconds) {
        if (seconds <= 0) {
            throw new org.missionkg.model.BadInputException(option, "must be a positive number of seconds, not " + seconds);
        }
        return java.time.Duration.ofSeconds(seconds);
    }

    /**
     * Opens a store that must exist and brings its derived graphs up to date first (query, ask,
     * export): a crash between an ingest's last article and its rebuild must not leave them
     * answering from an older set of articles. Says so on standard error when it rebuilt.
     */
    KnowledgeStore openFresh() {
        KnowledgeStore s = openExisting();
        try {
            if (org.missionkg.pipeline.DerivedGraphs.ensureFresh(s)) {
                System.err.println("missionkg: " + org.missionkg.pipeline.DerivedGraphs.lastUpdateMessage());
                System.err.flush();
            }
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Opens the store, making it first if the folder holds none (ingest, serve). */
    KnowledgeStore open() {
        return KnowledgeStore.open(store);
    }

    /**
     * Opens a store that must already exist (query, ask, export, validate, link): a mistyped
     * {@code --store} would otherwise create an empty store and answer every question with nothing.
     */
    KnowledgeStore openExisting() {
        if (!KnowledgeStore.exists(store)) {
            throw new NoStoreException("--store " + store
                    + ": no missionkg store there; check the path, or make one with `missionkg ingest --store "
                    + store + " FILES...`");
        }
        return open();
    }
}

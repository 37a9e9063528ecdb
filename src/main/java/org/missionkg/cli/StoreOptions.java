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

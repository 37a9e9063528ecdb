package org.missionkg.cli;

import java.nio.file.Path;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that uses the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    KnowledgeStore open() {
        return KnowledgeStore.open(store);
    }
}

package org.missionkg.serve;

import org.missionkg.store.KnowledgeStore;

/** The end of a test class that served a store over HTTP. */
public final class ServedStore {
    private ServedStore() {
    }

    /**
     * Stops the server, then closes the store: a query still running holds a read transaction on the store.
     * Either may be null when the class's set-up failed before making it; that failure is the one to report,
     * not a NullPointerException from the teardown.
     */
    public static void stop(KgServer server, KnowledgeStore store) {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }
}

package org.missionkg.serve.web;

import java.time.Duration;
import org.missionkg.serve.KgServer;
import org.missionkg.serve.ServedStore;
import org.missionkg.store.KnowledgeStore;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A store served over HTTP on a free port and a headless browser to look at it: what every page test starts
 * with, and closes in the right order (the browser, then the server, then the store).
 */
final class BrowsedServer implements AutoCloseable {
    final KgServer server;
    final Browser browser;
    final WebDriverWait wait;
    private final KnowledgeStore store;

    private BrowsedServer(KnowledgeStore store, KgServer server, Browser browser) {
        this.store = store;
        this.server = server;
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    /** Serves the store and opens a browser; if the browser cannot start, the server is stopped again. */
    static BrowsedServer over(KnowledgeStore store) {
        KgServer server = KgServer.create().dataset(store.dataset()).port(0).build().start();
        try {
            return new BrowsedServer(store, server, new Browser());
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Closes what a test class opened; with {@code web} null (set-up failed early) only the store. */
    static void close(BrowsedServer web, KnowledgeStore store) {
        if (web != null) {
            web.close();
        } else {
            ServedStore.stop(null, store);
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            ServedStore.stop(server, store);
        }
    }
}

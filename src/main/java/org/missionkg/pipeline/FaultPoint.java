package org.missionkg.pipeline;

/**
 * Named moments in the ingest where the crash drills stop a real process: with the system
 * property {@code missionkg.pauseAt} set to a point's name, the process says so on standard
 * error and waits there (at most ten minutes) for the drill to kill it. Without the property
 * nothing happens.
 */
final class FaultPoint {
    /** Right after an article graph's transaction committed. */
    static final String ARTICLE_STORED = "article-stored";
    /** After the last article committed, before the derived graphs are rebuilt. */
    static final String BEFORE_DERIVED = "before-derived";

    private FaultPoint() {
    }

    static void reached(String point) {
        if (!point.equals(System.getProperty("missionkg.pauseAt"))) {
            return;
        }
        System.err.println("missionkg: paused at " + point);
        System.err.flush();
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(137);
    }
}

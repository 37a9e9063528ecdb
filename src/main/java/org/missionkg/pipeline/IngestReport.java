package org.missionkg.pipeline;

import java.util.List;

/**
 * What one ingest did: articles read, stored (new or changed), unchanged (same text and
 * extractor as stored), skipped with their one-line reasons, facts left out of stored articles
 * because they broke the shapes (one line each), warnings about stored articles (not English,
 * HTML, no facts: one line each), facts and quads written, seconds, and the articles the
 * relevance screen kept from extraction (-1 when no screen ran), and the articles left undone
 * because the ingest was stopped (Ctrl-C): a re-run does them, skipping what was stored. It no longer says how many
 * quads the whole store holds: TDB2 keeps no count, and counting its indexes took 2.5 s at 100,000 articles on every
 * ingest, half the budget for adding one article.
 */
public record IngestReport(int read, int stored, int unchanged, List<String> skipped, List<String> dropped,
                           List<String> warnings, int facts, long quadsWritten, double seconds,
                           int screenedOut, int left) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    /** A report of an ingest that ran to its end. */
    public IngestReport(int read, int stored, int unchanged, List<String> skipped, List<String> dropped,
                        List<String> warnings, int facts, long quadsWritten, double seconds,
                        int screenedOut) {
        this(read, stored, unchanged, skipped, dropped, warnings, facts, quadsWritten, seconds, screenedOut, 0);
    }

    /** True when the ingest was stopped before every article was done. */
    public boolean stopped() {
        return left > 0;
    }

    public boolean hasProblems() {
        return !skipped.isEmpty();
    }

    /** The summary the CLI prints. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "articles read: %d, stored: %d, unchanged: %d, skipped: %d%s; facts: %d%s; quads written: %d"
                        + "; %.1f s%s",
                read, stored, unchanged, skipped.size(), screenedOut < 0 ? "" : ", screened out: " + screenedOut, facts,
                dropped.isEmpty() ? "" : " (" + dropped.size() + " left out)", quadsWritten, seconds,
                left == 0 ? "" : "; stopped: " + left + " article(s) not done, run the same ingest again to do them");
    }
}

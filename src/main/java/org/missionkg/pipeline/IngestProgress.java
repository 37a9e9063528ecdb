package org.missionkg.pipeline;

/**
 * How far an ingest has come, as the writer sees it: articles done (stored, unchanged, screened
 * out or skipped) of the total to do, facts committed, and seconds since extraction started
 * (model loading excluded).
 */
public record IngestProgress(int done, int total, int stored, int facts, double seconds) {
    public IngestProgress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
    }

    /** Articles per second so far (0 before the first second's worth of work). */
    public double rate() {
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Seconds left at the rate so far; -1 while there is no rate yet. */
    public double etaSeconds() {
        double r = rate();
        return r <= 0 ? -1 : (total - done) / r;
    }
}

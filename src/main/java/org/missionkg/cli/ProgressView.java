package org.missionkg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.missionkg.pipeline.IngestProgress;

/**
 * Shows an ingest's progress on standard error. On a terminal: one bar redrawn in place (at most
 * four times a second) with articles done of the total, articles/s, facts and the time left. Not
 * on a terminal (a log file, a pipe): one plain line per {@code every} articles, so logs stay
 * readable and short.
 */
final class ProgressView implements Consumer<IngestProgress> {
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int every;
    private long lastDraw;
    private int lastLine;
    private boolean drawn;

    ProgressView(PrintWriter err, boolean terminal, int every) {
        this.err = err;
        this.terminal = terminal;
        this.every = every;
    }

    /** The view for this process: a bar when its standard error is a terminal, plain lines otherwise. */
    static ProgressView forConsole(PrintWriter err, int every) {
        return new ProgressView(err, ErrorStreamTerminal.isTerminal(), every);
    }

    @Override
    public void accept(IngestProgress p) {
        boolean last = p.done() == p.total();
        if (terminal) {
            long now = System.nanoTime();
            if (!last && drawn && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            drawn = true;
            // \r back to the line's start, the bar, and \033[K to clear what a longer line left.
            err.print("\r" + bar(p) + "\033[K" + (last ? "\n" : ""));
            err.flush();
        } else if (p.done() / every > lastLine / every) {
            lastLine = p.done();
            err.println("progress: " + line(p));
            err.flush();
        }
    }

    /** Ends a bar left half drawn (a stopped run), so the summary starts on its own line. */
    void finish() {
        if (terminal && drawn) {
            err.print("\n");
            err.flush();
            drawn = false;
        }
    }

    static String bar(IngestProgress p) {
        int filled = p.total() == 0 ? BAR : (int) ((long) BAR * p.done() / p.total());
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + line(p);
    }

    static String line(IngestProgress p) {
        return String.format(Locale.ROOT, "%,d/%,d articles, %.1f articles/s, %,d facts, ETA %s", p.done(), p.total(),
                p.rate(), p.facts(), eta(p.etaSeconds()));
    }

    static String eta(double seconds) {
        if (seconds < 0) {
            return "-";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}

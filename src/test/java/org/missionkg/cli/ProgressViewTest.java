package org.missionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.pipeline.IngestProgress;

/** The progress display: plain lines every N articles off a terminal, one bar redrawn in place on one. */
class ProgressViewTest {

    @Test
    void offATerminalOneLineEveryNArticles() {
        StringWriter out = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(out), false, 10);
        for (int done = 1; done <= 25; done++) {
            view.accept(new IngestProgress(done, 25, done, 3 * done, done / 2.0));
        }
        view.finish();
        assertEquals(List.of("progress: 10/25 articles, 2.0 articles/s, 30 facts, ETA 8s",
                "progress: 20/25 articles, 2.0 articles/s, 60 facts, ETA 3s"), out.toString().lines().toList());
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsItsLine() {
        StringWriter out = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(out), true, 10);
        view.accept(new IngestProgress(0, 4, 0, 0, 0));
        view.accept(new IngestProgress(4, 4, 4, 9, 2));
        String s = out.toString();
        assertTrue(s.startsWith("\r[........................] 0/4 articles, 0.0 articles/s, 0 facts, ETA -\033[K"), s);
        assertTrue(s.endsWith("\r[########################] 4/4 articles, 2.0 articles/s, 9 facts, ETA 0s\033[K\n"), s);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one line on screen, redrawn: only the last draw ends it");
    }

    @Test
    void timeLeftReadsAsHoursMinutesSeconds() {
        assertEquals("-", ProgressView.eta(-1));
        assertEquals("59s", ProgressView.eta(59.4));
        assertEquals("2m05s", ProgressView.eta(125));
        assertEquals("1h01m", ProgressView.eta(3660));
    }
}

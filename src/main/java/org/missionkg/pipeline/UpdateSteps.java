package org.missionkg.pipeline;

import java.util.Locale;

/** The steps of one update of the derived graphs and the time each took, in the order they ran ({@link DerivedGraphs.Update#steps}). */
final class UpdateSteps {
    private final StringBuilder text = new StringBuilder();
    private long at = System.nanoTime();

    void done(String step) {
        long now = System.nanoTime();
        text.append(text.length() == 0 ? "" : ", ").append(step)
                .append(String.format(Locale.ROOT, " %.2f s", (now - at) / 1e9));
        at = now;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

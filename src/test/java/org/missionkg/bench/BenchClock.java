package org.missionkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every benchmark prints beside its figures: elapsed seconds, and the machine's load while it ran. */
public final class BenchClock {
    private BenchClock() {
    }

    /** Seconds since {@code t0} (a {@link System#nanoTime()} reading). */
    public static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The 1, 5 and 15 minute load averages and the core count: figures from a shared machine need them. */
    public static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceFirst("^(\\S+ \\S+ \\S+).*", "$1")
                    + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package org.missionkg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Collections so far and the time the JVM counts for them, over all its collectors (for G1: the young and mixed
 * pauses, the full collections, and the concurrent cycles' pauses), so a benchmark can say how much of a run was the
 * collector's.
 */
record GcTotals(long count, long millis, String names) {
    static GcTotals now() {
        long count = 0;
        long millis = 0;
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, g.getCollectionCount());
            millis += Math.max(0, g.getCollectionTime());
            names.add(g.getName());
        }
        return new GcTotals(count, millis, String.join(", ", names));
    }

    /** What was counted since {@code before}. */
    GcTotals minus(GcTotals before) {
        return new GcTotals(count - before.count, millis - before.millis, names);
    }
}

package org.missionkg.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors tell the driver about a run, as Spark accumulators: the ingest's counts and its
 * one-line reasons. (A task that Spark runs twice, after a lost executor, may count twice.)
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator read;
    final LongAccumulator screenedOut;
    final LongAccumulator written;
    final LongAccumulator facts;
    final LongAccumulator quads;
    final CollectionAccumulator<String> skipped;
    final CollectionAccumulator<String> dropped;
    final CollectionAccumulator<String> warnings;

    Counters(SparkContext sc) {
        read = sc.longAccumulator("articles read");
        screenedOut = sc.longAccumulator("screened out");
        written = sc.longAccumulator("articles written");
        facts = sc.longAccumulator("facts");
        quads = sc.longAccumulator("quads");
        skipped = sc.collectionAccumulator("skipped");
        dropped = sc.collectionAccumulator("left out");
        warnings = sc.collectionAccumulator("warnings");
    }

    static List<String> values(CollectionAccumulator<String> acc) {
        return List.copyOf(acc.value());
    }
}

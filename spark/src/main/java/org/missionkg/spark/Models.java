package org.missionkg.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.missionkg.extract.FactExtractor;
import org.missionkg.pipeline.StandardIngest;
import org.missionkg.screen.RelevanceScreen;

/**
 * What an executor loads once and shares between its tasks: the extractor (CoreNLP's models,
 * the gazetteer, the rules; 20-40 s and about 2-3 GB of heap) and the relevance screen. Loaded
 * lazily, by the first task that needs it, so an executor whose articles are all screened out never
 * loads CoreNLP; never per article or per partition.
 */
final class Models {
    private static final Object LOCK = new Object();
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile FactExtractor extractor;
    private static volatile RelevanceScreen screen;

    private Models() {
    }

    static FactExtractor extractor() {
        FactExtractor x = extractor;
        if (x == null) {
            synchronized (LOCK) {
                x = extractor;
                if (x == null) {
                    System.err.println("missionkg-spark: loading the NLP models in this executor (about 20-40 s)...");
                    x = StandardIngest.extractor();
                    LOADS.incrementAndGet();
                    extractor = x;
                }
            }
        }
        return x;
    }

    static RelevanceScreen screen() {
        RelevanceScreen s = screen;
        if (s == null) {
            synchronized (LOCK) {
                s = screen;
                if (s == null) {
                    s = RelevanceScreen.standard();
                    screen = s;
                }
            }
        }
        return s;
    }

    /** How many times this JVM loaded the extractor (one, once it has been needed). */
    static int loads() {
        return LOADS.get();
    }
}

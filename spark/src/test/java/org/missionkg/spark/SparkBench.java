package org.missionkg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.missionkg.pipeline.Ingestor;

/**
 * The Spark job's throughput per core: the same corpus in local mode with one task slot, then with
 * two, in one JVM whose NLP models are loaded once beforehand (as an executor's are after its first
 * task), so each figure is extraction, mapping and writing only; then the time to load the output into a
 * fresh store as {@code ingest --quads} does. Prints the machine's load beside each.
 * Run by {@code dev/bench-spark [PATH...]}; asserts nothing.
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("missionkg.root", ".")).toAbsolutePath().normalize();
        List<String> inputs = args.length > 0 ? List.of(args)
                : Stream.of("data/articles", "src/test/resources/heldout/articles", "src/test/resources/heldout2/articles",
                        "src/test/resources/heldout3/articles", "src/test/resources/newsdev/articles")
                .map(p -> root.resolve(p).toString()).toList();
        System.out.println("corpus: " + String.join(" ", inputs));
        long t0 = System.nanoTime();
        Models.extractor();
        System.out.printf(Locale.ROOT, "models loaded once in %.1f s (load %s)%n", (System.nanoTime() - t0) / 1e9, load());
        double one = 0;
        for (int slots : new int[] {1, 2}) {
            Path out = Files.createTempDirectory("missionkg-bench-spark");
            Files.delete(out);
            String loadBefore = load();
            SparkIngest.Summary s;
            try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[" + slots + "]")
                    .setAppName("missionkg-bench").set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))) {
                s = SparkIngest.run(sc, new SparkIngest.Job(inputs, out.toString(), true, Ingestor.DEFAULT_ARTICLE_BUDGET, 0));
                if (slots == 2) {
                    // Loading the output: what `ingest --quads` runs, into a fresh TDB2 store (derived graphs included).
                    Path store = Files.createTempDirectory("missionkg-bench-spark-store");
                    try (org.missionkg.store.KnowledgeStore ks = org.missionkg.store.KnowledgeStore.open(store)) {
                        long l0 = System.nanoTime();
                        org.missionkg.pipeline.QuadsIngest.Report r = org.missionkg.pipeline.QuadsIngest.ingest(ks, out, false);
                        System.out.printf(Locale.ROOT, "loading the output (ingest --quads): %.1f s; %s%n",
                                (System.nanoTime() - l0) / 1e9, r.summary());
                    } finally {
                        delete(store);
                    }
                }
            } finally {
                delete(out);
            }
            double rate = s.read() / s.seconds();
            if (slots == 1) {
                one = rate;
            }
            System.out.printf(Locale.ROOT, "local[%d]: %d articles (%d written, %d screened out, %d skipped) in %d partitions, "
                            + "%.1f s: %.2f articles/s%s (load before %s, after %s)%n", slots, s.read(), s.written(),
                    s.screenedOut(), s.skipped().size(), s.partitions(), s.seconds(), rate,
                    slots == 1 ? "" : String.format(Locale.ROOT, ", %.2f x local[1]", rate / one), loadBefore, load());
        }
    }

    private static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

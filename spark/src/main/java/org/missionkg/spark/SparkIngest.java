package org.missionkg.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.missionkg.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * missionkg's extraction as a Spark job: article files from any Hadoop path in, one N-Quads file per
 * partition out ({@code OUTPUT/part-r-NNNNN.nq}), each article its own named graph holding exactly
 * the quads {@code ./missionkg ingest} stores for it (its {@code mkg:ingestedAt} is the job's start).
 * The derived graphs (reference, consolidated) are not made here: the store that loads the output
 * builds them once.
 *
 * <pre>
 *   spark-submit --class org.missionkg.spark.SparkIngest missionkg-spark.jar OUTPUT PATH...
 *   SparkIngest.Summary s = SparkIngest.run(sc, new SparkIngest.Job(List.of("data/articles"), "out", true, budget, 0));
 * </pre>
 */
@Command(name = "missionkg-spark", mixinStandardHelpOptions = true, version = "missionkg-spark 0.1.0",
        description = {"Reads article files (text/markdown with front matter, JSON Lines, WARC, HTML, feeds) from any Hadoop path,",
                "screens, extracts and maps them on the executors, and writes OUTPUT/part-r-NNNNN.nq, one named graph per article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all articles written or screened out", "1:software error",
                "2:usage (OUTPUT exists, no article files)", "3:some inputs or articles were skipped"})
public final class SparkIngest implements Callable<Integer> {
    /** Partitions per task slot by default: long CoreNLP tasks of uneven length balance better in smaller pieces. */
    public static final int PARTITIONS_PER_SLOT = 3;

    @Option(names = "--no-screen", description = "Extract every article (default: only those the relevance screen passes, as ingest --screen).")
    boolean noScreen;

    @Option(names = "--article-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Skip an article whose extraction takes longer (default: ${DEFAULT-VALUE}).")
    long articleTimeout;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Number of partitions, so of output files (default: " + PARTITIONS_PER_SLOT
                    + " per task slot, at most one per file).")
    int partitions;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "Output folder (must not exist), any Hadoop path.")
    String output;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Article files or folders, any Hadoop paths.")
    List<String> paths;

    /** What to run: inputs, output, the screen on or off, the time budget per article, partitions (0: the default). */
    public record Job(List<String> paths, String output, boolean screen, Duration budget, int partitions) {
        public Job {
            paths = List.copyOf(paths);
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(budget, "budget");
        }
    }

    /** What a run did, as the CLI's ingest reports it. */
    public record Summary(int files, int partitions, long read, long written, long screenedOut, List<String> skipped,
                          List<String> dropped, List<String> warnings, long facts, long quads, double seconds) {
        public String line() {
            return String.format(Locale.ROOT, "files: %d in %d partitions; articles read: %d, written: %d, screened out: %d, "
                    + "skipped: %d; facts: %d; quads written: %d; %.1f s", files, partitions, read, written, screenedOut,
                    skipped.size(), facts, quads, seconds);
        }
    }

    /** Runs the job on the given context and waits for it; the output folder must not exist. */
    public static Summary run(JavaSparkContext sc, Job job) {
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        Configuration hadoop = sc.hadoopConfiguration();
        if (exists(job.output(), hadoop)) {
            throw new BadInputException(job.output(), "already exists: the job writes a new folder");
        }
        ArticleFiles.Listing listing = ArticleFiles.list(job.paths(), hadoop);
        if (listing.files().isEmpty()) {
            return new Summary(0, 0, 0, 0, 0, listing.problems(), List.of(), List.of(), 0, 0, (System.nanoTime() - t0) / 1e9);
        }
        int n = job.partitions() > 0 ? job.partitions()
                : Math.min(listing.files().size(), sc.defaultParallelism() * PARTITIONS_PER_SLOT);
        Counters counters = new Counters(sc.sc());
        sc.parallelize(listing.files(), n)
                .mapPartitionsToPair(new PartitionIngest(job.screen(), job.budget(), start, ArticleFiles.entries(hadoop), counters))
                .saveAsNewAPIHadoopFile(job.output(), NullWritable.class, Text.class, NQuadsOutputFormat.class, hadoop);
        List<String> skipped = new ArrayList<>(listing.problems());
        skipped.addAll(Counters.values(counters.skipped));
        return new Summary(listing.files().size(), n, counters.read.value(), counters.written.value(),
                counters.screenedOut.value(), skipped, Counters.values(counters.dropped), Counters.values(counters.warnings),
                counters.facts.value(), counters.quads.value(), (System.nanoTime() - t0) / 1e9);
    }

    private static boolean exists(String path, Configuration hadoop) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(hadoop).exists(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() {
        if (articleTimeout <= 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--article-timeout must be positive: " + articleTimeout);
        }
        SparkConf conf = new SparkConf().setAppName("missionkg").setIfMissing("spark.master", "local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, new Job(paths, output, !noScreen, Duration.ofSeconds(articleTimeout), partitions));
            s.skipped().forEach(m -> System.err.println("skipped: " + m));
            s.dropped().forEach(m -> System.err.println("left out: " + m));
            s.warnings().forEach(m -> System.err.println("warning: " + m));
            System.out.println(s.line());
            if (s.files() == 0) {
                System.err.println("missionkg-spark: no article files to read");
                return 2;
            }
            return s.skipped().isEmpty() ? 0 : 3;
        } catch (BadInputException e) {
            System.err.println("missionkg-spark: " + e.getMessage());
            return 2;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkIngest()).execute(args));
    }
}

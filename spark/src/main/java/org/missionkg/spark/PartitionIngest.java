package org.missionkg.spark;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.missionkg.model.Article;
import org.missionkg.model.MissionKgException;
import org.missionkg.pipeline.ArticleGraphs;
import org.missionkg.read.ArticleReader;
import org.missionkg.vocab.Iris;
import scala.Tuple2;

/**
 * One partition of the job: its article files read one at a time, each article screened, extracted,
 * mapped and checked exactly as the CLI's ingest does ({@link ArticleGraphs}), and given out as one
 * record: the N-Quads of its named graph, lines sorted. Lazy: one file's articles are held at a
 * time, never the partition's. The extractor is the executor's ({@link Models}).
 */
final class PartitionIngest implements PairFlatMapFunction<Iterator<String>, NullWritable, Text> {
    private static final long serialVersionUID = 1L;

    private final boolean screen;
    private final long budgetMillis;
    private final String ingestedAt;
    private final HashMap<String, String> hadoopConf;
    private final Counters counters;

    PartitionIngest(boolean screen, Duration budget, Instant ingestedAt, HashMap<String, String> hadoopConf,
                    Counters counters) {
        this.screen = screen;
        this.budgetMillis = budget.toMillis();
        this.ingestedAt = ingestedAt.toString();
        this.hadoopConf = hadoopConf;
        this.counters = counters;
    }

    @Override
    public Iterator<Tuple2<NullWritable, Text>> call(Iterator<String> files) {
        return new Articles(files);
    }

    /** The N-Quads of one article graph, named {@link Iris#articleGraph} of its id, one quad a line, sorted. */
    static String nquads(String articleId, Model graph) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.addGraph(NodeFactory.createURI(Iris.articleGraph(articleId)), graph.getGraph());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, dsg, Lang.NQUADS);
        String[] lines = w.toString().split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    private final class Articles implements Iterator<Tuple2<NullWritable, Text>> {
        private final Iterator<String> files;
        private final Configuration conf = ArticleFiles.configuration(hadoopConf);
        private final ArticleReader reader = ArticleReader.create();
        private final Deque<Article> pending = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();
        private final Instant now = Instant.parse(ingestedAt);
        private ArticleGraphs graphs;
        private Tuple2<NullWritable, Text> next;

        Articles(Iterator<String> files) {
            this.files = files;
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> close());
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (pending.isEmpty()) {
                    if (!files.hasNext()) {
                        close();
                        return false;
                    }
                    readFile(files.next());
                    continue;
                }
                next = process(pending.poll());
            }
            return true;
        }

        @Override
        public Tuple2<NullWritable, Text> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Tuple2<NullWritable, Text> out = next;
            next = null;
            return out;
        }

        private void readFile(String uri) {
            ArticleFiles.FileRead r = ArticleFiles.read(uri, conf, reader);
            r.problems().forEach(counters.skipped::add);
            for (Article a : r.articles()) {
                counters.read.add(1);
                if (!seen.add(a.id())) {
                    counters.skipped.add(a.source() + ": another article in this batch has the same id '" + a.id() + "'");
                } else {
                    pending.add(a);
                }
            }
        }

        /** One article's record, or null when it is screened out or skipped. */
        private Tuple2<NullWritable, Text> process(Article article) {
            try {
                if (screen && !Models.screen().test(article)) {
                    counters.screenedOut.add(1);
                    return null;
                }
                if (graphs == null) {
                    graphs = ArticleGraphs.standard(Models.extractor(), Duration.ofMillis(budgetMillis));
                }
                ArticleGraphs.Result r = graphs.graphOf(article, now);
                counters.written.add(1);
                counters.facts.add(r.facts().size());
                counters.quads.add(r.graph().size());
                r.dropped().forEach(counters.dropped::add);
                r.warnings().forEach(counters.warnings::add);
                return new Tuple2<>(NullWritable.get(), new Text(nquads(article.id(), r.graph())));
            } catch (MissionKgException e) {
                counters.skipped.add(e.getMessage());
            } catch (RuntimeException e) {
                counters.skipped.add(article.source() + ": could not be processed: " + e);
            }
            return null;
        }

        private void close() {
            if (graphs != null) {
                graphs.close();
                graphs = null;
            }
        }
    }
}

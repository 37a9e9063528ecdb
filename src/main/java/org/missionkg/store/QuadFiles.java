package org.missionkg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.model.BadInputException;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * Files of article graphs as quads (N-Quads or TriG, optionally gzipped), as {@code ingest --quads}
 * and the Spark job's output use them: every triple in a named graph {@code …/graph/article/ID},
 * each article graph written in one run of quads (not split, not repeated in another file), and
 * holding its article ({@code …/article/ID a schema:NewsArticle} with {@code mkg:sha256} and
 * {@code mkg:ingestedAt}).
 *
 * <pre>
 *   List&lt;Path&gt; files = QuadFiles.in(dir);
 *   QuadFiles.Scan scan = QuadFiles.scan(files, (file, graph) -&gt; { ... check graph ... });
 * </pre>
 */
public final class QuadFiles {
    private QuadFiles() {
    }

    /** Receives each article graph of a scan, whole, with its name and file; throws to refuse it. */
    public interface GraphVisitor {
        void visit(Path file, Node graphName, Graph content);
    }

    /** What a scan found: the article graphs in input order (with their file) and the number of quads. */
    public record Scan(Map<Node, Path> graphs, long quads) {
    }

    /** The syntax of a quads file by its name; null when it is not one. */
    public static Lang lang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".nq") || name.endsWith(".nq.gz")) {
            return Lang.NQUADS;
        }
        if (name.endsWith(".trig") || name.endsWith(".trig.gz")) {
            return Lang.TRIG;
        }
        return null;
    }

    /** The quads files (.nq, .nq.gz, .trig, .trig.gz) in a folder and its subfolders, sorted by path. */
    public static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), "not a folder (ingest --quads reads the .nq, .nq.gz, .trig and .trig.gz files in a folder)");
        }
        try (var walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> lang(p) != null).sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException(dir.toString(), "holds no .nq, .nq.gz, .trig or .trig.gz file");
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses every file once, handing each article graph whole to {@code check} (which throws to
     * refuse it), and checks the layout above. Nothing is written anywhere. The first problem is
     * thrown as a {@link BadInputException} naming the file (and line, for a syntax error).
     */
    public static Scan scan(List<Path> files, GraphVisitor check) {
        Map<Node, Path> graphs = new LinkedHashMap<>();
        long quads = 0;
        for (Path file : files) {
            Grouper g = new Grouper(file, graphs, check);
            parse(file, g);
            g.close();
            if (g.quads == 0) {
                throw new BadInputException(file.toString(), "holds no quads (an empty or wrong file: expected "
                        + lang(file).getLabel() + " with one named graph per article)");
            }
            quads += g.quads;
        }
        return new Scan(graphs, quads);
    }

    /** Parses one file into a stream, turning syntax and read errors into a {@link BadInputException} naming it. */
    public static void parse(Path file, StreamRDF out) {
        // RIOT reports syntax errors with line and column; a source given as a stream is not
        // unzipped for us, so .gz files are opened through GZIPInputStream here.
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                     ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16)) {
            RDFParser.source(in).lang(lang(file)).parse(out);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new BadInputException(file.toString(), "not valid " + lang(file).getLabel() + ": " + e.getMessage(), e);
        } catch (RuntimeIOException | java.io.UncheckedIOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Gathers each run of quads of one graph and checks it when the run ends. */
    private static final class Grouper extends StreamRDFBase {
        private final Path file;
        private final Map<Node, Path> graphs;
        private final GraphVisitor check;
        private Node current;
        private Graph content;
        private long quads;

        Grouper(Path file, Map<Node, Path> graphs, GraphVisitor check) {
            this.file = file;
            this.graphs = graphs;
            this.check = check;
        }

        @Override
        public void triple(Triple triple) {
            throw new BadInputException(file.toString(), "a triple outside any named graph (" + triple
                    + "): each article's triples must be in its named graph");
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
            }
            Node g = quad.getGraph();
            if (!g.equals(current)) {
                close();
                if (!g.isURI() || Iris.articleIdOfGraph(g.getURI()) == null) {
                    throw new BadInputException(file.toString(), "graph " + g + " is not an article graph (<"
                            + Iris.ARTICLE_GRAPH_PREFIX + "ID>)");
                }
                Path before = graphs.putIfAbsent(g, file);
                if (before != null) {
                    throw new BadInputException(file.toString(), "article graph <" + g.getURI() + "> appears twice ("
                            + (before.equals(file) ? "split in this file" : "also in " + before)
                            + "): each article graph must be written whole, once");
                }
                current = g;
                content = GraphFactory.createDefaultGraph();
            }
            content.add(quad.asTriple());
            quads++;
        }

        /**
         * Checks the last graph; called after a parse that succeeded (not from {@code finish()}: the
         * parser calls that after a syntax error too, and a check there would hide the error).
         */
        void close() {
            if (current == null) {
                return;
            }
            String id = Iris.articleIdOfGraph(current.getURI());
            Node article = NodeFactory.createURI(Iris.article(id));
            for (Node p : Set.of(MKG.sha256.asNode(), MKG.ingestedAt.asNode())) {
                if (!content.contains(article, p, Node.ANY)) {
                    throw new BadInputException(file.toString(), "article graph <" + current.getURI() + "> does not hold <"
                            + article.getURI() + "> with " + p.getLocalName() + " (not a missionkg article graph?)");
                }
            }
            if (!content.contains(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode())) {
                throw new BadInputException(file.toString(), "article graph <" + current.getURI() + ">: <" + article.getURI()
                        + "> is not a schema:NewsArticle");
            }
            check.visit(file, current, content);
            current = null;
            content = null;
        }
    }

    /** A stream that passes on the quads of every graph but those in {@code leaveOut}. */
    public static StreamRDF without(Set<Node> leaveOut, StreamRDF out) {
        return new StreamRDFBase() {
            @Override
            public void start() {
                out.start();
            }

            @Override
            public void quad(Quad quad) {
                if (!leaveOut.contains(quad.getGraph())) {
                    out.quad(quad);
                }
            }

            @Override
            public void finish() {
                out.finish();
            }
        };
    }

    /** The graphs' IRIs, in order, for reports. */
    public static List<String> iris(Map<Node, Path> graphs) {
        List<String> out = new ArrayList<>();
        graphs.keySet().forEach(n -> out.add(n.getURI()));
        return out;
    }
}

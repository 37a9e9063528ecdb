package org.missionkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.missionkg.model.MissionKgException;
import org.missionkg.model.StoreLockedException;
import org.missionkg.vocab.Iris;

/**
 * The knowledge graph on disk: a TDB2 database with one named graph per article, a reference
 * graph and a consolidated graph; the default graph, as SPARQL sees it, is their union.
 * Only this class opens datasets, and every access runs inside a TDB2 transaction.
 *
 * <pre>
 *   try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"))) {
 *       store.replaceGraph(Iris.articleGraph("a"), graph);   // whole, in one write transaction
 *   }
 * </pre>
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Path location;
    private final DatasetGraph dataset;

    private KnowledgeStore(Path location, DatasetGraph dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens (creating when absent) the TDB2 store in a folder. */
    /** True when the folder holds a TDB2 database (its Data-NNNN generations), so opening it makes nothing new. */
    public static boolean exists(Path location) {
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (var entries = Files.list(location)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static KnowledgeStore open(Path location) {
        Objects.requireNonNull(location, "location");
        try {
            Files.createDirectories(location);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            QueryGuards.install(dsg.getContext());
            return new KnowledgeStore(location, dsg);
        } catch (DBOpEnvException e) {
            // TDB2 allows one process per database: it keeps the holder's pid in tdb.lock.
            String msg = String.valueOf(e.getMessage());
            String holder = msg.contains("held by process") ? msg.substring(msg.indexOf("held by process")) : "held";
            throw new StoreLockedException("store " + location + " is in use by another process (" + holder
                    + "; is `missionkg serve` running on it?): stop that process, or use another --store", e);
        } catch (TDBException e) {
            throw new MissionKgException("cannot open store " + location + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new MissionKgException("cannot create store folder " + location + ": " + e.getMessage(), e);
        }
    }

    public Path location() {
        return location;
    }

    /** The dataset, for the server and for queries; callers use transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Runs a read against the dataset inside a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * Runs an action that reads and writes inside one write transaction (committed when it
     * returns, aborted when it throws): for changes that depend on what is stored, such as
     * bringing the derived graphs up to date.
     */
    public <T> T write(Function<DatasetGraph, T> action) {
        return Txn.calculateWrite(dataset, () -> action.apply(dataset));
    }

    /**
     * Runs an action in a read transaction that it may turn into a write transaction by calling
     * {@code promote} (true when it did; false when another write committed since the read
     * began, and then nothing may be written): for a check that usually finds nothing to do and
     * otherwise writes from what it read, without reading it twice. A promoted transaction is
     * committed when the action returns and aborted when it throws.
     *
     * <pre>
     *   Boolean done = store.readPromoting((dsg, promote) -> stale(dsg) ? (promote.getAsBoolean() ? fix(dsg) : null) : false);
     * </pre>
     */
    public <T> T readPromoting(java.util.function.BiFunction<DatasetGraph, java.util.function.BooleanSupplier, T> action) {
        dataset.begin(org.apache.jena.query.TxnType.READ_PROMOTE);
        try {
            T result = action.apply(dataset, dataset::promote);
            if (dataset.transactionMode() == org.apache.jena.query.ReadWrite.WRITE) {
                dataset.commit();
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (dataset.transactionMode() == org.apache.jena.query.ReadWrite.WRITE) {
                dataset.abort();
            }
            throw e;
        } finally {
            dataset.end();
        }
    }

    /**
     * Replaces one named graph whole: in a single write transaction the old graph is removed
     * and the new one added, so a failure part way leaves the old graph as it was.
     */
    public void replaceGraph(String graphIri, Graph content) {
        replaceGraphs(java.util.Map.of(graphIri, content));
    }

    /**
     * Replaces several named graphs whole in one write transaction: after a crash either all of
     * them are the new ones or none is (the ingest stores a batch of articles so).
     */
    public void replaceGraphs(java.util.Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((iri, content) -> replace(dataset, NodeFactory.createURI(iri), content)));
    }

    /**
     * Inside the caller's write transaction, the named graph's triples become {@code content}'s:
     * for writes that belong in a larger transaction (the derived graphs with their record).
     */
    public static void replace(DatasetGraph dsg, Node graph, Graph content) {
        dsg.removeGraph(graph);
        content.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Removes one named graph (nothing when absent). */
    public void removeGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> dataset.removeGraph(g));
    }

    /** The IRIs of the article graphs now stored, sorted. */
    public List<String> articleGraphs() {
        return read(dsg -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                    out.add(n.getURI());
                }
            });
            out.sort(null);
            return out;
        });
    }

    /**
     * Number of quads stored (named graphs, and triples in the stored default graph, of which
     * there are normally none). Counted on TDB2's primary indexes: the same number as iterating
     * {@code find()}, without looking up the four nodes of every quad, which is most of the time
     * that takes (measured: 8.3 s for 1.2 M quads on a loaded machine).
     */
    public long size() {
        return read(dsg -> {
            DatasetGraphTDB tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getQuadTable().getNodeTupleTable().size() + tdb.getTripleTable().getNodeTupleTable().size();
        });
    }

    /** Sets the dataset-wide SPARQL timeout (milliseconds), used by the server and the query command. */
    public void queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    @Override
    public void close() {
        // Releases the files and the process lock, so that a later open (or another process) can use them.
        // A query still running (a server stopped mid-request) holds a read transaction: give it a
        // few seconds to end at its timeout or cancellation, then leave the files to the process exit.
        for (int attempt = 0; ; attempt++) {
            try {
                org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
                return;
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).contains("ctive transaction")) {
                    throw e;
                }
                if (attempt >= 50) {
                    System.err.println("missionkg: store " + location + " closed with queries still running: " + e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

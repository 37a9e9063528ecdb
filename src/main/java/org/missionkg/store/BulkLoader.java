package org.missionkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads quads files into the store with TDB2's own bulk loaders ({@link LoaderFactory}).
 *
 * <p>Which loader: TDB2's phased loader ({@code tdb2.tdbloader}'s default) fills the primary
 * indexes, then builds each secondary index by replaying the whole primary index, and while it
 * runs the database is in exclusive mode; if it fails half way it does not abort what it wrote
 * ({@code LoaderMain.finishException} only leaves exclusive mode). So it is used only on an
 * empty store, where its replay costs nothing extra. On a store that already holds data the
 * basic loader is used: one ordinary write transaction around the whole load, aborted on any
 * error, whose cost grows with the input, not with the store.
 *
 * <p>Either way the input must have been checked before ({@link QuadFiles#scan}): a load
 * should not meet a syntax error.
 *
 * <pre>
 *   BulkLoader.Result r = BulkLoader.load(store, files, alreadyStored);
 * </pre>
 */
public final class BulkLoader {
    /** The TDB2 loader used. */
    public enum Kind { PHASED, BASIC }

    /** Quads sent to the store (leaving out the graphs left out), the loader, and seconds taken. */
    public record Result(long quads, Kind loader, double seconds) {
    }

    private BulkLoader() {
    }

    /** Loads every quad of the files except those of the graphs in {@code leaveOut}. */
    public static Result load(KnowledgeStore store, List<Path> files, Set<Node> leaveOut) {
        long t0 = System.nanoTime();
        boolean empty = store.read(dsg -> !dsg.find().hasNext());
        Kind kind = empty ? Kind.PHASED : Kind.BASIC;
        // No progress lines from the loader (the command prints its own summary). A null output is
        // not enough: the phased loader prints its index phases without checking for null.
        MonitorOutput quiet = MonitorOutputs.nullOutput();
        DataLoader loader = empty ? LoaderFactory.phasedLoader(store.dataset(), quiet)
                : LoaderFactory.basicLoader(store.dataset(), quiet);
        loader.startBulk();
        try {
            for (Path file : files) {
                QuadFiles.parse(file, QuadFiles.without(leaveOut, loader.stream()));
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return new Result(loader.countQuads(), kind, (System.nanoTime() - t0) / 1e9);
    }
}

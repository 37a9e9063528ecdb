package org.missionkg.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.serve.CompactJsonResults;
import org.missionkg.store.KnowledgeStore;

/**
 * Where the time of a large one-mission answer goes, in one JVM without HTTP: the query read to its last row, the
 * rows written as SPARQL JSON by Jena's writer and by {@link CompactJsonResults}, in turns, after warm-up rounds.
 * Prints medians in ms and the bytes each writer gives. {@code JsonWriteProbe STORE QUESTION MISSION [ROUNDS=15]}
 * ({@code MISSION} {@code -}: the whole table).
 */
public final class JsonWriteProbe {
    private JsonWriteProbe() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        // MISSION "-": the whole table, as the question without options answers it
        Query q = CannedQueries.prepare(args[1], args[2].equals("-") ? Map.of() : Map.of(CannedQueries.MISSION, args[2]));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        RowSetWriter jena = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
        RowSetWriter compact = CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON);
        System.out.println("load at start: " + BenchClock.load());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            List<Binding> rows = Txn.calculateRead(s.dataset(), () -> {
                List<Binding> out = new ArrayList<>();
                try (QueryExec qe = QueryExec.dataset(s.dataset()).query(q).build()) {
                    qe.select().forEachRemaining(out::add);
                }
                return out;
            });
            List<org.apache.jena.sparql.core.Var> vars = q.getProjectVars();
            double[][] ms = new double[3][rounds];
            long[] bytes = new long[2];
            for (int r = -3; r < rounds; r++) {
                long t = System.nanoTime();
                int n = Txn.calculateRead(s.dataset(), () -> {
                    int c = 0;
                    try (QueryExec qe = QueryExec.dataset(s.dataset()).query(q).build()) {
                        RowSet rs = qe.select();
                        for (; rs.hasNext(); rs.next()) {
                            c++;
                        }
                    }
                    return c;
                });
                double query = (System.nanoTime() - t) / 1e6;
                Counter a = new Counter();
                t = System.nanoTime();
                jena.write(a, org.apache.jena.sparql.exec.RowSetStream.create(vars, rows.iterator()), null);
                double j = (System.nanoTime() - t) / 1e6;
                Counter b = new Counter();
                t = System.nanoTime();
                compact.write(b, org.apache.jena.sparql.exec.RowSetStream.create(vars, rows.iterator()), null);
                double c = (System.nanoTime() - t) / 1e6;
                if (r >= 0) {
                    ms[0][r] = query;
                    ms[1][r] = j;
                    ms[2][r] = c;
                }
                bytes[0] = a.n;
                bytes[1] = b.n;
                if (n != rows.size()) {
                    throw new IllegalStateException(n + " rows, then " + rows.size());
                }
            }
            System.out.printf(Locale.ROOT, "%s -p mission=%s: %d rows; medians of %d rounds: query to its last row %.1f ms; "
                            + "Jena's JSON writer %.1f ms, %,d bytes; compact writer %.1f ms, %,d bytes%n", args[1], args[2], rows.size(),
                    rounds, median(ms[0]), median(ms[1]), bytes[0], median(ms[2]), bytes[1]);
        }
        System.out.println("load at end: " + BenchClock.load());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static final class Counter extends OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }
}

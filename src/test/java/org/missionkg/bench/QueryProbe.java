package org.missionkg.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.consolidate.CannedQuery;
import org.missionkg.store.KnowledgeStore;

/**
 * A developer's probe for query work on a kept store (dev/bench-store --keep DIR): runs each
 * canned query in this JVM (no HTTP), prints its time, its row count and a hash of its whole
 * ordered result as CSV, so that a rewritten query can be checked to answer the same, row for
 * row, on a large store. With {@code --out DIR} it also writes each result as CSV there.
 *
 * <pre>
 *   java -cp ... org.missionkg.bench.QueryProbe STORE [--runs 3] [--out DIR] [--only NAME] [--file NAME=FILE.rq]
 *       [--mission SLUG] [--limit N]
 * </pre>
 * {@code --mission} asks the queries that take one for that mission's rows only, {@code --limit} for a first page.
 */
public final class QueryProbe {
    private QueryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = 3;
        Path out = null;
        String only = null;
        String mission = null;
        long limit = -1;
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--mission" -> mission = args[++i];
                case "--limit" -> limit = Long.parseLong(args[++i]);
                case "--file" -> {
                    String[] kv = args[++i].split("=", 2);
                    files.put(kv[0], Path.of(kv[1]));
                }
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Map<String, Query> queries = new LinkedHashMap<>();
        for (CannedQuery q : CannedQueries.list()) {
            if (q.name().startsWith("wikidata") || (only != null && !only.equals(q.name()))) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            q.params().forEach(p -> params.put(p.name(), "2015-06-01"));
            if (mission != null && q.takesMission()) {
                params.put(CannedQueries.MISSION, mission);
            }
            Query prepared = CannedQueries.prepare(q.name(), params);
            queries.put(q.name(), limit < 0 ? prepared : CannedQueries.page(prepared, limit, 0));
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            queries.put(f.getKey(), QueryFactory.create(Files.readString(f.getValue())));
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            for (Map.Entry<String, Query> q : queries.entrySet()) {
                List<Double> ms = new ArrayList<>();
                byte[] csv = null;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    csv = Txn.calculateRead(s.dataset(), () -> {
                        try (QueryExec qe = QueryExec.dataset(s.dataset()).query(q.getValue()).build()) {
                            RowSet rs = qe.select();
                            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                            ResultSetMgr.write(bytes, org.apache.jena.query.ResultSet.adapt(rs), ResultSetLang.RS_CSV);
                            return bytes.toByteArray();
                        }
                    });
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                String text = new String(csv, StandardCharsets.UTF_8);
                long rows = text.lines().count() - 1;
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)).substring(0, 16);
                System.out.printf(Locale.ROOT, "%-22s rows %7d  sha %s  ms %s%n", q.getKey(), rows, hash,
                        ms.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList());
                if (out != null) {
                    Files.write(out.resolve(q.getKey() + ".csv"), csv);
                }
            }
        }
    }
}

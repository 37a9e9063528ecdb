package org.missionkg.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.system.Txn;
import org.missionkg.map.Prefixes;
import org.missionkg.model.BadInputException;
import org.missionkg.store.HeldOutput;

/**
 * Runs a SPARQL query against the store and writes the result in a chosen format: SELECT as
 * table, csv, tsv or json; ASK as text or json; CONSTRUCT and DESCRIBE as Turtle (or any
 * RDF format by name).
 */
public final class QueryRunner {
    /** Output formats of {@code query} and {@code ask}. */
    public enum Format { TABLE, CSV, TSV, JSON, TTL }

    private QueryRunner() {
    }

    /** Parses a query; a syntax error becomes a {@link BadInputException} naming the query's source. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " [line " + e.getLine() + ", column " + e.getColumn() + "]" : "";
            throw new BadInputException(source + where, "malformed SPARQL: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Runs the query in a read transaction and writes the result to {@code out}. SERVICE is refused:
     * only the federated Wikidata queries may call out, through the other {@code run}.
     */
    public static void run(DatasetGraph dataset, Query query, Format format, OutputStream out, long timeoutMillis) {
        run("query", dataset, query, format, out, timeoutMillis);
    }

    /** As above; {@code source} names the query in an error (a canned question's name, a file). */
    public static void run(String source, DatasetGraph dataset, Query query, Format format, OutputStream out, long timeoutMillis) {
        run(source, dataset, query, format, out, timeoutMillis, () -> QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .set(Service.httpServiceAllowed, false).timeout(timeoutMillis).build());
    }

    /** As above, with an execution the caller built (a federated query's, say) from the same query. */
    public static void run(DatasetGraph dataset, Query query, Format format, OutputStream out, long timeoutMillis,
            Supplier<QueryExecution> execution) {
        run("query", dataset, query, format, out, timeoutMillis, execution);
    }

    /**
     * As above. The answer is held until it is complete ({@link HeldOutput}: in memory, then a temporary file) and
     * only then written to {@code out}: a query the timeout stops half-way through its rows prints none of them and
     * fails with an error naming {@code source}, instead of leaving a partial table that reads as the whole answer.
     */
    public static void run(String source, DatasetGraph dataset, Query query, Format format, OutputStream out, long timeoutMillis,
            Supplier<QueryExecution> execution) {
        try (HeldOutput held = new HeldOutput(HELD_IN_MEMORY, Long.MAX_VALUE)) {
            long start = System.nanoTime();
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = execution.get()) {
                    write(qe, query, format, held);
                } catch (QueryCancelledException e) {
                    throw timedOut(source, timeoutMillis);
                } catch (QueryDeniedException e) {
                    throw new BadInputException(source, "SERVICE is not allowed here (" + firstLine(e.getMessage())
                            + "); only the Wikidata queries may use it, with `query --endpoint`");
                } catch (BadInputException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Jena 5.6.0 (its issue 3516): a query cancelled while a hash join has not built its table fails
                    // as it closes, with a NullPointerException in place of the QueryCancelledException. Whatever
                    // fails once the timeout has passed is reported as the timeout.
                    if (System.nanoTime() - start >= timeoutMillis * 1_000_000L) {
                        throw timedOut(source, timeoutMillis);
                    }
                    throw e;
                }
            });
            held.sendTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final int HELD_IN_MEMORY = 8 << 20;

    private static BadInputException timedOut(String source, long timeoutMillis) {
        return new BadInputException(source, "timed out after " + seconds(timeoutMillis)
                + " s (--timeout) before its answer was complete; nothing of it was printed");
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    private static void write(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case TTL -> throw new BadInputException("--format", "ttl is for CONSTRUCT and DESCRIBE; a SELECT gives table, csv, tsv or json");
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                default -> writeLine(out, Boolean.toString(answer));
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Prefixes.set(m);
            m.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        } else {
            throw new BadInputException("query", "only SELECT, ASK, CONSTRUCT and DESCRIBE are supported");
        }
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format", "unknown format '" + name + "' (table, csv, tsv, json, ttl)");
        }
    }

    private static void writeLine(OutputStream out, String s) {
        try {
            out.write((s + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}

package org.missionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.missionkg.export.QueryRunner;
import org.missionkg.link.FederatedQueries;
import org.missionkg.link.WikidataConfig;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missionkg query [--store DIR] [--format …] (FILE.rq | -e 'SPARQL')} */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE against the store (no server needed).")
final class QueryCommand extends StoreCommand {
    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;
        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expr;
    }

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json (results) or ttl (CONSTRUCT/DESCRIBE); default ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    QueryTimeout timeout;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "For queries that ask Wikidata with SERVICE (data/queries/wikidata-*.rq): ask this SPARQL "
                    + "endpoint instead of " + FederatedQueries.WIKIDATA_SERVICE + ". SERVICE to any other endpoint is refused.")
    String endpoint;

    @Override
    public Integer call() {
        String name = source.file != null ? source.file.toString() : "query given with -e";
        String text = source.file != null ? readQuery(source.file) : source.expr;
        Query query = QueryRunner.parse(text, name);
        QueryRunner.Format fmt = QueryRunner.format(format);
        try (KnowledgeStore store = storeOptions.openFresh()) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (FederatedQueries.services(query).isEmpty()) {
                QueryRunner.run(name, store.dataset(), query, fmt, out, timeout.millis());
            } else {
                runFederated(store, query, fmt, out);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** A query with SERVICE: only to the Wikidata endpoint (the public one, or --endpoint), politely. */
    private void runFederated(KnowledgeStore store, Query query, QueryRunner.Format fmt, PrintStream out) {
        WikidataConfig config;
        try {
            config = WikidataConfig.defaults().withEndpoint(java.net.URI.create(
                    endpoint == null ? FederatedQueries.WIKIDATA_SERVICE : endpoint));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--endpoint", "not an http(s) URL: " + endpoint);
        }
        Query target = FederatedQueries.retarget(query, config.endpoint().toString());
        long millis = timeout.millis();
        try {
            QueryRunner.run(source.file != null ? source.file.toString() : "query given with -e", store.dataset(), target, fmt, out, millis,
                    () -> FederatedQueries.execution(store.dataset(), target, config, millis));
        } catch (QueryExceptionHTTP e) {
            throw failure(config, e.getStatusCode(), e);
        } catch (HttpException e) {
            throw failure(config, e.getStatusCode(), e);
        }
    }

    /** A refusal (4xx other than 429) is the query's fault; anything else means the endpoint cannot be used now. */
    private static RuntimeException failure(WikidataConfig config, int status, RuntimeException e) {
        String where = config.endpoint().toString();
        if (status >= 400 && status < 500 && status != 429) {
            return new org.missionkg.model.MissionKgException(where + " refused the SERVICE request: HTTP " + status, e);
        }
        return new EndpointUnreachableException(where, reason(e), e);
    }

    /** Why a SERVICE call failed, in a few words: the root cause, not Jena's message with the whole request in it. */
    private static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused or no route";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time (timeout)";
            }
            root = t;
        }
        if (e instanceof HttpException h && h.getStatusCode() > 0) {
            return "HTTP " + h.getStatusCode();
        }
        if (e instanceof QueryExceptionHTTP h && h.getStatusCode() > 0) {
            return "HTTP " + h.getStatusCode();
        }
        String msg = firstLine(root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName());
        return msg.length() > 120 ? msg.substring(0, 120) + "…" : msg;
    }

    private static String firstLine(String s) {
        String t = s == null ? "no answer" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    static String readQuery(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}

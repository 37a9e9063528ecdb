package org.missionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.missionkg.export.QueryRunner;
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
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    LoggingOptions logging;

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

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Cut the query after this long.")
    int timeoutSeconds;

    @Override
    public Integer call() {
        String name = source.file != null ? source.file.toString() : "query given with -e";
        String text = source.file != null ? readQuery(source.file) : source.expr;
        Query query = QueryRunner.parse(text, name);
        QueryRunner.Format fmt = QueryRunner.format(format);
        try (KnowledgeStore store = storeOptions.open()) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            QueryRunner.run(store.dataset(), query, fmt, out, timeoutSeconds * 1000L);
            out.flush();
        }
        return ExitCodes.OK;
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

package org.missionkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.missionkg.export.GraphExporter;
import org.missionkg.export.QueryRunner;
import org.missionkg.model.BadInputException;
import org.missionkg.model.MissionKgException;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code missionkg export [--store DIR] --format ttl|trig|nq|jsonld [--graph IRI|all] [-o FILE]} */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store (or one graph, or a CONSTRUCT/DESCRIBE query's result) as RDF.",
                "ttl merges the chosen graphs; trig and nq keep them apart."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    LoggingOptions logging;

    @Option(names = "--format", required = true, description = "ttl, trig, nq or jsonld.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", defaultValue = "all", description = "One graph's IRI, or all (default).")
    String graph;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Export the result of this CONSTRUCT or DESCRIBE query instead.")
    Path query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        GraphExporter.Format fmt = GraphExporter.format(format);
        try (KnowledgeStore store = storeOptions.open()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                write(store, fmt, out);
                out.flush();
                return ExitCodes.OK;
            }
            // Write beside the target and move into place, so a failed export leaves no half file.
            Path parent = output.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent)) {
                throw new BadInputException(output.toString(), "cannot write there: no such folder " + parent);
            }
            Path tmp = null;
            try {
                tmp = Files.createTempFile(parent, ".export-", ".tmp");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    write(store, fmt, out);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // a full disk, a read-only folder: the user's to fix, so one line rather than a stack trace
                throw new MissionKgException("cannot write " + output + ": " + e, e);
            } finally {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void write(KnowledgeStore store, GraphExporter.Format fmt, OutputStream out) {
        if (query != null) {
            var q = QueryRunner.parse(QueryCommand.readQuery(query), query.toString());
            if (!q.isConstructType() && !q.isDescribeType()) {
                throw new BadInputException(query.toString(), "export --query needs a CONSTRUCT or DESCRIBE query");
            }
            if (fmt != GraphExporter.Format.TTL && fmt != GraphExporter.Format.JSONLD) {
                throw new BadInputException("--format", "a query's result is one graph: use ttl or jsonld");
            }
            QueryRunner.run(store.dataset(), q,
                    fmt == GraphExporter.Format.TTL ? QueryRunner.Format.TTL : QueryRunner.Format.JSON, out, 60_000);
            return;
        }
        GraphExporter.export(store.dataset(), graph, fmt, out);
    }

}

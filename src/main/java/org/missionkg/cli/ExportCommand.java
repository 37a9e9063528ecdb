package org.missionkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.missionkg.export.GraphExporter;
import org.missionkg.link.QuickStatementsExporter;
import org.missionkg.export.QueryRunner;
import org.missionkg.model.BadInputException;
import org.missionkg.model.MissionKgException;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code missionkg export [--store DIR] --format ttl|trig|nq|jsonld|quickstatements [--graph IRI|all] [-o FILE]} */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store (or one graph, or a CONSTRUCT/DESCRIBE query's result) as RDF.",
                "ttl merges the chosen graphs; trig and nq keep them apart.",
                "quickstatements writes the article claims whose participants are linked to Wikidata as QuickStatements "
                        + "V1 commands with references to their articles; the claims it cannot write (or writes in part) "
                        + "are listed in a report: FILE.report.tsv beside -o FILE, or standard error."})
final class ExportCommand extends StoreCommand {
    @Option(names = "--format", required = true, description = "ttl, trig, nq, jsonld or quickstatements (qs).")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", defaultValue = "all", description = "One graph's IRI, or all (default).")
    String graph;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Export the result of this CONSTRUCT or DESCRIBE query instead.")
    Path query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (QuickStatementsExporter.FORMAT_NAMES.contains(format.toLowerCase(java.util.Locale.ROOT))) {
            return quickStatements();
        }
        GraphExporter.Format fmt = GraphExporter.format(format);
        try (KnowledgeStore store = storeOptions.openFresh()) {
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

    /** QuickStatements: commands to the output, the report beside it (or to standard error). */
    private int quickStatements() throws IOException {
        if (query != null || !"all".equals(graph)) {
            throw new BadInputException("--format", "quickstatements writes every article claim: --query and --graph do not apply");
        }
        QuickStatementsExporter.Result result;
        try (KnowledgeStore store = storeOptions.openFresh()) {
            result = QuickStatementsExporter.export(store.dataset(), Gazetteer.bundled());
        }
        if (output == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            Writer err = new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
            QuickStatementsExporter.write(result, out, err);
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
        Path report = output.resolveSibling(output.getFileName() + ".report.tsv");
        Path parent = output.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".export-", ".tmp");
        Path tmpReport = Files.createTempFile(parent, ".export-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 Writer rep = Files.newBufferedWriter(tmpReport, StandardCharsets.UTF_8)) {
                QuickStatementsExporter.write(result, out, rep);
            }
            Files.move(tmpReport, report, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(tmpReport);
        }
        System.err.printf("%d QuickStatements commands from %d article claims to %s; %d claims skipped and %d written "
                + "in part, listed in %s%n", result.lines().size(), result.facts(), output, result.skipped(), result.partial(), report);
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

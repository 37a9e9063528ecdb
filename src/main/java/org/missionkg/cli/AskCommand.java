package org.missionkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.export.QueryRunner;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missionkg ask NAME [--param name=value]} and {@code ask --list}. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Runs a canned question from data/queries by name (who-commanded-when, in-command-on,",
                "conflicts, commands, lead-nations, events, troops, roles…). --list shows them all.",
                "-p mission=SLUG (or IRI): one mission's rows, for a question",
                "  with a mission column (ask --list says which); a mission",
                "  the store does not know is an error (exit 3).",
                "--limit, --offset: a page of the rows, in the question's order",
                "  with ties broken by every column, so that consecutive pages",
                "  neither repeat nor skip a row."})
final class AskCommand extends StoreCommand {
    @Option(names = "--list", description = "List the canned questions with what they answer.")
    boolean list;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The question's name.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter, e.g. date=2020-03-01.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "ROWS", description = "At most this many rows (default: all).")
    Long limit;

    @Option(names = "--offset", paramLabel = "ROWS", description = "Skip this many rows first (default 0).")
    Long offset;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    QueryTimeout timeout;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (list || name == null) {
            for (var q : CannedQueries.list()) {
                out.printf("%-22s %s%n%-22s   columns: %s%s%s%n", q.name(), q.description(), "",
                        String.join(", ", q.columns()), q.params().isEmpty() ? "" : "; params: " + q.params(),
                        q.takesMission() ? "; optional: -p mission=SLUG" : "");
            }
            out.flush();
            return name == null && !list ? ExitCodes.USAGE : ExitCodes.OK;
        }
        Query query;
        try {
            query = CannedQueries.prepare(name, params);
            if (limit != null || offset != null) {
                if (limit != null && limit < 0) {
                    throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
                }
                if (offset != null && offset < 0) {
                    throw new IllegalArgumentException("--offset must be 0 or more, not " + offset);
                }
                query = CannedQueries.page(query, limit == null ? -1 : limit, offset == null ? 0 : offset);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("ask " + name, e.getMessage());
        }
        QueryRunner.Format fmt = QueryRunner.format(format);
        try (KnowledgeStore store = storeOptions.openFresh()) {
            String mission = CannedQueries.get(name).takesMission() ? params.get(CannedQueries.MISSION) : null;
            if (mission != null) {
                KnownMissions.require(store, "ask " + name, mission);
            }
            PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            QueryRunner.run("ask " + name, store.dataset(), query, fmt, ps, timeout.millis());
            ps.flush();
        }
        return ExitCodes.OK;
    }
}

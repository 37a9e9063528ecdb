package org.missionkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.missionkg.link.LinkReport;
import org.missionkg.link.Linker;
import org.missionkg.link.LinksGraph;
import org.missionkg.link.TypeClasses;
import org.missionkg.link.WikidataClient;
import org.missionkg.link.WikidataConfig;
import org.missionkg.model.BadInputException;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code missionkg link [--store DIR] [--endpoint URL] [--review | --accept ENTITY QID]} */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the store's people, countries, organisations, places and missions to Wikidata items.",
                "",
                "Without --review or --accept, asks the endpoint for items with the same English label or alias, "
                        + "keeps those of the right type, scores them on name and context, and links an entity only "
                        + "when one item clearly wins; the others wait for review. Checked links (the gazetteer's) "
                        + "are never changed. Links and candidates go to the links graph (…/graph/links) with how "
                        + "and when each was made. When the endpoint cannot be reached, nothing changes and the exit "
                        + "code is 6.",
                ""})
final class LinkCommand extends StoreCommand {
    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://query.wikidata.org/sparql",
            description = "The Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    /** Reconcile (neither option), list the candidates, or record a decision. */
    static final class Mode {
        @Option(names = "--review", description = "List the entities whose candidates wait for a decision, and stop.")
        boolean review;

        @Option(names = "--accept", arity = "2", paramLabel = "ENTITY QID", hideParamSyntax = true,
                description = "Record that ENTITY (an IRI, or kind/key such as person/jennie-carignan) is the item QID "
                        + "(method \"reviewed\"); may be repeated; asks no endpoint.")
        List<String> accept;
    }

    @Option(names = "--classes", paramLabel = "FILE",
            description = "The type classes per kind, as data/wikidata-classes.tsv (default: that file, bundled).")
    Path classes;

    @Option(names = "--contact", paramLabel = "EMAIL|URL",
            description = "How the endpoint's operators can reach you, sent in the User-Agent (please give one).")
    String contact;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Wait this long for one answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--delay", defaultValue = "1000", paramLabel = "MILLIS",
            description = "Leave at least this long between two requests (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--retries", defaultValue = "3", paramLabel = "N",
            description = "Try a failed request this many more times, waiting longer each time (default: ${DEFAULT-VALUE}).")
    int retries;

    @Override
    public Integer call() {
        boolean review = mode != null && mode.review;
        List<String> accept = mode == null ? null : mode.accept;
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = storeOptions.openExisting()) {
            if (review) {
                printReview(out, LinksGraph.review(store));
            } else if (accept != null) {
                accept(out, store, accept);
            } else {
                reconcile(out, store);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void reconcile(PrintWriter out, KnowledgeStore store) {
        WikidataConfig config = config();
        LinkReport report;
        try {
            report = new Linker(store, Gazetteer.bundled(), new WikidataClient(config), Clock.systemUTC()).run();
        } catch (EndpointUnreachableException e) {
            throw new EndpointUnreachableException(e.endpoint(), e.problem() + "; nothing was changed", e);
        } catch (org.apache.jena.query.QueryException | org.apache.jena.riot.RiotException e) {
            // an answer that is not SPARQL JSON results (an HTML page, a proxy's error) reached Jena's parser
            throw new EndpointUnreachableException(config.endpoint().toString(), "it did not answer with SPARQL JSON results ("
                    + firstLine(e.getMessage()) + "); nothing was changed", e);
        } catch (org.missionkg.model.MissionKgException e) {
            // the client's own words for an endpoint that answers, but not as a SPARQL endpoint (405, 404, not JSON)
            String where = config.endpoint().toString();
            if (e instanceof org.missionkg.model.BadInputException || !String.valueOf(e.getMessage()).startsWith(where)) {
                throw e;
            }
            throw new EndpointUnreachableException(where, "it answered, but not as a SPARQL endpoint: "
                    + e.getMessage().substring(where.length()).strip() + "; nothing was changed", e);
        }
        for (LinkReport.Linked l : report.linked()) {
            out.printf("linked     %s  \"%s\"  %s  (score %s)%n", l.entity(), l.label(), l.qid(), l.score().toPlainString());
        }
        for (LinkReport.Undecided u : report.undecided()) {
            out.printf("undecided  %s  \"%s\"  (%d candidate%s)%n", u.entity(), u.label(), u.candidates(),
                    u.candidates() == 1 ? "" : "s");
        }
        out.println(report.summary());
    }

    private void accept(PrintWriter out, KnowledgeStore store, List<String> accept) {
        for (int i = 0; i + 1 < accept.size(); i += 2) {
            String entity = entityIri(accept.get(i));
            String qid = qid(accept.get(i + 1));
            LinksGraph.Accepted a = LinksGraph.accept(store, Gazetteer.bundled(), entity, qid, Clock.systemUTC());
            if (a.alreadyLinked()) {
                out.printf("%s already has a checked link to %s: nothing to record.%n", entity, qid);
            } else {
                out.printf("Linked %s to %s (reviewed)%s.%n", entity, qid,
                        a.replaced() == null ? "" : ", replacing the link to " + a.replaced());
            }
        }
    }

    static void printReview(PrintWriter out, List<LinksGraph.ReviewEntry> entries) {
        if (entries.isEmpty()) {
            out.println("No candidates wait for review.");
            return;
        }
        for (LinksGraph.ReviewEntry e : entries) {
            out.printf("%s  \"%s\"%n", e.entity(), e.label());
            for (LinksGraph.ReviewCandidate c : e.candidates()) {
                out.printf("    %-12s %5s  %s%s%n", c.qid(), c.score() == null ? "" : c.score().setScale(2).toPlainString(),
                        c.label(), c.description().isEmpty() ? "" : " — " + c.description());
                if (!c.reasons().isEmpty()) {
                    out.printf("    %-12s %5s  (%s)%n", "", "", c.reasons());
                }
            }
            out.printf("    accept one with: missionkg link --accept %s Q…%n", e.entity());
        }
        out.printf("%d entit%s wait%s for review.%n", entries.size(), entries.size() == 1 ? "y" : "ies",
                entries.size() == 1 ? "s" : "");
    }

    private WikidataConfig config() {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--endpoint", "not a URL: " + endpoint);
        }
        if (timeoutSeconds <= 0 || delayMillis < 0 || retries < 0) {
            throw new BadInputException("--timeout/--delay/--retries", "must be positive (timeout) or not negative");
        }
        try {
            WikidataConfig c = WikidataConfig.defaults().withEndpoint(uri)
                    .withUserAgent(WikidataConfig.userAgent(contact))
                    .withTimeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
                    .withPacing(Duration.ofMillis(delayMillis), retries, Duration.ofSeconds(2));
            return classes == null ? c : c.withClasses(TypeClasses.read(classes));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--endpoint", e.getMessage());
        }
    }

    /** An entity IRI as given, or {@code kind/key} under the entity namespace. */
    static String entityIri(String arg) {
        if (arg.startsWith("http://") || arg.startsWith("https://")) {
            return arg;
        }
        if (arg.matches("[a-z]+(-[a-z]+)*/[a-z0-9][a-z0-9-]*")) {
            return Iris.ID + arg;
        }
        throw new BadInputException("--accept", "'" + arg + "' is neither an IRI nor kind/key such as person/jennie-carignan");
    }

    /** "Q42", or a Wikidata item IRI. */
    static String qid(String arg) {
        String fromIri = Iris.wikidataQid(arg);
        return fromIri != null ? fromIri : arg.strip();
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}

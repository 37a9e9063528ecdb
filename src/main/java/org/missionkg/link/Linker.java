package org.missionkg.link;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.link.Scoring.Scored;
import org.missionkg.model.EndpointUnreachableException;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.KnowledgeStore;

/**
 * Reconciles the store's unlinked entities (persons, countries, organisations, places,
 * missions without an {@code owl:sameAs} to Wikidata) against a Wikidata SPARQL endpoint and
 * writes the outcome to the links graph ({@link org.missionkg.vocab.Iris#LINKS_GRAPH}):
 *
 * <ol>
 *   <li>find the items whose English label or alias is one of the entity's names (see {@link WikidataLookup});</li>
 *   <li>drop those that fail the type check for the entity's kind ({@link TypeClasses});</li>
 *   <li>score the rest ({@link Scoring}) and link the best when it clearly wins, with a {@code mkg:Link}
 *       record (method "reconciliation", score, margin, the run with its endpoint and times);</li>
 *   <li>otherwise keep the candidates as {@code mkg:LinkCandidate}s for review.</li>
 * </ol>
 *
 * Every question is asked before anything is written, and the links graph is then changed in
 * one write transaction: when the endpoint cannot be reached ({@link EndpointUnreachableException})
 * the store is left as it was. Entities with a checked link (gazetteer, reference graph) are never
 * looked up, and their links never touched.
 *
 * <pre>
 *   LinkReport r = new Linker(store, Gazetteer.bundled(), new WikidataClient(config), Clock.systemUTC()).run();
 * </pre>
 */
public final class Linker {
    /** How many candidates of an undecided entity are kept for review. */
    public static final int KEPT_CANDIDATES = 5;

    private final KnowledgeStore store;
    private final Gazetteer gazetteer;
    private final WikidataClient client;
    private final Clock clock;

    /** The outcome for one entity. */
    enum Outcome { LINKED, UNDECIDED, NO_CANDIDATE }

    /** What was decided for one entity, with its ranked candidates (best first) and the count rejected by type. */
    record Decision(UnlinkedEntity entity, Outcome outcome, List<Scored> ranked, int rejected, String note) {
    }

    /** @param gazetteer may be null: then only the store's own {@code owl:sameAs} links count as checked */
    public Linker(KnowledgeStore store, Gazetteer gazetteer, WikidataClient client, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.gazetteer = gazetteer;
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Looks up every unlinked entity, then records links and candidates; see the class comment. */
    public LinkReport run() {
        Instant started = clock.instant();
        int requestsBefore = client.requestCount();
        String endpoint = client.config().endpoint().toString();
        List<UnlinkedEntity> entities = StoreEntities.unlinked(store.dataset(), gazetteer);
        List<Decision> decisions = new ArrayList<>();
        if (!entities.isEmpty()) {
            decisions = decide(entities);
            LinksGraph.record(store, decisions, endpoint, started, clock.instant());
        }
        List<LinkReport.Linked> linked = new ArrayList<>();
        List<LinkReport.Undecided> undecided = new ArrayList<>();
        int none = 0;
        int rejected = 0;
        for (Decision d : decisions) {
            rejected += d.rejected();
            switch (d.outcome()) {
                case LINKED -> linked.add(new LinkReport.Linked(d.entity().iri(), d.entity().label(),
                        d.ranked().get(0).candidate().qid(), d.ranked().get(0).score()));
                case UNDECIDED -> undecided.add(new LinkReport.Undecided(d.entity().iri(), d.entity().label(),
                        Math.min(KEPT_CANDIDATES, d.ranked().size())));
                case NO_CANDIDATE -> none++;
            }
        }
        return new LinkReport(endpoint, entities.size(), linked, undecided, none, rejected,
                client.requestCount() - requestsBefore);
    }

    private List<Decision> decide(List<UnlinkedEntity> entities) {
        WikidataLookup lookup = new WikidataLookup(client);
        Set<String> names = new TreeSet<>();
        entities.forEach(e -> names.addAll(e.names()));
        Map<String, Set<String>> byName = lookup.itemsNamed(names);
        Set<String> qids = new TreeSet<>();
        byName.values().forEach(qids::addAll);
        TypeClasses classes = client.config().classes();
        Map<String, Candidate> described = qids.isEmpty() ? Map.of() : lookup.describe(qids, classes.all());
        List<Decision> out = new ArrayList<>();
        for (UnlinkedEntity e : entities) {
            Set<String> mine = new TreeSet<>();
            e.names().forEach(n -> mine.addAll(byName.getOrDefault(n, Set.of())));
            Set<String> allowed = classes.of(e.kind());
            List<Scored> ranked = new ArrayList<>();
            int rejected = 0;
            for (String qid : mine) {
                Candidate c = described.get(qid);
                if (c == null) {
                    continue;
                }
                if (!allowed.isEmpty() && c.classes().stream().noneMatch(allowed::contains)) {
                    rejected++;
                    continue;
                }
                Scored s = Scoring.score(e, c);
                if (s != null) {
                    ranked.add(s);
                }
            }
            ranked.sort(Scoring.RANKING);
            Outcome outcome;
            String note = null;
            if (ranked.isEmpty()) {
                outcome = Outcome.NO_CANDIDATE;
            } else if (allowed.isEmpty()) {
                outcome = Outcome.UNDECIDED;
                note = "no Wikidata classes are configured for " + e.kind().path() + " entities, so none is linked automatically";
            } else if (Scoring.clearWinner(ranked)) {
                outcome = Outcome.LINKED;
            } else {
                outcome = Outcome.UNDECIDED;
                note = ranked.get(0).points() < Scoring.THRESHOLD
                        ? "the best score is below " + Scoring.THRESHOLD / 100.0
                        : "the best two scores are less than " + Scoring.MARGIN / 100.0 + " apart";
            }
            out.add(new Decision(e, outcome, ranked, rejected, note));
        }
        return out;
    }
}

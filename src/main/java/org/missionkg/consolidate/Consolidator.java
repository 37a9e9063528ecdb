package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

/**
 * Merges the claims of all articles into timelines and records where the sources disagree:
 * the content of the graph {@link org.missionkg.vocab.Iris#CONSOLIDATED_GRAPH}.
 *
 * <pre>
 *   Model consolidated = new Consolidator().consolidate(unionOfArticleGraphs);
 * </pre>
 *
 * <h2>What it writes</h2>
 * <ul>
 *   <li>One {@code mkg:ConsolidatedFact} per tenure, also typed {@code mkg:CommandTenure} (a
 *       person commands a mission) or {@code mkg:Leadership} (a country leads it), with
 *       {@code mkg:commander} or {@code mkg:country}, {@code mkg:mission},
 *       {@code mkg:commanderKind "person"|"country"}, {@code mkg:claim} to each article fact it
 *       rests on, {@code mkg:articleCount} (how many distinct articles those come from), start
 *       and end (EDTF plus {@code …Earliest}/{@code …Latest} bounds), {@code mkg:inferred} (true when a bound is derived) and {@code mkg:predecessor} (the
 *       previous commander, or lead nation, of the mission). Merge and derivation rules:
 *       {@link Timelines}; how a value is chosen among claims: {@link Chosen}.</li>
 *   <li>One {@code mkg:DerivedValue} per derived bound, linked by {@code mkg:derivation}, with
 *       {@code mkg:aspect}, the value, {@code mkg:derivedBy} (the rule),
 *       {@code prov:wasDerivedFrom} (the claims used) and, where the rule assumed something,
 *       {@code mkg:note}.</li>
 *   <li>One {@code mkg:ConsolidatedFact} per mission event ({@code mkg:MissionEvent}), with
 *       {@code mkg:eventType}, {@code mkg:agent}, {@code mkg:date}, {@code mkg:until} and
 *       {@code mkg:articleCount}; grouping rule: {@link EventGroups}.</li>
 *   <li>One {@code mkg:Conflict} per aspect on which the claims of one merged fact disagree
 *       (their values share no possible day): {@code mkg:aspect} ("start", "end", "date",
 *       "until"), {@code mkg:mission}, {@code mkg:subject} (the commander or country, or the
 *       event type for an event) and {@code mkg:claim} to each claim on either side; and one
 *       with aspect "start" where a tenure is said to start before the mission's start event
 *       ({@link StartConflicts}), its claims being tenure claims ({@code mkg:start}) and event
 *       claims ({@code mkg:date}). Each carries its figures ({@link ConflictFigures}):
 *       {@code mkg:valueCount}, {@code mkg:claimCount}, {@code mkg:sideA}, {@code mkg:sideB}.</li>
 * </ul>
 *
 * <h2>Guarantees</h2>
 * The result depends only on the article facts: the same facts in any order give the same
 * triples. No blank nodes (every IRI is minted by {@link org.missionkg.vocab.Iris#consolidated}:
 * a merged fact's from its kind and smallest claim IRI, a derived value's from its fact and aspect,
 * a conflict's from its aspect, mission and subject), no timestamps. Consolidated facts found in the input are ignored,
 * so consolidating a model that already holds a consolidated graph gives the same result.
 *
 * <h2>How the store calls it</h2>
 * Never inside the transactions that store articles. An ingest commits the article graphs
 * first, in batches, each batch its own write transaction
 * ({@link org.missionkg.pipeline.Ingestor}); once all are committed it calls
 * {@link org.missionkg.pipeline.DerivedGraphs#ensureFresh}, which checks the article set's
 * fingerprint in a read transaction and, when it changed, does the rest in one write
 * transaction of its own: reads the claims from the article graphs, or for an update of a few
 * missions from the copy of their claims the build record keeps (never from the reference
 * or consolidated graph), calls {@link #consolidate} for the missions the changed articles
 * touch (or for all of them), and writes the consolidated graph, the reference graph on a full
 * rebuild, the per-article record and the new fingerprint.
 * {@link org.missionkg.pipeline.DerivedGraphs#rebuild} ({@code rebuild},
 * {@code StandardIngest.refresh}) does the full rebuild in that one write transaction too.
 * <pre>
 *   DerivedGraphs.ensureFresh(store);   // recomputes only when the article set changed
 * </pre>
 * Kept apart so that a long ingest keeps what it stored (a crash or a failure loses at most the
 * batch in hand, not hours of extraction) and consolidation runs once per ingest, over every
 * stored article, not once per batch. So when a step fails:
 * <ul>
 *   <li>an article batch fails: that transaction is aborted, each of its articles is tried
 *       alone, earlier batches stay committed; nothing derived has changed yet;</li>
 *   <li>the process dies after some article commits and before the derived write: the articles
 *       are kept, the derived graphs are the old ones with the old fingerprint, so
 *       {@code validate} reports them STALE and the next ingest, serve, query, ask or export
 *       brings them up to date first;</li>
 *   <li>consolidation throws: input it cannot read (a fact without its mission, a malformed EDTF
 *       date) is an {@link IllegalArgumentException} naming the fact; {@code KnowledgeStore.write}
 *       aborts the derived write, so the articles stay stored and the derived graphs, record and
 *       fingerprint stay as they were (stale, or missing on a first build), never half-written.</li>
 * </ul>
 */
public final class Consolidator {

    /** The consolidated graph's content for the given article facts; the input is not changed. */
    public Model consolidate(Model articles) {
        return consolidate(articles, articles);
    }

    /**
     * The consolidated triples of the claims in {@code claims}, the commanders' countries read
     * from {@code people} (role holdings, countries, commands with a country). With all article
     * facts in both, this is {@link #consolidate(Model)}; with one mission's claims and what is
     * known of its commanders ({@link StoreClaims#people}), it is that mission's part of it.
     */
    public Model consolidate(Model claimsModel, Model people) {
        return consolidate(ClaimReader.claims(claimsModel), people);
    }

    /**
     * The same from claims kept as lines ({@link ClaimRows}) instead of read from article graphs:
     * the lines of some missions' claims give those missions' part of the graph, as above.
     */
    public Model consolidateRows(Collection<String> lines, Model people) {
        return consolidate(ClaimRows.decode(lines), people);
    }

    /**
     * The figures ({@code mkg:valueCount}, {@code mkg:claimCount}, {@code mkg:sideA}, {@code mkg:sideB}) that the
     * conflicts of {@code consolidated} built before they were written lack, from the claim lines of each such
     * conflict's mission ({@code linesOf}, as the build record keeps them): the triples to add, the same a
     * consolidation writes. A conflict that has them is left out.
     */
    public Graph missingConflictFigures(Graph consolidated, Function<String, Collection<String>> linesOf) {
        return ConflictFigures.missing(consolidated, linesOf).getGraph();
    }

    /**
     * The article counts ({@code mkg:articleCount}) that the consolidated facts of {@code consolidated} built before
     * they were written lack, from the claim lines of each such fact's mission ({@code linesOf}, as the build record
     * keeps them, with their articles): the triples to add, the same a consolidation writes. A fact that has one is
     * left out.
     */
    public Graph missingArticleCounts(Graph consolidated, Function<String, Collection<String>> linesOf) {
        return ArticleCounts.missing(consolidated, linesOf).getGraph();
    }

    private static Model consolidate(List<Claim> claims, Model people) {
        List<MergedFact> tenures = Timelines.build(claims, ClaimReader.nationalities(people));
        List<MergedFact> events = EventGroups.build(claims);
        List<MergedFact> facts = new ArrayList<>(tenures);
        facts.addAll(events);
        return ConsolidatedGraph.write(facts, StartConflicts.find(tenures, events));
    }
}

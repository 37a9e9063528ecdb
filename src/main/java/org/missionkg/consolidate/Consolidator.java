package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * Merges the claims of all articles into timelines and records where the sources disagree:
 * the content of the graph {@link org.missionkg.map.Iris#CONSOLIDATED_GRAPH}.
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
 *       rests on, start and end (EDTF plus {@code …Earliest}/{@code …Latest} bounds),
 *       {@code mkg:inferred} (true when a bound is derived) and {@code mkg:predecessor} (the
 *       previous commander, or lead nation, of the mission). Merge and derivation rules:
 *       {@link Timelines}; how a value is chosen among claims: {@link Chosen}.</li>
 *   <li>One {@code mkg:DerivedValue} per derived bound, linked by {@code mkg:derivation}, with
 *       {@code mkg:aspect}, the value, {@code mkg:derivedBy} (the rule),
 *       {@code prov:wasDerivedFrom} (the claims used) and, where the rule assumed something,
 *       {@code mkg:note}.</li>
 *   <li>One {@code mkg:ConsolidatedFact} per mission event ({@code mkg:MissionEvent}), with
 *       {@code mkg:eventType}, {@code mkg:agent}, {@code mkg:date} and {@code mkg:until};
 *       grouping rule: {@link EventGroups}.</li>
 *   <li>One {@code mkg:Conflict} per aspect on which the claims of one merged fact disagree
 *       (their values share no possible day): {@code mkg:aspect} ("start", "end", "date",
 *       "until"), {@code mkg:mission}, {@code mkg:subject} (the commander or country, or the
 *       event type for an event) and {@code mkg:claim} to each claim on either side; and one
 *       with aspect "start" where a tenure is said to start before the mission's start event
 *       ({@link StartConflicts}), its claims being tenure claims ({@code mkg:start}) and event
 *       claims ({@code mkg:date}).</li>
 * </ul>
 *
 * <h2>Guarantees</h2>
 * The result depends only on the article facts: the same facts in any order give the same
 * triples. No blank nodes (every IRI is minted by {@link org.missionkg.map.Iris#consolidated}
 * from sorted claim IRIs), no timestamps. Consolidated facts found in the input are ignored,
 * so consolidating a model that already holds a consolidated graph gives the same result.
 *
 * <h2>How the store calls it</h2>
 * {@link org.missionkg.pipeline.DerivedGraphs#rebuild} reads the union of the article graphs
 * (not the reference or consolidated graph) and a fingerprint of that article set in one read
 * transaction, calls {@link #consolidate}, and writes the consolidated graph, the reference
 * graph and the fingerprint in one write transaction. A crash between an article's commit and
 * that write leaves a fingerprint that no longer matches: {@code validate} reports the derived
 * graphs as stale, and the next ingest, serve, query, ask or export rebuilds them first.
 * <pre>
 *   DerivedGraphs.ensureFresh(store);   // rebuilds only when the article set changed
 * </pre>
 * Input it cannot read (a fact without its mission, a malformed EDTF date) is reported with an
 * {@link IllegalArgumentException} naming the fact; the caller should then abort the transaction.
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
     * known of its commanders ({@link StoreClaims#forMissions}), it is that mission's part of it.
     */
    public Model consolidate(Model claimsModel, Model people) {
        List<Claim> claims = ClaimReader.claims(claimsModel);
        List<MergedFact> tenures = Timelines.build(claims, ClaimReader.nationalities(people));
        List<MergedFact> events = EventGroups.build(claims);
        List<MergedFact> facts = new ArrayList<>(tenures);
        facts.addAll(events);
        return ConsolidatedGraph.write(facts, StartConflicts.find(tenures, events));
    }
}

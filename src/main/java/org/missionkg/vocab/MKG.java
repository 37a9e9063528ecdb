package org.missionkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The missionkg vocabulary: namespace and terms, as in {@code ontology/missionkg.ttl}.
 * Every stage that reads or writes the graph uses it, from the gazetteer ({@code reference}) on.
 */
public final class MKG {
    /**
     * What every missionkg IRI starts with: {@code https://w3id.org/missionkg/} unless the system
     * property {@code missionkg.base} says otherwise (read once, at start-up). {@link Iris} mints
     * every IRI under it.
     */
    public static final String BASE = System.getProperty("missionkg.base", "https://w3id.org/missionkg/");
    public static final String NS = BASE + "ontology#";

    // Entities
    public static final Resource Mission = res("Mission");
    public static final Resource Country = res("Country");
    public static final Resource Organization = res("Organization");
    public static final Resource Person = res("Person");
    public static final Resource Place = res("Place");
    public static final Resource Outlet = res("Outlet");
    public static final Resource Rank = res("Rank");
    public static final Resource Role = res("Role");

    // Facts (n-ary nodes)
    public static final Resource Fact = res("Fact");
    public static final Resource CommandTenure = res("CommandTenure");
    public static final Resource Leadership = res("Leadership");
    public static final Resource MissionEvent = res("MissionEvent");
    public static final Resource TroopContribution = res("TroopContribution");
    public static final Resource RoleHolding = res("RoleHolding");
    public static final Resource Stationing = res("Stationing");
    public static final Resource Statement = res("Statement");
    public static final Resource Extractor = res("Extractor");

    // Consolidation
    public static final Resource ConsolidatedFact = res("ConsolidatedFact");
    public static final Resource Conflict = res("Conflict");
    public static final Resource DerivedValue = res("DerivedValue");
    /** One mission's stored answer to one canned question (consolidate.StoredAnswers). */
    public static final Resource StoredAnswer = res("StoredAnswer");

    // Participants
    public static final Property commander = prop("commander");
    public static final Property mission = prop("mission");
    public static final Property country = prop("country");
    public static final Property person = prop("person");
    public static final Property organization = prop("organization");
    public static final Property place = prop("place");
    public static final Property speaker = prop("speaker");
    public static final Property agent = prop("agent");
    public static final Property destination = prop("destination");
    public static final Property subject = prop("subject");

    // Values
    public static final Property rank = prop("rank");
    public static final Property role = prop("role");
    public static final Property eventType = prop("eventType");
    public static final Property note = prop("note");
    public static final Property count = prop("count");
    public static final Property countQualifier = prop("countQualifier");
    public static final Property fromCount = prop("fromCount");
    public static final Property fromQualifier = prop("fromQualifier");
    public static final Property counts = prop("counts");
    public static final Property valueText = prop("valueText");
    public static final Property quoteText = prop("quoteText");

    // Gazetteer (reference data: names only, no facts)
    public static final Property demonym = prop("demonym");
    public static final Property roleOf = prop("roleOf");
    public static final Property countryLabel = prop("countryLabel");
    /** From a mission to a country it works in (reference data, not a news fact). */
    public static final Property hostCountry = prop("hostCountry");
    /** From a mission to the organisation or country that runs it (reference data, not a news fact). */
    public static final Property operatedBy = prop("operatedBy");
    /** From a national force, service or defence ministry to its country (reference data, not a news fact). */
    public static final Property forceOf = prop("forceOf");
    /** From a capital to its country, whose government news names by it (reference data, not a news fact). */
    public static final Property capitalOf = prop("capitalOf");
    /** The year a mission began (reference data: tells a mission from a namesake or a successor). */
    public static final Property activeFrom = prop("activeFrom");
    /** The year a mission ended. */
    public static final Property activeUntil = prop("activeUntil");
    /** From a mission to the one it took over from and is kept separate from (MONUSCO to MONUC). */
    public static final Property succeeds = prop("succeeds");

    // Time: each as an EDTF literal plus its xsd:date bounds
    public static final Property start = prop("start");
    public static final Property startEarliest = prop("startEarliest");
    public static final Property startLatest = prop("startLatest");
    public static final Property end = prop("end");
    public static final Property endEarliest = prop("endEarliest");
    public static final Property endLatest = prop("endLatest");
    public static final Property date = prop("date");
    public static final Property dateEarliest = prop("dateEarliest");
    public static final Property dateLatest = prop("dateLatest");
    public static final Property until = prop("until");
    public static final Property untilEarliest = prop("untilEarliest");
    public static final Property untilLatest = prop("untilLatest");
    public static final Property asOf = prop("asOf");
    public static final Property asOfEarliest = prop("asOfEarliest");
    public static final Property asOfLatest = prop("asOfLatest");

    // Provenance and evidence
    public static final Property evidence = prop("evidence");
    public static final Property sentence = prop("sentence");
    public static final Property confidence = prop("confidence");
    public static final Property ruleId = prop("ruleId");
    public static final Property version = prop("version");
    public static final Property articleId = prop("articleId");
    public static final Property textLength = prop("textLength");
    public static final Property sha256 = prop("sha256");
    public static final Property ingestedAt = prop("ingestedAt");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property wikidata = prop("wikidata");

    // Consolidation
    public static final Property claim = prop("claim");
    public static final Property inferred = prop("inferred");
    public static final Property derivedBy = prop("derivedBy");
    /** From a consolidated fact to each of its {@link #DerivedValue}s. */
    public static final Property derivation = prop("derivation");
    public static final Property dateSource = prop("dateSource");
    public static final Property aspect = prop("aspect");
    public static final Property commanderKind = prop("commanderKind");
    public static final Property predecessor = prop("predecessor");
    // A conflict's figures, written when it is built so that the conflicts question reads them instead of
    // grouping every claim of every conflict (thousands each at 100k articles)
    public static final Property valueCount = prop("valueCount");
    public static final Property claimCount = prop("claimCount");
    public static final Property sideA = prop("sideA");
    public static final Property sideB = prop("sideB");
    // A mission's stored answers to the canned questions, written by the consolidation so that one mission's rows
    // are one index scan instead of a dozen look-ups per claim (consolidate.StoredAnswers)
    public static final Property question = prop("question");
    public static final Property answerFor = prop("answerFor");
    public static final Property answerRow = prop("answerRow");
    /** Not stored: the property function that reads a stored answer's rows in SPARQL. */
    public static final Property answerRows = prop("answerRows");

    // The start page's line per mission (the summary graph, built with the consolidated graph)
    public static final Property summaryLabel = prop("summaryLabel");
    public static final Property factCount = prop("factCount");
    public static final Property articleCount = prop("articleCount");
    public static final Property firstDay = prop("firstDay");
    public static final Property lastDay = prop("lastDay");
    /** A publication date's entry in the start page's list of articles: the date as written, and its articles (ArticleOrder). */
    public static final Property listDay = prop("listDay");
    public static final Property listedArticle = prop("listedArticle");
    public static final Property listedCount = prop("listedCount");

    // Links to Wikidata (the links graph)
    /** How one owl:sameAs link from an entity to a Wikidata item was made. */
    public static final Resource Link = res("Link");
    /** A Wikidata item that might be an entity but did not clearly win: kept for review. */
    public static final Resource LinkCandidate = res("LinkCandidate");
    /** One run of the linker, or one reviewer's decision. */
    public static final Resource Reconciliation = res("Reconciliation");
    public static final Property linkSubject = prop("linkSubject");
    public static final Property linkTarget = prop("linkTarget");
    /** From an entity to each of its undecided {@link #LinkCandidate}s. */
    public static final Property candidate = prop("candidate");
    public static final Property method = prop("method");
    public static final Property score = prop("score");
    public static final Property margin = prop("margin");

    private MKG() {
    }

    private static Resource res(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}

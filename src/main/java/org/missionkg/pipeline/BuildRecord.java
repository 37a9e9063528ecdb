package org.missionkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.missionkg.consolidate.ClaimRows;
import org.missionkg.consolidate.MissionSummaries;
import org.missionkg.consolidate.StoreClaims;
import org.missionkg.consolidate.SummaryPart;
import org.missionkg.store.ArticleStamps;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The record, in the state graph, of which article set the derived graphs were built from: per
 * derived graph what it was built from ({@link #BUILT_FROM}), per article graph its stamps as
 * consolidated and what it fed in (see {@link DerivedGraphs} for how the record is used). Reads
 * and writes of the record only; deciding what to rebuild is {@link DerivedGraphs}'s job. Also
 * reads the one-fingerprint record of stores from before the per-article stamps.
 */
final class BuildRecord {
    /** The predicate of the record: {@code <derived graph> mkg:builtFromArticles "what"} ({@link #RECORDED}, {@link #MARKED}). */
    static final Node BUILT_FROM = NodeFactory.createURI(Iris.ONTOLOGY_NS + "builtFromArticles");
    /** Per article graph, in stores from before the per-article stamps: {@code "\tsha256\tingestedAt"} as consolidated. */
    static final Node DIGEST = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedDigest");
    /** Per article graph: its {@code mkg:sha256} and {@code mkg:ingestedAt} values as consolidated (the same terms). */
    static final Node REC_SHA = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedSha256");
    static final Node REC_AT = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedIngestedAt");
    private static final List<Node> STAMPS = List.of(MKG.sha256.asNode(), MKG.ingestedAt.asNode());
    private static final List<Node> RECORDS = List.of(REC_SHA, REC_AT);
    /**
     * The record's value when every article graph is recorded with what it fed in, and the consolidated
     * graph's IRIs are minted the current way (a merged fact from its first claim, a conflict from what
     * it is about).
     */
    static final String RECORDED = "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts; "
            + "conflict figures; article order; article counts; stored answers; stored answers with parameters";
    /**
     * The same record for stored answers without those of the questions that take a parameter ({@code in-command-on},
     * stored since 6 December 2026): the next update writes them for every mission, then goes on incrementally.
     * Until then such a question is answered from the claims.
     */
    static final String RECORDED_V8 = "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts; "
            + "conflict figures; article order; article counts; stored answers";
    /**
     * The same record for a consolidated graph without the missions' stored answers to the canned questions
     * ({@link org.missionkg.consolidate.StoredAnswers}): the next update writes them for every mission, then goes on
     * incrementally.
     */
    static final String RECORDED_V7 = "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts; "
            + "conflict figures; article order; article counts";
    /**
     * The same record for claim lines without the claim's article and consolidated facts without
     * {@code mkg:articleCount}: the next update writes the lines anew from the article graphs, then the counts from
     * them, and goes on incrementally.
     */
    static final String RECORDED_V6 =
            "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts; conflict figures; article order";
    /**
     * The same record for a summary graph without the start page's article list ({@code mkg:listDay}): the next
     * update writes it for every article, then goes on incrementally.
     */
    static final String RECORDED_V5 =
            "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts; conflict figures";
    /**
     * The same record for a consolidated graph whose conflicts have no figures (mkg:valueCount, mkg:claimCount,
     * mkg:sideA, mkg:sideB): the next update writes them from the claim lines, for every conflict, then goes on
     * incrementally.
     */
    static final String RECORDED_V4 = "every article graph, as recorded in this graph; IRIs v2; claim lines; summary parts";
    /**
     * The same record without the summary parts ({@link #SUMMARY_PART}): the next update records them from
     * the graphs as they are (no line changes) and then goes on incrementally.
     */
    static final String RECORDED_V3 = "every article graph, as recorded in this graph; IRIs v2; claim lines";
    /**
     * The same record without the claim lines ({@link #CLAIM_LINE}): the next update writes them from the
     * article graphs (no fact changes) and then goes on incrementally.
     */
    static final String RECORDED_V2 = "every article graph, as recorded in this graph; IRIs v2";
    /**
     * The same record for a consolidated graph whose IRIs were minted the earlier way (from all their
     * claims): the next change rebuilds it in full, since updating only some missions would mix the two.
     */
    static final String RECORDED_V1 = "every article graph, as recorded in this graph";
    /** The record's value after {@link DerivedGraphs#markFresh}: the stamps are recorded, not what each article fed in. */
    static final String MARKED = "marked fresh by hand";
    /** Per article graph: a mission its claims are about. */
    static final Node FED_MISSION = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedMission");
    /** Per article graph: a person whose country it gives (role holding, command with a country). */
    static final Node FED_PERSON = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedPerson");
    /** Per article graph: a mission it names, whose line in the summary graph it may change ({@link MissionSummaries#named}). */
    static final Node FED_SUMMARY = NodeFactory.createURI(Iris.ONTOLOGY_NS + "summarisedMission");

    /**
     * Per mission ({@link #linesKey}): one line per claim that counts for it ({@link ClaimRows}), what an
     * incremental update consolidates instead of reading the claims back from every article graph.
     */
    static final Node CLAIM_LINE = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedClaimLine");

    /** The graph that holds the record, the derived graphs it speaks of, and which graphs are article graphs. */
    static final Node STATE = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
    static final Node CONSOLIDATED = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
    static final Node REFERENCE = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
    static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    static final Predicate<Node> ARTICLE = g -> g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX);

    private BuildRecord() {
    }

    /** The article graphs whose stamps differ from the record: new, replaced or removed since the last update. */
    static Set<String> changed(DatasetGraph dsg) {
        return ArticleStamps.changed(dsg, STAMPS, STATE, RECORDS, ARTICLE);
    }

    /**
     * A record whose consolidated graph's conflicts have no figures but which an update can bring to the current
     * one without a full rebuild ({@link #RECORDED_V2}, {@link #RECORDED_V3}, {@link #RECORDED_V4}). (A
     * {@link #RECORDED_V1} graph gets them from the full rebuild its next change makes.)
     */
    static boolean withoutFigures(String recorded) {
        return RECORDED_V2.equals(recorded) || RECORDED_V3.equals(recorded) || RECORDED_V4.equals(recorded);
    }

    /**
     * A record an update brings to the current one without a full rebuild, but which a query may not be answered
     * from as it is: without the conflicts' figures ({@link #withoutFigures}), the article order ({@link #RECORDED_V5})
     * or the facts' article counts ({@link #RECORDED_V6}: the timeline reads them); or one whose questions are answered
     * right but slower than they should be: without stored answers ({@link #RECORDED_V7}), or without those of the
     * questions that take a parameter ({@link #RECORDED_V8}).
     */
    static boolean behind(String recorded) {
        return withoutFigures(recorded) || RECORDED_V5.equals(recorded) || RECORDED_V6.equals(recorded)
                || RECORDED_V7.equals(recorded) || RECORDED_V8.equals(recorded);
    }

    /** A record from before the per-article stamps: the article set's fingerprint (64 hex digits). */
    static boolean legacy(String recorded) {
        return recorded != null && recorded.matches("[0-9a-f]{64}");
    }

    /** Whether a record from before the per-article stamps still matches the article graphs now stored. */
    static boolean fingerprintHolds(DatasetGraph dsg, String recorded) {
        return recorded.equals(fingerprint(digests(dsg)));
    }

    /** Records an article graph's stamps and what it fed into consolidation ({@code touch}; null: not known). */
    static void record(DatasetGraph dsg, Node graph, StoreClaims.Touch touch) {
        recordStamps(dsg, graph);
        if (touch != null) {
            touch.missions().forEach(m -> dsg.add(STATE, graph, FED_MISSION, NodeFactory.createURI(m)));
            touch.people().forEach(p -> dsg.add(STATE, graph, FED_PERSON, NodeFactory.createURI(p)));
        }
    }

    /**
     * The node a mission's claim lines hang from: not the mission's own IRI, so that the lines stay out
     * of what the store says about the mission (a DESCRIBE, a page listing its triples).
     */
    static Node linesKey(String mission) {
        return NodeFactory.createURI(Iris.derivedState("claims", mission));
    }

    /**
     * Per graph (an article graph, the reference or the consolidated graph): what it gives one mission's
     * summary line ({@link SummaryPart}), one literal per mission it names.
     */
    static final Node SUMMARY_PART = NodeFactory.createURI(Iris.ONTOLOGY_NS + "summaryPart");
    /** Per mission ({@link Iris#derivedState} "summary"): the sum of every graph's part, from which its line is written. */
    static final Node SUMMARY_SUM = NodeFactory.createURI(Iris.ONTOLOGY_NS + "summarySum");

    /** The summary parts a graph gave when it was last recorded, by mission, with the literal each is kept in. */
    static Map<String, Map.Entry<SummaryPart, Node>> summaryParts(DatasetGraph dsg, Node graph) {
        Map<String, Map.Entry<SummaryPart, Node>> out = new TreeMap<>();
        dsg.find(STATE, graph, SUMMARY_PART, Node.ANY).forEachRemaining(q -> {
            SummaryPart p = SummaryPart.decode(q.getObject().getLiteralLexicalForm());
            out.put(p.mission(), Map.entry(p, q.getObject()));
        });
        return out;
    }

    static void addSummaryPart(DatasetGraph dsg, Node graph, SummaryPart part) {
        dsg.add(STATE, graph, SUMMARY_PART, NodeFactory.createLiteralString(part.encode()));
    }

    /** A mission's recorded sum of parts, or null when none is recorded. */
    static SummaryPart summarySum(DatasetGraph dsg, String mission) {
        var it = dsg.find(STATE, NodeFactory.createURI(Iris.derivedState("summary", mission)), SUMMARY_SUM, Node.ANY);
        return it.hasNext() ? SummaryPart.decode(it.next().getObject().getLiteralLexicalForm()) : null;
    }

    static void removeSummarySum(DatasetGraph dsg, String mission) {
        dsg.deleteAny(STATE, NodeFactory.createURI(Iris.derivedState("summary", mission)), SUMMARY_SUM, Node.ANY);
    }

    static void setSummarySum(DatasetGraph dsg, SummaryPart sum) {
        Node key = NodeFactory.createURI(Iris.derivedState("summary", sum.mission()));
        dsg.deleteAny(STATE, key, SUMMARY_SUM, Node.ANY);
        dsg.add(STATE, key, SUMMARY_SUM, NodeFactory.createLiteralString(sum.encode()));
    }

    /**
     * Records every graph's summary parts and every mission's sum anew, from the graphs as they are, by
     * index look-ups in each graph (copying each graph into memory first, its text and evidence with it,
     * took four times as long: 171 s at 100,000 articles).
     */
    static void recordSummaryParts(DatasetGraph dsg) {
        dsg.deleteAny(STATE, Node.ANY, SUMMARY_PART, Node.ANY);
        dsg.deleteAny(STATE, Node.ANY, SUMMARY_SUM, Node.ANY);
        Map<String, SummaryPart> sums = new TreeMap<>();
        List<Node> graphs = new ArrayList<>(articleGraphs(dsg));
        graphs.add(REFERENCE);
        graphs.add(CONSOLIDATED);
        for (Node g : graphs) {
            SummaryPart.of(dsg.getGraph(g)).values().forEach(p -> {
                addSummaryPart(dsg, g, p);
                sums.merge(p.mission(), p, SummaryPart::plus);
            });
        }
        sums.values().forEach(s -> setSummarySum(dsg, s));
    }

    /** Records claim lines under their missions. */
    static void addLines(DatasetGraph dsg, Collection<ClaimRows.Row> rows) {
        rows.forEach(r -> dsg.add(STATE, linesKey(r.mission()), CLAIM_LINE, NodeFactory.createLiteralString(r.text())));
    }

    /** Records every claim line anew: those recorded before are removed first (an older format, or all of them stale). */
    static void replaceLines(DatasetGraph dsg, Collection<ClaimRows.Row> rows) {
        dsg.deleteAny(STATE, Node.ANY, CLAIM_LINE, Node.ANY);
        addLines(dsg, rows);
    }

    /** Removes claim lines from under their missions. */
    static void removeLines(DatasetGraph dsg, Collection<ClaimRows.Row> rows) {
        rows.forEach(r -> dsg.delete(STATE, linesKey(r.mission()), CLAIM_LINE, NodeFactory.createLiteralString(r.text())));
    }

    /** A mission's claim lines as recorded: one index scan, one node read per claim. */
    static List<ClaimRows.Row> lines(DatasetGraph dsg, String mission) {
        List<ClaimRows.Row> out = new ArrayList<>();
        dsg.find(STATE, linesKey(mission), CLAIM_LINE, Node.ANY).forEachRemaining(q -> {
            String text = q.getObject().getLiteralLexicalForm();
            out.add(new ClaimRows.Row(mission, ClaimRows.graph(text), text));
        });
        return out;
    }

    /** Records an article graph's stamps only (what it fed in is not known). */
    static void recordStamps(DatasetGraph dsg, Node graph) {
        ArticleStamps.record(dsg, graph, STAMPS, STATE, RECORDS);
    }

    /** Records the reference and consolidated graphs as built from {@code recorded} ({@link #RECORDED}, {@link #MARKED}). */
    static void stamp(DatasetGraph dsg, String recorded) {
        dsg.deleteAny(STATE, REFERENCE, BUILT_FROM, Node.ANY);
        dsg.deleteAny(STATE, CONSOLIDATED, BUILT_FROM, Node.ANY);
        Node lit = NodeFactory.createLiteralString(recorded);
        dsg.add(STATE, REFERENCE, BUILT_FROM, lit);
        dsg.add(STATE, CONSOLIDATED, BUILT_FROM, lit);
    }

    /** What a derived graph's record says ({@link #RECORDED}, {@link #MARKED}, or an old store's fingerprint), or null. */
    static String recorded(DatasetGraph dsg, Node derivedGraph) {
        var it = dsg.find(STATE, derivedGraph, BUILT_FROM, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** The article graphs now stored, by IRI. */
    static List<Node> articleGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI() && n.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX)) {
                out.add(n);
            }
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /**
     * Each article graph's {@code mkg:sha256} and {@code mkg:ingestedAt} values, tab-separated and
     * sorted, by graph IRI: two index scans by property. Only to read the record of a store from before.
     */
    static Map<String, String> digests(DatasetGraph dsg) {
        Map<String, List<String>> sha = values(dsg, MKG.sha256.asNode());
        Map<String, List<String>> at = values(dsg, MKG.ingestedAt.asNode());
        Map<String, String> out = new TreeMap<>();
        Set<String> graphs = new TreeSet<>(sha.keySet());
        graphs.addAll(at.keySet());
        for (String g : graphs) {
            StringBuilder d = new StringBuilder();
            sha.getOrDefault(g, List.of()).forEach(v -> d.append('\t').append(v));
            at.getOrDefault(g, List.of()).forEach(v -> d.append('\t').append(v));
            out.put(g, d.toString());
        }
        return out;
    }

    private static Map<String, List<String>> values(DatasetGraph dsg, Node p) {
        Map<String, List<String>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (ARTICLE.test(q.getGraph())) {
                out.computeIfAbsent(q.getGraph().getURI(), k -> new ArrayList<>()).add(q.getObject().toString());
            }
        });
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** The article set's fingerprint, from {@link #digests}, as stores from before recorded it. */
    static String fingerprint(Map<String, String> digests) {
        MessageDigest md = sha256();
        digests.forEach((g, d) -> {
            md.update(g.getBytes(StandardCharsets.UTF_8));
            md.update(d.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        });
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.missionkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.missionkg.consolidate.Consolidator;
import org.missionkg.consolidate.MissionSummaries;
import org.missionkg.consolidate.StoreClaims;
import org.missionkg.map.ReferenceData;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.ArticleStamps;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The graphs built from the article graphs (the reference graph, the consolidated graph and the
 * summary graph) and the record of which article set they were built from. The record is written
 * in the same transaction as the graphs, so a crash after an article commit and before the rebuild
 * leaves a record that no longer matches the articles: {@link #status} says so, and every command
 * that answers from the store calls {@link #ensureFresh} first.
 *
 * <p>The record keeps, per article graph, its {@code mkg:sha256} and {@code mkg:ingestedAt} values
 * as they were when it was consolidated: the ingest writes a new {@code ingestedAt} whenever it
 * replaces an article graph, so any stored change shows as a difference. {@link ArticleStamps}
 * compares the two as TDB2 node ids straight from the indexes and reads back only the graphs that
 * differ: at 100,000 articles the check costs a few hundred milliseconds, not the 5-10 s that
 * reading every value took. (Stores from before kept one fingerprint of the whole set; they are
 * recorded the new way on their next update, without rebuilding when the fingerprint still holds.)
 *
 * <p><b>Incremental.</b> Beside the stamps the record keeps, per article graph, what it fed into
 * consolidation (the missions of its claims, the people whose country it gives:
 * {@link StoreClaims.Touch}) and the missions it names (their summary lines). When articles
 * change, {@link #ensureFresh} recomputes only the missions they touch (now or before), and those
 * commanded by the people they speak of: consolidation is mission by mission, so the result equals
 * a full rebuild (tested), at a cost that grows with those missions, not with the store. With more
 * than {@value #INCREMENTAL_LIMIT} changed articles, or no per-article record (a store marked fresh
 * by hand), it rebuilds everything. This rests on one property of the mapped graphs: every article
 * graph types the entities it names, so whether an organisation is a country is stated in the graph
 * that names it.
 *
 * <pre>
 *   if (DerivedGraphs.ensureFresh(store)) { ... they were stale and have been brought up to date ... }
 * </pre>
 */
public final class DerivedGraphs {
    /** The predicate of the record: {@code <derived graph> mkg:builtFromArticles "what"} ({@link #RECORDED}, {@link #MARKED}). */
    static final Node BUILT_FROM = NodeFactory.createURI(Iris.ONTOLOGY_NS + "builtFromArticles");
    /** Per article graph, in stores from before the per-article stamps: {@code "\tsha256\tingestedAt"} as consolidated. */
    static final Node DIGEST = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedDigest");
    /** Per article graph: its {@code mkg:sha256} and {@code mkg:ingestedAt} values as consolidated (the same terms). */
    static final Node REC_SHA = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedSha256");
    static final Node REC_AT = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedIngestedAt");
    private static final List<Node> STAMPS = List.of(MKG.sha256.asNode(), MKG.ingestedAt.asNode());
    private static final List<Node> RECORDS = List.of(REC_SHA, REC_AT);
    /** The record's value when every article graph is recorded with what it fed in. */
    static final String RECORDED = "every article graph, as recorded in this graph";
    /** The record's value after {@link #markFresh}: the stamps are recorded, not what each article fed in. */
    static final String MARKED = "marked fresh by hand";
    /** Per article graph: a mission its claims are about. */
    static final Node FED_MISSION = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedMission");
    /** Per article graph: a person whose country it gives (role holding, command with a country). */
    static final Node FED_PERSON = NodeFactory.createURI(Iris.ONTOLOGY_NS + "consolidatedPerson");
    /** Per article graph: a mission it names, whose line in the summary graph it may change ({@link MissionSummaries#named}). */
    static final Node FED_SUMMARY = NodeFactory.createURI(Iris.ONTOLOGY_NS + "summarisedMission");
    /** Above this many changed articles a full rebuild is cheaper than recomputing their missions one by one. */
    static final int INCREMENTAL_LIMIT = 2000;

    private static final Node STATE = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
    private static final Node CONSOLIDATED = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
    private static final Node REFERENCE = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
    private static final Node SUMMARY = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    private static final Predicate<Node> ARTICLE = g -> g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH_PREFIX);

    /** Fresh: built from the articles now stored; stale: from another set; missing: never built (or the record is lost). */
    public enum Status { FRESH, STALE, MISSING }

    /**
     * How the last {@link #ensureFresh} went: what it did, how many missions it recomputed (-1: all), and
     * how long each step took ("check 1.2 s, claims 0.3 s, ..."), for benchmarks.
     */
    public record Update(String how, int changedArticles, int missions, String steps) {
    }

    private static volatile Update last = new Update("none", 0, 0, "");

    /** The steps of one update and the time each took, in the order they ran. */
    private static final class Steps {
        private final StringBuilder text = new StringBuilder();
        private long at = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(step)
                    .append(String.format(java.util.Locale.ROOT, " %.2f s", (now - at) / 1e9));
            at = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private DerivedGraphs() {
    }

    /** How the derived graphs stand against the article graphs now stored. */
    public static Status status(KnowledgeStore store) {
        return store.read(dsg -> {
            String recorded = recorded(dsg, CONSOLIDATED);
            if (legacy(recorded)) {
                // Recorded the old way (ensureFresh records the stamps the new way when it next runs).
                return recorded.equals(fingerprint(digests(dsg))) && recorded.equals(recorded(dsg, SUMMARY))
                        ? Status.FRESH : Status.STALE;
            }
            Set<String> changed = changed(dsg);
            if (recorded == null) {
                return changed.isEmpty() ? Status.FRESH : Status.MISSING;
            }
            String summarised = recorded(dsg, SUMMARY);
            if (summarised == null) {
                return Status.MISSING;
            }
            return changed.isEmpty() && summarised.equals(recorded) ? Status.FRESH : Status.STALE;
        });
    }

    /** What the last {@link #ensureFresh} or {@link #rebuild} in this process did (for benchmarks and tests). */
    public static Update lastUpdate() {
        return last;
    }

    /**
     * What the last {@link #ensureFresh} that changed anything did, in words for the user: a store
     * recorded the old way or from before the summary is only brought to the current format (no
     * fact changes), which is not the same news as derived graphs that were behind the articles.
     */
    public static String lastUpdateMessage() {
        return switch (last.how()) {
            case "stamps" -> "the store's record of its articles was in an older format: converted it (no facts changed)";
            case "summary" -> "the store had no missions summary (made before it existed): built it (no facts changed)";
            default -> "the derived graphs were behind the stored articles (an interrupted ingest?): rebuilt them";
        };
    }

    /**
     * Brings the derived graphs up to date when they are not: the missions the changed articles
     * touch, or everything (see above). True when it changed anything. One write transaction.
     */
    public static boolean ensureFresh(KnowledgeStore store) {
        // Read first, and write only when stale: commands that only answer questions (query, ask, export, serve)
        // take no write transaction. The read is promoted to the write, so the article set is read once.
        Steps steps = new Steps();
        Boolean done = store.readPromoting((dsg, promote) -> {
            Set<String> changed = changed(dsg);
            steps.done("check");
            if (fresh(dsg, changed)) {
                return false;
            }
            return promote.getAsBoolean() ? update(dsg, changed, steps) : null;
        });
        if (done == null) {
            // Another write came between the read and the promotion: start again in a write transaction.
            done = store.write(dsg -> {
                Set<String> changed = changed(dsg);
                return !fresh(dsg, changed) && update(dsg, changed, steps);
            });
        }
        return done;
    }

    /** The article graphs whose stamps differ from the record: new, replaced or removed since the last update. */
    private static Set<String> changed(DatasetGraph dsg) {
        return ArticleStamps.changed(dsg, STAMPS, STATE, RECORDS, ARTICLE);
    }

    private static boolean fresh(DatasetGraph dsg, Set<String> changed) {
        String recorded = recorded(dsg, CONSOLIDATED);
        if (recorded == null) {
            return changed.isEmpty();
        }
        return !legacy(recorded) && changed.isEmpty() && recorded.equals(recorded(dsg, SUMMARY));
    }

    /** A record from before the per-article stamps: the article set's fingerprint (64 hex digits). */
    private static boolean legacy(String recorded) {
        return recorded != null && recorded.matches("[0-9a-f]{64}");
    }

    /** Brings the stale derived graphs up to date, inside a write transaction; true. */
    private static boolean update(DatasetGraph dsg, Set<String> changed, Steps steps) {
        String recorded = recorded(dsg, CONSOLIDATED);
        if (legacy(recorded)) {
            if (recorded.equals(fingerprint(digests(dsg)))) {
                // Built from the articles now stored, recorded the old way: record their stamps, keep what they fed in.
                dsg.deleteAny(STATE, Node.ANY, DIGEST, Node.ANY);
                articleGraphs(dsg).forEach(g -> ArticleStamps.record(dsg, g, STAMPS, STATE, RECORDS));
                boolean summaryInStep = recorded.equals(recorded(dsg, SUMMARY));
                stamp(dsg, RECORDED);
                if (summaryInStep) {
                    dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
                    dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(RECORDED));
                } else {
                    summaryFull(dsg, RECORDED);
                }
                steps.done("stamps recorded");
                last = new Update("stamps", 0, -1, steps.toString());
            } else {
                full(dsg);
                steps.done("full");
                last = new Update("full", changed.size(), -1, steps.toString());
            }
            return true;
        }
        if (recorded != null && changed.isEmpty()) {
            // Only the summary is behind (a store from before it existed).
            summaryFull(dsg, recorded);
            steps.done("summary");
            last = new Update("summary", 0, -1, steps.toString());
            return true;
        }
        if (!RECORDED.equals(recorded) || changed.size() > INCREMENTAL_LIMIT) {
            full(dsg);
            steps.done("full");
            last = new Update("full", changed.size(), -1, steps.toString());
        } else {
            int missions = incremental(dsg, changed, steps);
            last = new Update("incremental", changed.size(), missions, steps.toString());
        }
        return true;
    }

    /**
     * Rebuilds the reference graph (gazetteer, schemes) and the consolidated graph from all
     * article graphs, and records the article set they came from, all in one write transaction.
     */
    public static void rebuild(KnowledgeStore store) {
        store.write(dsg -> {
            int articles = full(dsg);
            last = new Update("full", articles, -1, "");
            return null;
        });
    }

    /** Rebuilds every derived graph and the record; returns how many article graphs there are. */
    private static int full(DatasetGraph dsg) {
        StoreClaims.All all = StoreClaims.all(dsg, ARTICLE);
        Model consolidated = new Consolidator().consolidate(all.model());
        KnowledgeStore.replace(dsg, REFERENCE, ReferenceData.graph(Gazetteer.bundled().model()).getGraph());
        KnowledgeStore.replace(dsg, CONSOLIDATED, consolidated.getGraph());
        dsg.removeGraph(STATE);
        List<Node> graphs = articleGraphs(dsg);
        graphs.forEach(g -> record(dsg, g, all.touches().get(g)));
        stamp(dsg, RECORDED);
        summaryFull(dsg, RECORDED);
        return graphs.size();
    }

    /** Writes the whole summary graph anew, with what each article graph named, and stamps it as the consolidated graph is. */
    private static void summaryFull(DatasetGraph dsg, String recorded) {
        MissionSummaries.rebuild(dsg);
        dsg.deleteAny(STATE, Node.ANY, FED_SUMMARY, Node.ANY);
        MissionSummaries.namedByGraph(dsg, ARTICLE).forEach((g, missions) ->
                missions.forEach(m -> dsg.add(STATE, g, FED_SUMMARY, NodeFactory.createURI(m))));
        dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
        dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(recorded));
    }

    /** Recomputes the missions the changed articles touch; returns how many. */
    private static int incremental(DatasetGraph dsg, Set<String> changed, Steps steps) {
        Set<String> missions = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        Map<String, Set<String>> namedNow = new HashMap<>();
        for (String g : changed) {
            Node gn = NodeFactory.createURI(g);
            dsg.find(STATE, gn, FED_MISSION, Node.ANY).forEachRemaining(q -> missions.add(q.getObject().getURI()));
            dsg.find(STATE, gn, FED_PERSON, Node.ANY).forEachRemaining(q -> people.add(q.getObject().getURI()));
            dsg.find(STATE, gn, FED_SUMMARY, Node.ANY).forEachRemaining(q -> named.add(q.getObject().getURI()));
            if (dsg.containsGraph(gn)) {
                Graph article = dsg.getGraph(gn);
                StoreClaims.Touch t = StoreClaims.touch(article);
                missions.addAll(t.missions());
                people.addAll(t.people());
                Set<String> n = new TreeSet<>();
                MissionSummaries.named(article, n);
                namedNow.put(g, n);
                named.addAll(n);
            }
        }
        boolean summaryInStep = recorded(dsg, CONSOLIDATED).equals(recorded(dsg, SUMMARY));
        // A person's country decides how their last command may end (Timelines): every mission they command.
        for (String p : people) {
            dsg.find(Node.ANY, Node.ANY, MKG.commander.asNode(), NodeFactory.createURI(p)).forEachRemaining(q -> {
                if (ARTICLE.test(q.getGraph())) {
                    dsg.find(q.getGraph(), q.getSubject(), MKG.mission.asNode(), Node.ANY)
                            .forEachRemaining(m -> missions.add(m.getObject().getURI()));
                }
            });
        }
        steps.done("touched");
        StoreClaims.Slice slice = StoreClaims.forMissions(dsg, missions, ARTICLE);
        steps.done("claims " + slice.claims().size());
        Graph part = new Consolidator().consolidate(slice.claims(), slice.people()).getGraph();
        steps.done("consolidate");
        Set<Node> missionNodes = new HashSet<>();
        missions.forEach(m -> missionNodes.add(NodeFactory.createURI(m)));
        // What the consolidated graph holds for these missions now: their nodes and the derived values they link.
        Set<Triple> old = new HashSet<>();
        for (Node m : missionNodes) {
            List<Node> subjects = new ArrayList<>();
            dsg.find(CONSOLIDATED, Node.ANY, MKG.mission.asNode(), m).forEachRemaining(q -> subjects.add(q.getSubject()));
            for (Node s : subjects) {
                dsg.find(CONSOLIDATED, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    old.add(q.asTriple());
                    if (q.getPredicate().equals(MKG.derivation.asNode())) {
                        dsg.find(CONSOLIDATED, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(d -> old.add(d.asTriple()));
                    }
                });
            }
        }
        // What it should hold: only what belongs to the missions recomputed (a claim naming two missions would bring
        // another's part).
        Set<Node> keep = new HashSet<>();
        part.find(Node.ANY, MKG.mission.asNode(), Node.ANY).forEachRemaining(t -> {
            if (missionNodes.contains(t.getObject())) {
                keep.add(t.getSubject());
                part.find(t.getSubject(), MKG.derivation.asNode(), Node.ANY).forEachRemaining(d -> keep.add(d.getObject()));
            }
        });
        Set<Triple> fresh = new HashSet<>();
        part.find().forEachRemaining(t -> {
            if (keep.contains(t.getSubject())) {
                fresh.add(t);
            }
        });
        // Write the difference only: one new article changes a few triples of a mission that has thousands.
        List<Triple> gone = old.stream().filter(t -> !fresh.contains(t)).toList();
        List<Triple> added = fresh.stream().filter(t -> !old.contains(t)).toList();
        gone.forEach(t -> dsg.delete(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dsg.add(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
        steps.done("write of " + old.size() + " -" + gone.size() + " +" + added.size());
        for (String g : changed) {
            Node gn = NodeFactory.createURI(g);
            dsg.deleteAny(STATE, gn, Node.ANY, Node.ANY);
            if (dsg.containsGraph(gn)) {
                record(dsg, gn, StoreClaims.touch(dsg.getGraph(gn)));
            }
        }
        if (summaryInStep) {
            // A mission's line changes with the graphs that name it, and with its consolidated facts' dates.
            named.addAll(missions);
            MissionSummaries.update(dsg, named);
            namedNow.forEach((g, n) -> n.forEach(m -> dsg.add(STATE, NodeFactory.createURI(g), FED_SUMMARY, NodeFactory.createURI(m))));
        } else {
            summaryFull(dsg, RECORDED);
        }
        steps.done("summary " + named.size());
        return missions.size();
    }

    private static void record(DatasetGraph dsg, Node graph, StoreClaims.Touch touch) {
        ArticleStamps.record(dsg, graph, STAMPS, STATE, RECORDS);
        if (touch != null) {
            touch.missions().forEach(m -> dsg.add(STATE, graph, FED_MISSION, NodeFactory.createURI(m)));
            touch.people().forEach(p -> dsg.add(STATE, graph, FED_PERSON, NodeFactory.createURI(p)));
        }
    }

    private static void stamp(DatasetGraph dsg, String recorded) {
        dsg.deleteAny(STATE, REFERENCE, BUILT_FROM, Node.ANY);
        dsg.deleteAny(STATE, CONSOLIDATED, BUILT_FROM, Node.ANY);
        Node lit = NodeFactory.createLiteralString(recorded);
        dsg.add(STATE, REFERENCE, BUILT_FROM, lit);
        dsg.add(STATE, CONSOLIDATED, BUILT_FROM, lit);
    }

    /**
     * Records the derived graphs now stored as built from the articles now stored, without
     * rebuilding them: for stores assembled by other means (test fixtures, a restored export)
     * whose derived graphs are known to match.
     */
    public static void markFresh(KnowledgeStore store) {
        store.write(dsg -> {
            dsg.removeGraph(STATE);
            // The stamps only: what each article fed in is not known, so the next change rebuilds everything.
            articleGraphs(dsg).forEach(g -> ArticleStamps.record(dsg, g, STAMPS, STATE, RECORDS));
            stamp(dsg, MARKED);
            // The summary is read off the graphs as they are, so it is built here rather than assumed.
            summaryFull(dsg, MARKED);
            return null;
        });
    }

    /** What the status means, in one line for people. */
    public static String describe(Status status) {
        return switch (status) {
            case FRESH -> "derived graphs (reference, consolidated, summary): built from the articles now stored";
            case STALE -> "derived graphs (reference, consolidated, summary): STALE, built from another set of articles; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve rebuilds them)";
            case MISSING -> "derived graphs (reference, consolidated, summary): MISSING, never built for the articles stored; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve builds them)";
        };
    }

    /** What a derived graph's record says ({@link #RECORDED}, {@link #MARKED}, or an old store's fingerprint), or null. */
    private static String recorded(DatasetGraph dsg, Node derivedGraph) {
        var it = dsg.find(STATE, derivedGraph, BUILT_FROM, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

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

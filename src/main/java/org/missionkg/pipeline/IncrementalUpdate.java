package org.missionkg.pipeline;

import static org.missionkg.pipeline.BuildRecord.ARTICLE;
import static org.missionkg.pipeline.BuildRecord.CONSOLIDATED;
import static org.missionkg.pipeline.BuildRecord.FED_MISSION;
import static org.missionkg.pipeline.BuildRecord.FED_PERSON;
import static org.missionkg.pipeline.BuildRecord.FED_SUMMARY;
import static org.missionkg.pipeline.BuildRecord.RECORDED;
import static org.missionkg.pipeline.BuildRecord.STATE;
import static org.missionkg.pipeline.BuildRecord.SUMMARY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.missionkg.consolidate.ArticleOrder;
import org.missionkg.consolidate.ClaimRows;
import org.missionkg.consolidate.Consolidator;
import org.missionkg.consolidate.MissionSummaries;
import org.missionkg.consolidate.StoreClaims;
import org.missionkg.consolidate.StoredAnswers;
import org.missionkg.consolidate.SummaryPart;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The incremental update of the derived graphs: recomputes only the missions the changed article
 * graphs touch (now or, by the record, before) and those commanded by the people they speak of,
 * and writes the difference to the consolidated graph, the summary lines and the record.
 * Consolidation is mission by mission, so this equals a full rebuild (IncrementalConsolidationTest);
 * {@link DerivedGraphs} decides when it is used instead of one.
 */
final class IncrementalUpdate {
    private IncrementalUpdate() {
    }

    /** Recomputes the missions the changed articles touch, inside the caller's write transaction; returns how many. */
    static int run(DatasetGraph dsg, Set<String> changed, UpdateSteps steps) {
        Set<String> missions = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        Map<String, Set<String>> namedNow = new HashMap<>();
        Map<String, Set<Node>> givesCountryNow = new HashMap<>();
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
                t.people().forEach(p -> givesCountryNow.computeIfAbsent(p, k -> new HashSet<>()).add(gn));
                Set<String> n = new TreeSet<>();
                MissionSummaries.named(article, n);
                namedNow.put(g, n);
                named.addAll(n);
            }
        }
        boolean summaryInStep = BuildRecord.recorded(dsg, CONSOLIDATED).equals(BuildRecord.recorded(dsg, SUMMARY));
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
        Set<Node> missionNodes = new HashSet<>();
        missions.forEach(m -> missionNodes.add(NodeFactory.createURI(m)));
        // What the consolidated graph holds for these missions now, read on another thread in a read transaction
        // while this one reads the claims: nothing is written before both are in, so both see the same committed
        // state (TDB2 lets readers run beside the writer). For the largest mission at 100k each is seconds.
        // (Only on TDB2: a dataset with one lock for readers and writers would block the reader until this commits.)
        CompletableFuture<Set<Triple>> oldRead = TDBInternal.isTDB2(dsg)
                ? CompletableFuture.supplyAsync(() -> Txn.calculateRead(dsg, () -> consolidatedOf(dsg, missionNodes)), OLD_READER)
                : CompletableFuture.completedFuture(consolidatedOf(dsg, missionNodes));
        Set<String> lineMissions = new TreeSet<>(named);
        lineMissions.addAll(missions);
        // What the changed graphs gave the summary lines before (their recorded parts) and give now, read before
        // the record of them is rewritten below.
        SummaryDelta summary = summaryInStep ? new SummaryDelta() : null;
        if (summary != null) {
            for (String g : changed) {
                Node gn = NodeFactory.createURI(g);
                BuildRecord.summaryParts(dsg, gn).values().forEach(e -> summary.gone(e.getKey()));
                if (dsg.containsGraph(gn)) {
                    summary.nowOf(gn, SummaryPart.of(dsg.getGraph(gn)).values());
                }
            }
        }
        // The missions' claims: their lines in the record, less those of the changed articles, and what the changed
        // articles say now, read from their graphs. (Reading every claim back from the article graphs instead took
        // 16-20 s for the largest mission at 100k in a fresh process: two index look-ups per claim.)
        List<ClaimRows.Row> before = new ArrayList<>();
        List<String> claimLines = new ArrayList<>();
        for (String m : missions) {
            for (ClaimRows.Row r : BuildRecord.lines(dsg, m)) {
                if (changed.contains(r.graph())) {
                    before.add(r);
                } else {
                    claimLines.add(r.text());
                }
            }
        }
        List<ClaimRows.Row> now = new ArrayList<>();
        for (String g : changed) {
            Node gn = NodeFactory.createURI(g);
            if (dsg.containsGraph(gn)) {
                now.addAll(ClaimRows.of(StoreClaims.ofGraph(dsg.getGraph(gn)), fact -> g));
            }
        }
        now.forEach(r -> claimLines.add(r.text()));
        steps.done("claims " + claimLines.size());
        // Whose country which graph gives: the record's, and the changed graphs' as they are now (the record of them is
        // still the old one; a graph it names that gives nothing any more reads as nothing).
        Model countries = StoreClaims.people(dsg, ClaimRows.commanders(claimLines), person -> {
            Set<Node> graphs = new HashSet<>(givesCountryNow.getOrDefault(person.getURI(), Set.of()));
            dsg.find(STATE, Node.ANY, FED_PERSON, person).forEachRemaining(q -> graphs.add(q.getSubject()));
            return graphs;
        }, ARTICLE);
        steps.done("people " + countries.size());
        Graph part = new Consolidator().consolidateRows(claimLines, countries).getGraph();
        steps.done("consolidate");
        Set<Triple> old;
        try {
            old = oldRead.join();
        } catch (RuntimeException e) {
            // A dataset that cannot start a reader beside its writer: read it here instead.
            old = consolidatedOf(dsg, missionNodes);
        }
        steps.done("old read");
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
        Set<Triple> was = old;
        List<Triple> gone = old.stream().filter(t -> !fresh.contains(t)).toList();
        List<Triple> added = fresh.stream().filter(t -> !was.contains(t)).toList();
        gone.forEach(t -> dsg.delete(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dsg.add(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
        steps.done("write of " + old.size() + " -" + gone.size() + " +" + added.size());
        // The changed articles' claim lines: an unchanged line stays as it is.
        Set<String> nowText = new HashSet<>();
        now.forEach(r -> nowText.add(r.text()));
        Set<String> beforeText = new HashSet<>();
        before.forEach(r -> beforeText.add(r.text()));
        BuildRecord.removeLines(dsg, before.stream().filter(r -> !nowText.contains(r.text())).toList());
        BuildRecord.addLines(dsg, now.stream().filter(r -> !beforeText.contains(r.text())).toList());
        for (String g : changed) {
            Node gn = NodeFactory.createURI(g);
            dsg.deleteAny(STATE, gn, Node.ANY, Node.ANY);
            if (dsg.containsGraph(gn)) {
                BuildRecord.record(dsg, gn, StoreClaims.touch(dsg.getGraph(gn)));
            }
        }
        if (summary != null) {
            // The recomputed missions' parts from the consolidated graph: the days of their merged facts.
            Map<String, Map.Entry<SummaryPart, Node>> consolidatedParts = BuildRecord.summaryParts(dsg, CONSOLIDATED);
            Graph freshGraph = GraphFactory.createGraphMem();
            fresh.forEach(freshGraph::add);
            for (String m : missions) {
                Map.Entry<SummaryPart, Node> e = consolidatedParts.get(m);
                if (e != null) {
                    summary.gone(e.getKey());
                    dsg.delete(STATE, CONSOLIDATED, BuildRecord.SUMMARY_PART, e.getValue());
                }
                SummaryPart p = SummaryPart.of(freshGraph, NodeFactory.createURI(m));
                if (!p.empty()) {
                    summary.nowOf(CONSOLIDATED, List.of(p));
                }
            }
            // The changed articles' places in the start page's list (the others keep theirs).
            changed.forEach(g -> ArticleOrder.rewrite(dsg, NodeFactory.createURI(g)));
            int recounted = summary.write(dsg, lineMissions);
            steps.done("summary " + lineMissions.size() + (recounted > 0 ? " (" + recounted + " grouped anew)" : ""));
            namedNow.forEach((g, n) -> n.forEach(m -> dsg.add(STATE, NodeFactory.createURI(g), FED_SUMMARY, NodeFactory.createURI(m))));
        } else {
            DerivedGraphs.summaryFull(dsg, RECORDED);
            steps.done("summary (all)");
        }
        // The stored answers of every mission whose rows can have changed: those recomputed, and those the changed
        // articles name (a troop count names its mission without being a claim consolidation merges). Last: some
        // questions read the consolidated graph as written above.
        // A claim table keeps the rows of the unchanged articles: only the changed articles' rows are asked for.
        Set<String> changedIds = new TreeSet<>();
        changed.forEach(g -> changedIds.add(Iris.articleIdOfGraph(g)));
        Set<Node> changedNodes = new HashSet<>();
        gone.forEach(t -> changedNodes.add(t.getSubject()));
        added.forEach(t -> changedNodes.add(t.getSubject()));
        StoredAnswers.Tally answers = StoredAnswers.update(dsg, lineMissions, changedIds, changedNodes);
        steps.done("stored answers " + lineMissions.size() + " (" + answers + ")");
        return missions.size();
    }

    /**
     * What the changed graphs take from and give to the missions' summary sums ({@link SummaryPart}): the
     * sums are brought up to date by that difference, and grouped anew from the store only for a mission
     * whose first or last day or label went with a part that is gone.
     */
    private static final class SummaryDelta {
        private final Map<String, List<SummaryPart>> gone = new HashMap<>();
        private final Map<String, List<SummaryPart>> come = new HashMap<>();
        private final Map<Node, List<SummaryPart>> parts = new HashMap<>();

        void gone(SummaryPart p) {
            gone.computeIfAbsent(p.mission(), k -> new ArrayList<>()).add(p);
        }

        /** What a graph gives now (recorded as its parts when written). */
        void nowOf(Node graph, Collection<SummaryPart> now) {
            for (SummaryPart p : now) {
                come.computeIfAbsent(p.mission(), k -> new ArrayList<>()).add(p);
                parts.computeIfAbsent(graph, k -> new ArrayList<>()).add(p);
            }
        }

        /** Writes the new parts, the sums and the lines of these missions (every mission a part went from or came to); how many were grouped anew. */
        int write(DatasetGraph dsg, Set<String> missions) {
            parts.forEach((g, ps) -> ps.forEach(p -> BuildRecord.addSummaryPart(dsg, g, p)));
            Map<String, SummaryPart> sums = new TreeMap<>();
            Set<String> unknown = new TreeSet<>();
            // Every mission a part went from or came to is among those named, by how both are read; taken in all the same.
            Set<String> all = new TreeSet<>(missions);
            all.addAll(gone.keySet());
            all.addAll(come.keySet());
            for (String m : all) {
                SummaryPart was = BuildRecord.summarySum(dsg, m);
                SummaryPart sum = (was != null ? was : new SummaryPart(m, 0, 0, null, null, null))
                        .without(gone.getOrDefault(m, List.of()), come.getOrDefault(m, List.of()));
                if (sum == null) {
                    unknown.add(m);
                } else {
                    sums.put(m, sum);
                }
            }
            Map<String, SummaryPart> grouped = MissionSummaries.sums(dsg, unknown);
            for (String m : unknown) {
                sums.put(m, grouped.getOrDefault(m, new SummaryPart(m, 0, 0, null, null, null)));
            }
            for (SummaryPart sum : sums.values()) {
                if (sum.empty()) {
                    BuildRecord.removeSummarySum(dsg, sum.mission());
                } else {
                    BuildRecord.setSummarySum(dsg, sum);
                }
                MissionSummaries.writeLine(dsg, sum);
            }
            return unknown.size();
        }
    }

    /** One daemon thread for {@link #consolidatedOf} (the update runs in one thread at a time: it holds the write transaction). */
    private static final Executor OLD_READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "consolidated-reader");
        t.setDaemon(true);
        return t;
    });

    /** What the consolidated graph holds for these missions: their nodes and the derived values they link. */
    private static Set<Triple> consolidatedOf(DatasetGraph dsg, Set<Node> missionNodes) {
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
        return old;
    }
}

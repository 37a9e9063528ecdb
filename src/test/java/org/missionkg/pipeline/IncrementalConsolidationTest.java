package org.missionkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * Bringing the consolidated graph up to date for a few changed articles recomputes only their
 * missions, and gives exactly what a full rebuild gives: after new articles, an article that
 * tells a commander's country, an article replaced with fewer facts, and an article removed.
 */
class IncrementalConsolidationTest {
    static final SyntheticCorpus CORPUS = SyntheticCorpus.create(5);

    @TempDir
    Path tmp;

    /** A store in its own folder holding the corpus's first articles, its derived graphs built in full. */
    private KnowledgeStore builtStore(String folder, int articles) {
        return builtStoreIn(tmp.resolve(folder), articles);
    }

    /** A store in this folder holding the corpus's first articles, its derived graphs built in full (ArticleCountsTest too). */
    static KnowledgeStore builtStoreIn(Path folder, int articles) {
        KnowledgeStore store = KnowledgeStore.open(folder);
        try {
            store.replaceGraphs(CORPUS.articleGraphs(0, articles));
            DerivedGraphs.rebuild(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** How many missions an update grouped anew ("summary 5 (1 grouped anew)"), 0 when none. */
    private static int regrouped(DerivedGraphs.Update u) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) grouped anew\\)").matcher(u.steps());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Makes the build record say every derived graph was built from {@code from}, as an older store wrote it. */
    private static void recordBuiltFrom(org.apache.jena.sparql.core.DatasetGraph dsg, String from) {
        Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
        for (String g : List.of(Iris.REFERENCE_GRAPH, Iris.CONSOLIDATED_GRAPH, Iris.SUMMARY_GRAPH)) {
            dsg.deleteAny(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, Node.ANY);
            dsg.add(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, NodeFactory.createLiteralString(from));
        }
    }

    @Test
    void incrementalEqualsFullRebuildAfterEachKindOfChange() {
        try (KnowledgeStore store = builtStore("store", 200)) {
            int missionsInStore = store.read(dsg -> {
                Set<Node> m = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
                dsg.find(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), Node.ANY, MKG.mission.asNode(), Node.ANY)
                        .forEachRemaining(q -> m.add(q.getObject()));
                return m.size();
            });

            // New articles.
            for (int i = 200; i < 205; i++) {
                put(store, CORPUS.item(i));
            }
            DerivedGraphs.Update added = assertSameAsFullRebuild(store, "five new articles");
            // New articles add their own parts, but a new claim can move a consolidated fact's derived day (the
            // gazetteer's Operation Cabrit: its consolidated first day went from 1 to 15 July 1998), and a first
            // day that went needs the mission grouped anew. Never more missions than the new articles touch; the
            // result equals a full rebuild either way (checked above).
            assertTrue(regrouped(added) <= added.missions(), "new articles regroup only missions they touch: " + added);
            assertTrue(DerivedGraphs.lastUpdate().missions() < missionsInStore,
                    DerivedGraphs.lastUpdate() + " of " + missionsInStore + " missions");

            // An article that says which country a commander serves: their country decides how
            // their last command may end (end-from-lead-nation-handover), in every mission they command.
            SyntheticCorpus.Item some = CORPUS.item(17);
            CommandTenure command = (CommandTenure) some.facts().stream().filter(f -> f instanceof CommandTenure).findFirst().orElseThrow();
            EntityRef country = new EntityRef(EntityKind.COUNTRY, "denmark", "Denmark");
            String text = command.commander().label() + " is the Chief of Defence of Denmark.";
            var article = new org.missionkg.model.Article("nationality-1", "test/nationality-1.txt", text,
                    new org.missionkg.model.ArticleMeta("Chief", "Test", null, null, null, "en", java.util.Map.of()), "0".repeat(64));
            Fact role = new RoleHolding(command.commander(), "Chief of Defence", country,
                    new Provenance("nationality-1", Evidence.of(text, 0, text.length(), text), 0.9, "test.role", null));
            store.replaceGraph(Iris.articleGraph("nationality-1"),
                    ArticleGraphMapper.create("t").map(article, List.of(role), Instant.now()).getGraph());
            assertSameAsFullRebuild(store, "a commander's country");

            // Claims joining a tenure that others already state, one agreeing and one disagreeing on its start: the
            // tenure keeps its IRI (named by its smallest claim) unless a new claim sorts first, and a disagreement is
            // one conflict named by its aspect, mission and subject; the same as a full rebuild names them.
            String tenure = factWithClaim(store, claimOf(CORPUS.graph(some).getGraph(), command));
            String smallest = smallestClaim(store, tenure);
            String startConflict = Iris.consolidated("conflict", "start " + Iris.entity(command.mission()) + " "
                    + Iris.entity(command.commander()));
            Map<String, String> figuresBefore = figures(store, startConflict);
            Map<String, String> joiningClaims = new TreeMap<>();
            Map<String, Map<String, String>> figuresAfter = new TreeMap<>();
            // The disagreeing starts lie before any date the synthetic corpus gives (its histories begin in 1995 or
            // later), so each is the value that ends first, side A, whichever mission the gazetteer puts here.
            for (String[] said2 : List.of(new String[] {"joining-1", null}, new String[] {"joining-2", "1969-02"},
                    new String[] {"joining-3", "1968-05"})) {
                String text2 = command.commander().label() + " has commanded " + command.mission().label() + " since "
                        + (said2[1] == null ? command.start() : said2[1]) + ".";
                var joining = new org.missionkg.model.Article(said2[0], "test/" + said2[0] + ".txt", text2,
                        new org.missionkg.model.ArticleMeta("Joining", "Test", null, null, null, "en", java.util.Map.of()), "2".repeat(64));
                CommandTenure same = new CommandTenure(command.commander(), command.mission(), null,
                        said2[1] == null ? command.start() : org.missionkg.model.FuzzyDate.parse(said2[1]), command.end(),
                        new Provenance(said2[0], Evidence.of(text2, 0, text2.length(), text2), 0.9, "test.command", null));
                Graph g = ArticleGraphMapper.create("t").map(joining, List.<Fact>of(same), Instant.now()).getGraph();
                store.replaceGraph(Iris.articleGraph(said2[0]), g);
                String newClaim = claimOf(g, same);
                joiningClaims.put(said2[0], newClaim);
                assertSameAsFullRebuild(store, "a claim joining a tenure (" + said2[0] + ")");
                figuresAfter.put(said2[0], figures(store, startConflict));
                String after = factWithClaim(store, newClaim);
                if (after.equals(factWithClaim(store, smallest)) && newClaim.compareTo(smallest) > 0) {
                    assertEquals(tenure, after, said2[0] + ": a tenure keeps its IRI when a claim that sorts later joins it");
                }
                tenure = after;
                smallest = smallestClaim(store, after);
            }
            store.read(dsg -> {
                Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
                int[] conflicts = {0};
                dsg.find(consolidated, Node.ANY, RDF.type.asNode(), MKG.Conflict.asNode()).forEachRemaining(q -> {
                    Node c = q.getSubject();
                    String key = one(dsg, c, MKG.aspect.asNode()).getLiteralLexicalForm() + " " + one(dsg, c, MKG.mission.asNode()).getURI()
                            + " " + one(dsg, c, MKG.subject.asNode()).getURI();
                    assertEquals(Iris.consolidated("conflict", key), c.getURI(), "a conflict is named by what it is about");
                    conflicts[0]++;
                });
                assertTrue(conflicts[0] > 0, "the disagreeing start makes a conflict");
                return null;
            });
            // joining-2 made the start conflict (or joined it) and joining-3 joined it: one more claim and one more value
            // each time, and the value that ends first (side A) is the newest's.
            Map<String, String> made = figuresAfter.get("joining-2");
            Map<String, String> joined = figuresAfter.get("joining-3");
            assertTrue(made != null, "a disagreeing start makes a conflict on the tenure's start");
            assertEquals(figuresBefore, figuresAfter.get("joining-1"), "an agreeing claim makes no conflict and changes none");
            assertEquals(joiningClaims.get("joining-2"), made.get("sideA"), "side A: " + made);
            assertEquals(joiningClaims.get("joining-3"), joined.get("sideA"), "side A: " + joined);
            assertEquals(Integer.parseInt(made.get("claimCount")) + 1, Integer.parseInt(joined.get("claimCount")), joined.toString());
            assertEquals(Integer.parseInt(made.get("valueCount")) + 1, Integer.parseInt(joined.get("valueCount")), joined.toString());
            // Both disagreeing claims removed: the conflict is as it was before them (gone if they made it).
            store.removeGraph(Iris.articleGraph("joining-3"));
            store.removeGraph(Iris.articleGraph("joining-2"));
            assertSameAsFullRebuild(store, "the disagreeing claims removed");
            assertEquals(figuresBefore, figures(store, startConflict), "the conflict as before the disagreeing claims");

            // An article replaced by a version with fewer facts (its command claims gone).
            SyntheticCorpus.Item changed = CORPUS.item(3);
            Model fewer = CORPUS.graph(changed);
            List<Resource> commands = fewer.listResourcesWithProperty(RDF.type, MKG.CommandTenure).toList();
            commands.forEach(c -> fewer.removeAll(c, null, null));
            Resource a = fewer.getResource(Iris.article(changed.article().id()));
            a.removeAll(MKG.ingestedAt).addLiteral(MKG.ingestedAt, fewer.createTypedLiteral("2026-02-02T00:00:00Z",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            // ... and a corrected publication date: its place in the start page's list moves with it.
            a.removeAll(org.apache.jena.vocabulary.SchemaDO.datePublished).addLiteral(org.apache.jena.vocabulary.SchemaDO.datePublished,
                    fewer.createTypedLiteral("1990-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth));
            store.replaceGraph(Iris.articleGraph(changed.article().id()), fewer.getGraph());
            assertSameAsFullRebuild(store, "an article replaced");
            assertEquals(List.of("1990-01"), listDays(store, Iris.article(changed.article().id())));

            // An article removed.
            assertEquals(1, listDays(store, Iris.article(CORPUS.item(11).article().id())).size());
            store.removeGraph(Iris.articleGraph(CORPUS.item(11).article().id()));
            assertSameAsFullRebuild(store, "an article removed");
            assertEquals(List.of(), listDays(store, Iris.article(CORPUS.item(11).article().id())), "its place in the list is gone");

            // A mission no other graph names (not in the gazetteer): its summary line comes with the article and goes with it.
            EntityRef newMission = new EntityRef(EntityKind.MISSION, "operation-summary-test", "Operation Summary Test");
            String said = command.commander().label() + " commands Operation Summary Test since March 2021.";
            var only = new org.missionkg.model.Article("new-mission-1", "test/new-mission-1.txt", said,
                    new org.missionkg.model.ArticleMeta("New", "Test", null, null, null, "en", java.util.Map.of()), "1".repeat(64));
            Fact newTenure = new CommandTenure(command.commander(), newMission, null, org.missionkg.model.FuzzyDate.parse("2021-03"), null,
                    new Provenance("new-mission-1", Evidence.of(said, 0, said.length(), said), 0.9, "test.command", null));
            store.replaceGraph(Iris.articleGraph("new-mission-1"),
                    ArticleGraphMapper.create("t").map(only, List.of(newTenure), Instant.now()).getGraph());
            assertSameAsFullRebuild(store, "a new mission");
            assertTrue(summaryNames(store, Iris.entity(newMission)), "the new mission has its line");
            store.removeGraph(Iris.articleGraph("new-mission-1"));
            DerivedGraphs.Update removed = assertSameAsFullRebuild(store, "the new mission's one article removed");
            assertTrue(removed.steps().contains("grouped anew"), "the label and days that went with the article are grouped from the store: " + removed);
            assertTrue(!summaryNames(store, Iris.entity(newMission)), "the new mission's line is gone");
        }
    }

    @Test
    void aStoreRecordedTheOldWayIsRecordedAnewWithoutARebuildThenUpdatedIncrementally() {
        try (KnowledgeStore store = builtStore("old", 60)) {
            // What a store from before holds: one digest literal per article graph and the set's fingerprint.
            Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
            store.write(dsg -> {
                java.util.Map<String, String> now = BuildRecord.digests(dsg);
                dsg.deleteAny(state, Node.ANY, BuildRecord.REC_SHA, Node.ANY);
                dsg.deleteAny(state, Node.ANY, BuildRecord.REC_AT, Node.ANY);
                now.forEach((g, d) -> dsg.add(state, NodeFactory.createURI(g), BuildRecord.DIGEST, NodeFactory.createLiteralString(d)));
                recordBuiltFrom(dsg, BuildRecord.fingerprint(now));
                withoutOrder(dsg);
                return null;
            });
            Graph consolidatedBefore = derived(store, Iris.CONSOLIDATED_GRAPH);
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("stamps", DerivedGraphs.lastUpdate().how());
            // the user is told of a format change, not of derived graphs that were behind
            assertTrue(DerivedGraphs.lastUpdateMessage().contains("older format"), DerivedGraphs.lastUpdateMessage());
            assertTrue(consolidatedBefore.isIsomorphicWith(derived(store, Iris.CONSOLIDATED_GRAPH)));
            assertEquals(1, listDays(store, Iris.article(CORPUS.item(0).article().id())).size(), "the start page's list is written");
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(!DerivedGraphs.ensureFresh(store), "nothing left to do");
            // Its consolidated graph names facts the older way: the next change rebuilds it in full, and says why.
            put(store, CORPUS.item(60));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("format", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdateMessage().contains("older way"), DerivedGraphs.lastUpdateMessage());
            put(store, CORPUS.item(61));
            assertSameAsFullRebuild(store, "a new article after the old record");
        }
    }

    @Test
    void claimLinesKeptThroughUpdatesInARowAndWrittenForAStoreRecordedWithoutThem() {
        try (KnowledgeStore store = builtStore("lines", 80)) {
            // A store recorded before the claim lines: no lines, and the record says so.
            store.write(dsg -> {
                dsg.deleteAny(NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH), Node.ANY, BuildRecord.CLAIM_LINE, Node.ANY);
                recordBuiltFrom(dsg, BuildRecord.RECORDED_V2);
                return null;
            });
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), "recorded without the conflicts' figures");
            // Updates in a row, with no full rebuild between them: each reads the lines the one before left.
            put(store, CORPUS.item(80));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("incremental", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdate().steps().contains("claim lines recorded"), DerivedGraphs.lastUpdate().toString());
            put(store, CORPUS.item(81));
            DerivedGraphs.ensureFresh(store);
            Model fewer = CORPUS.graph(CORPUS.item(2));
            fewer.listResourcesWithProperty(RDF.type, MKG.CommandTenure).toList().forEach(c -> fewer.removeAll(c, null, null));
            fewer.getResource(Iris.article(CORPUS.item(2).article().id())).removeAll(MKG.ingestedAt).addLiteral(MKG.ingestedAt,
                    fewer.createTypedLiteral("2026-02-02T00:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            store.replaceGraph(Iris.articleGraph(CORPUS.item(2).article().id()), fewer.getGraph());
            DerivedGraphs.ensureFresh(store);
            store.removeGraph(Iris.articleGraph(CORPUS.item(5).article().id()));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("incremental", DerivedGraphs.lastUpdate().how());
            Set<String> kept = lines(store);
            Graph consolidated = derived(store, Iris.CONSOLIDATED_GRAPH);
            DerivedGraphs.rebuild(store);
            assertSameTriples(derived(store, Iris.CONSOLIDATED_GRAPH), consolidated, "four updates in a row");
            assertTrue(!kept.isEmpty());
            assertEquals(lines(store), kept, "the lines kept through the updates are those a full rebuild records");
        }
    }

    @Test
    void summaryPartsRecordedForAStoreWithoutThemThenKeptThroughUpdates() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("parts"))) {
            store.replaceGraphs(CORPUS.articleGraphs(0, 80));
            DerivedGraphs.rebuild(store);
            Set<String> full = summaryRecord(store);
            assertTrue(full.stream().anyMatch(t -> t.contains(" " + BuildRecord.SUMMARY_SUM.getURI() + " ")), "sums are recorded");
            // A store recorded before the summary parts: none, and the record says so.
            Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
            store.write(dsg -> {
                dsg.deleteAny(state, Node.ANY, BuildRecord.SUMMARY_PART, Node.ANY);
                dsg.deleteAny(state, Node.ANY, BuildRecord.SUMMARY_SUM, Node.ANY);
                for (String g : List.of(Iris.REFERENCE_GRAPH, Iris.CONSOLIDATED_GRAPH, Iris.SUMMARY_GRAPH)) {
                    dsg.deleteAny(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, Node.ANY);
                    dsg.add(state, NodeFactory.createURI(g), BuildRecord.BUILT_FROM, NodeFactory.createLiteralString(BuildRecord.RECORDED_V3));
                }
                return null;
            });
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), "recorded without the conflicts' figures");
            put(store, CORPUS.item(80));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("incremental", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdate().steps().contains("summary parts recorded"), DerivedGraphs.lastUpdate().toString());
            // Updates in a row on the parts the one before left: new, replaced with fewer facts, removed.
            put(store, CORPUS.item(81));
            DerivedGraphs.ensureFresh(store);
            Model fewer = CORPUS.graph(CORPUS.item(4));
            fewer.listResourcesWithProperty(RDF.type, MKG.MissionEvent).toList().forEach(c -> fewer.removeAll(c, null, null));
            fewer.getResource(Iris.article(CORPUS.item(4).article().id())).removeAll(MKG.ingestedAt).addLiteral(MKG.ingestedAt,
                    fewer.createTypedLiteral("2026-02-03T00:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            store.replaceGraph(Iris.articleGraph(CORPUS.item(4).article().id()), fewer.getGraph());
            DerivedGraphs.ensureFresh(store);
            store.removeGraph(Iris.articleGraph(CORPUS.item(7).article().id()));
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("incremental", DerivedGraphs.lastUpdate().how());
            Graph summary = derived(store, Iris.SUMMARY_GRAPH);
            Set<String> kept = summaryRecord(store);
            DerivedGraphs.rebuild(store);
            assertSameTriples(derived(store, Iris.SUMMARY_GRAPH), summary, "four updates in a row, summary graph");
            assertEquals(summaryRecord(store), kept, "the parts and sums kept through the updates are those a full rebuild records");
        }
    }

    @Test
    void conflictFiguresWrittenForAStoreRecordedWithoutThemWithOrWithoutAChange() {
        try (KnowledgeStore store = builtStore("figures", 300)) {
            Graph full = derived(store, Iris.CONSOLIDATED_GRAPH);
            int conflicts = full.find(Node.ANY, RDF.type.asNode(), MKG.Conflict.asNode()).toList().size();
            assertTrue(conflicts > 0, "the store has conflicts");
            assertTrue(full.find(Node.ANY, MKG.sideA.asNode(), Node.ANY).hasNext(), "a full build writes the figures");

            // No article changed: the next update writes them all the same (the conflicts question reads them).
            recordedWithoutFigures(store);
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), "conflicts without figures");
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("figures", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdateMessage().contains("figures"), DerivedGraphs.lastUpdateMessage());
            assertTrue(DerivedGraphs.lastUpdate().steps().contains("conflict figures written " + conflicts),
                    DerivedGraphs.lastUpdate().toString());
            assertSameTriples(full, derived(store, Iris.CONSOLIDATED_GRAPH), "figures written, no article changed");
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(!DerivedGraphs.ensureFresh(store), "nothing left to do");
            assertShapesHold(store, "figures written, no article changed");

            // An article changed too, one whose claim joins a conflict (its figures change): the update writes the
            // figures of the missions it recomputes with their other triples, and the rest from the claim lines.
            CommandTenure command = null;
            String conflict = null;
            for (int i = 0; i < 300 && conflict == null; i++) {
                for (Fact f : CORPUS.item(i).facts()) {
                    String c = f instanceof CommandTenure t ? Iris.consolidated("conflict", "start " + Iris.entity(t.mission())
                            + " " + Iris.entity(t.commander())) : null;
                    if (c != null && full.contains(NodeFactory.createURI(c), RDF.type.asNode(), MKG.Conflict.asNode())) {
                        command = (CommandTenure) f;
                        conflict = c;
                        break;
                    }
                }
            }
            assertTrue(conflict != null, "some command tenure's start is in conflict");
            Map<String, String> was = figures(store, conflict);
            recordedWithoutFigures(store);
            String said = command.commander().label() + " has commanded " + command.mission().label() + " since 1990.";
            var article = new org.missionkg.model.Article("figures-join", "test/figures-join.txt", said,
                    new org.missionkg.model.ArticleMeta("Join", "Test", null, null, null, "en", java.util.Map.of()), "3".repeat(64));
            CommandTenure early = new CommandTenure(command.commander(), command.mission(), null,
                    org.missionkg.model.FuzzyDate.parse("1990"), command.end(),
                    new Provenance("figures-join", Evidence.of(said, 0, said.length(), said), 0.9, "test.command", null));
            Graph g = ArticleGraphMapper.create("t").map(article, List.<Fact>of(early), Instant.now()).getGraph();
            store.replaceGraph(Iris.articleGraph("figures-join"), g);
            DerivedGraphs.Update update = assertSameAsFullRebuild(store, "figures written, an article joining a conflict");
            assertTrue(update.steps().contains("conflict figures written"), update.toString());
            Map<String, String> now = figures(store, conflict);
            assertEquals(claimOf(g, early), now.get("sideA"), "the joining claim's value ends first: " + now);
            // At least one more claim: a start before the mission's own start event brings that event's claims in too.
            assertTrue(Integer.parseInt(now.get("claimCount")) > Integer.parseInt(was.get("claimCount")), was + " -> " + now);
            assertShapesHold(store, "figures written, an article joining a conflict");
        }
    }

    @Test
    void articleOrderWrittenForAStoreRecordedWithoutItWithOrWithoutAChange() {
        try (KnowledgeStore store = builtStore("order", 100)) {
            Graph full = derived(store, Iris.SUMMARY_GRAPH);
            assertEquals(100, full.find(Node.ANY, MKG.listedArticle.asNode(), Node.ANY).toList().size(), "a full build lists every article");

            // No article changed: the next update writes them all the same (the start page reads them).
            recordedWithoutOrder(store);
            assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), "no article order");
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("order", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdateMessage().contains("order of its articles"), DerivedGraphs.lastUpdateMessage());
            assertTrue(DerivedGraphs.lastUpdate().steps().contains("article order written 100"), DerivedGraphs.lastUpdate().toString());
            assertSameTriples(full, derived(store, Iris.SUMMARY_GRAPH), "article order written, no article changed");
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
            assertTrue(!DerivedGraphs.ensureFresh(store), "nothing left to do");

            // An article added at the same time: written with the rest, the same as a full rebuild.
            recordedWithoutOrder(store);
            put(store, CORPUS.item(100));
            DerivedGraphs.Update update = assertSameAsFullRebuild(store, "article order written, an article added");
            assertTrue(update.steps().contains("article order written 101"), update.toString());
            assertShapesHold(store, "article order written");

            // A store from before the conflicts' figures gets both.
            recordedWithoutFigures(store);
            store.write(dsg -> {
                withoutOrder(dsg);
                return null;
            });
            assertTrue(DerivedGraphs.ensureFresh(store));
            assertEquals("figures", DerivedGraphs.lastUpdate().how());
            assertTrue(DerivedGraphs.lastUpdate().steps().contains("article order written 101"), DerivedGraphs.lastUpdate().toString());
            assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store));
        }
    }

    /** Leaves the store as the code before the article order did: no list in the summary graph, and the record says so. */
    private static void recordedWithoutOrder(KnowledgeStore store) {
        store.write(dsg -> {
            withoutOrder(dsg);
            recordBuiltFrom(dsg, BuildRecord.RECORDED_V5);
            return null;
        });
    }

    private static void withoutOrder(org.apache.jena.sparql.core.DatasetGraph dsg) {
        dsg.deleteAny(NodeFactory.createURI(Iris.SUMMARY_GRAPH), Node.ANY, MKG.listDay.asNode(), Node.ANY);
        dsg.deleteAny(NodeFactory.createURI(Iris.SUMMARY_GRAPH), Node.ANY, MKG.listedArticle.asNode(), Node.ANY);
    }

    /** The dates (as written) under which the start page's list holds an article. */
    private static List<String> listDays(KnowledgeStore store, String article) {
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
            dsg.find(summary, Node.ANY, MKG.listedArticle.asNode(), NodeFactory.createURI(article)).forEachRemaining(q ->
                    dsg.find(summary, q.getSubject(), MKG.listDay.asNode(), Node.ANY)
                            .forEachRemaining(d -> out.add(d.getObject().getLiteralLexicalForm())));
            return out;
        });
    }

    /** Leaves the store as the code before the conflicts' figures did: none on any conflict, and the record says so. */
    private static void recordedWithoutFigures(KnowledgeStore store) {
        store.write(dsg -> {
            Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
            for (org.apache.jena.rdf.model.Property p : List.of(MKG.valueCount, MKG.claimCount, MKG.sideA, MKG.sideB)) {
                dsg.deleteAny(consolidated, Node.ANY, p.asNode(), Node.ANY);
            }
            recordBuiltFrom(dsg, BuildRecord.RECORDED_V4);
            return null;
        });
    }

    private static void assertShapesHold(KnowledgeStore store, String step) {
        org.missionkg.store.ShapesReport report = store.read(dsg -> org.missionkg.store.ShapesCheck.standard().check(dsg));
        assertTrue(report.conforms(), step + ": " + report.toText());
    }

    /** The summary parts and sums of the record, each with what it hangs from. */
    private static Set<String> summaryRecord(KnowledgeStore store) {
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            Node state = NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH);
            for (Node p : List.of(BuildRecord.SUMMARY_PART, BuildRecord.SUMMARY_SUM)) {
                dsg.find(state, Node.ANY, p, Node.ANY).forEachRemaining(q ->
                        out.add(q.getSubject().getURI() + " " + p.getURI() + " " + q.getObject().getLiteralLexicalForm()));
            }
            return out;
        });
    }

    /** The claim lines of the record, with the mission they hang from. */
    private static Set<String> lines(KnowledgeStore store) {
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            dsg.find(NodeFactory.createURI(Iris.DERIVED_STATE_GRAPH), Node.ANY, BuildRecord.CLAIM_LINE, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI() + " " + q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /** Brings the derived graphs up to date, checks them against a full rebuild, and returns how the update went. */
    private static DerivedGraphs.Update assertSameAsFullRebuild(KnowledgeStore store, String step) {
        assertEquals(DerivedGraphs.Status.STALE, DerivedGraphs.status(store), step);
        assertTrue(DerivedGraphs.ensureFresh(store), step);
        assertEquals("incremental", DerivedGraphs.lastUpdate().how(), step);
        assertEquals(DerivedGraphs.Status.FRESH, DerivedGraphs.status(store), step);
        DerivedGraphs.Update update = DerivedGraphs.lastUpdate();
        Graph incremental = derived(store, Iris.CONSOLIDATED_GRAPH);
        Graph incrementalSummary = derived(store, Iris.SUMMARY_GRAPH);
        Set<String> incrementalLines = lines(store);
        Set<String> incrementalParts = summaryRecord(store);
        DerivedGraphs.rebuild(store);
        assertEquals(lines(store), incrementalLines, step + ", claim lines");
        assertEquals(summaryRecord(store), incrementalParts, step + ", summary parts and sums");
        Graph full = derived(store, Iris.CONSOLIDATED_GRAPH);
        assertTrue(full.size() > 0, step);
        assertSameTriples(full, incremental, step + ", consolidated graph");
        Graph fullSummary = derived(store, Iris.SUMMARY_GRAPH);
        assertTrue(fullSummary.size() > 0, step);
        assertSameTriples(fullSummary, incrementalSummary, step + ", summary graph");
        return update;
    }

    private static void assertSameTriples(Graph full, Graph incremental, String step) {
        List<String> diff = new ArrayList<>();
        full.find().forEachRemaining(t -> {
            if (!incremental.contains(t)) {
                diff.add("missing " + t);
            }
        });
        incremental.find().forEachRemaining(t -> {
            if (!full.contains(t)) {
                diff.add("extra " + t);
            }
        });
        assertEquals(List.of(), diff.subList(0, Math.min(5, diff.size())), step + ": " + diff.size() + " triples differ");
        assertEquals(full.size(), incremental.size(), step);
    }

    /** The IRI of the (only) command claim about this commander and mission in an article graph. */
    private static String claimOf(Graph article, CommandTenure c) {
        return article.find(Node.ANY, MKG.commander.asNode(), NodeFactory.createURI(Iris.entity(c.commander()))).toList().stream()
                .map(t -> t.getSubject())
                .filter(s -> article.contains(s, MKG.mission.asNode(), NodeFactory.createURI(Iris.entity(c.mission()))))
                .map(Node::getURI).sorted().findFirst().orElseThrow();
    }

    private static String smallestClaim(KnowledgeStore store, String fact) {
        return store.read(dsg -> {
            List<String> claims = new ArrayList<>();
            dsg.find(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), NodeFactory.createURI(fact), MKG.claim.asNode(), Node.ANY)
                    .forEachRemaining(q -> claims.add(q.getObject().getURI()));
            return claims.stream().sorted().findFirst().orElseThrow();
        });
    }

    /**
     * A conflict's figures in the consolidated graph (valueCount, claimCount, sideA, sideB: each the lexical form or
     * IRI, each missing when absent), or null when there is no such conflict.
     */
    private static Map<String, String> figures(KnowledgeStore store, String conflict) {
        return store.read(dsg -> {
            Node c = NodeFactory.createURI(conflict);
            Node consolidated = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);
            if (!dsg.contains(consolidated, c, RDF.type.asNode(), MKG.Conflict.asNode())) {
                return null;
            }
            Map<String, String> out = new TreeMap<>();
            for (org.apache.jena.rdf.model.Property p : List.of(MKG.valueCount, MKG.claimCount, MKG.sideA, MKG.sideB)) {
                dsg.find(consolidated, c, p.asNode(), Node.ANY).forEachRemaining(q -> out.merge(p.getLocalName(),
                        q.getObject().isURI() ? q.getObject().getURI() : q.getObject().getLiteralLexicalForm(), (x, y) -> x + " " + y));
            }
            return out;
        });
    }

    private static Node one(org.apache.jena.sparql.core.DatasetGraph dsg, Node s, Node p) {
        return dsg.find(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), s, p, Node.ANY).next().getObject();
    }

    /** The consolidated fact that rests on this claim, or null. */
    private static String factWithClaim(KnowledgeStore store, String claim) {
        return store.read(dsg -> {
            var it = dsg.find(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), Node.ANY, MKG.claim.asNode(), NodeFactory.createURI(claim));
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (dsg.contains(NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH), s, RDF.type.asNode(), MKG.CommandTenure.asNode())) {
                    return s.getURI();
                }
            }
            return null;
        });
    }

    private static boolean summaryNames(KnowledgeStore store, String mission) {
        return store.read(dsg -> dsg.contains(NodeFactory.createURI(Iris.SUMMARY_GRAPH), NodeFactory.createURI(mission),
                Node.ANY, Node.ANY));
    }

    private static Graph derived(KnowledgeStore store, String graph) {
        return store.read(dsg -> {
            Graph out = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(out::add);
            return out;
        });
    }

    private static void put(KnowledgeStore store, SyntheticCorpus.Item item) {
        store.replaceGraph(Iris.articleGraph(item.article().id()), CORPUS.graph(item).getGraph());
    }
}

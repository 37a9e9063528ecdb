package org.missionkg.pipeline;

import static org.missionkg.pipeline.BuildRecord.ARTICLE;
import static org.missionkg.pipeline.BuildRecord.BUILT_FROM;
import static org.missionkg.pipeline.BuildRecord.CONSOLIDATED;
import static org.missionkg.pipeline.BuildRecord.DIGEST;
import static org.missionkg.pipeline.BuildRecord.FED_SUMMARY;
import static org.missionkg.pipeline.BuildRecord.MARKED;
import static org.missionkg.pipeline.BuildRecord.RECORDED;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V1;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V2;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V3;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V4;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V5;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V6;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V7;
import static org.missionkg.pipeline.BuildRecord.RECORDED_V8;
import static org.missionkg.pipeline.BuildRecord.REFERENCE;
import static org.missionkg.pipeline.BuildRecord.STATE;
import static org.missionkg.pipeline.BuildRecord.SUMMARY;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.missionkg.consolidate.ArticleOrder;
import org.missionkg.consolidate.ClaimRows;
import org.missionkg.consolidate.Consolidator;
import org.missionkg.consolidate.MissionSummaries;
import org.missionkg.consolidate.StoreClaims;
import org.missionkg.consolidate.StoredAnswers;
import org.missionkg.map.ReferenceData;
import org.missionkg.reference.Gazetteer;
import org.missionkg.store.ArticleStamps;
import org.missionkg.store.KnowledgeStore;
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
 * <p>The record itself is read and written by {@link BuildRecord}; the incremental update is
 * {@link IncrementalUpdate}.
 *
 * <p><b>Incremental.</b> Beside the stamps the record keeps, per article graph, what it fed into
 * consolidation (the missions of its claims, the people whose country it gives:
 * {@link StoreClaims.Touch}) and the missions it names (their summary lines). When articles
 * change, {@link #ensureFresh} recomputes only the missions they touch (now or before), and those
 * commanded by the people they speak of: consolidation is mission by mission, so the result equals
 * a full rebuild (tested), at a cost that grows with those missions, not with the store. The record
 * also keeps a copy of every mission's claims, one line each ({@link ClaimRows}), so that an update
 * reads a mission's claims with one index scan instead of from each of its article graphs, and what each
 * graph gives each mission's summary line with each mission's sum ({@link org.missionkg.consolidate.SummaryPart}),
 * so that an update changes a line by difference instead of grouping the mission's facts again. With more
 * than {@value #INCREMENTAL_LIMIT} changed articles, or no per-article record (a store marked fresh
 * by hand), it rebuilds everything. This rests on one property of the mapped graphs: every article
 * graph types the entities it names, so whether an organisation is a country is stated in the graph
 * that names it.
 *
 * <p><b>Older records.</b> A store recorded before the claim lines, the summary parts or the conflicts' figures
 * ({@link BuildRecord#withoutFigures}) is brought to the current record by its next {@link #ensureFresh}, even with
 * no article changed (the conflicts question reads the figures, so a conflict without them would be missing from
 * its answer): what is missing is written from the graphs and lines as they are, no fact changes, then the changed
 * articles, if any, are worked in incrementally. A store whose claim lines lack their article and whose consolidated
 * facts lack {@code mkg:articleCount} ({@link BuildRecord#RECORDED_V6}) gets its lines written anew from the article
 * graphs and then the counts from them, the same way. A store recorded before the stored answers to the canned
 * questions ({@link BuildRecord#RECORDED_V7}) gets every mission's answers written on its next update
 * ({@link StoredAnswers}); until then a question asked for one mission is answered from the claims. A store recorded
 * with stored answers but without those of the questions that take a parameter ({@link BuildRecord#RECORDED_V8}:
 * {@code in-command-on}, stored since 6 December 2026) gets those the same way, on its next update, whole for every
 * mission (also for those the update recomputes, which would otherwise get the rows of their changed facts only).
 *
 * <p><b>Stored answers.</b> A full rebuild writes every mission's; an incremental update those of the missions it
 * recomputes and of those the changed articles name (now or before), after the consolidated graph is written.
 *
 * <pre>
 *   if (DerivedGraphs.ensureFresh(store)) { ... they were stale and have been brought up to date ... }
 * </pre>
 */
public final class DerivedGraphs {
    /** Above this many changed articles a full rebuild is cheaper than recomputing their missions one by one. */
    static final int INCREMENTAL_LIMIT = 2000;

    /** Fresh: built from the articles now stored; stale: from another set; missing: never built (or the record is lost). */
    public enum Status { FRESH, STALE, MISSING }

    /**
     * How the last {@link #ensureFresh} went: what it did, how many missions it recomputed (-1: all), and
     * how long each step took ("check 1.2 s, claims 0.3 s, ..."), for benchmarks.
     */
    public record Update(String how, int changedArticles, int missions, String steps) {
    }

    private static volatile Update last = new Update("none", 0, 0, "");

    private DerivedGraphs() {
    }

    /** How the derived graphs stand against the article graphs now stored. */
    public static Status status(KnowledgeStore store) {
        return store.read(dsg -> {
            String recorded = BuildRecord.recorded(dsg, CONSOLIDATED);
            if (BuildRecord.legacy(recorded)) {
                // Recorded the old way (ensureFresh records the stamps the new way when it next runs).
                return BuildRecord.fingerprintHolds(dsg, recorded) && recorded.equals(BuildRecord.recorded(dsg, SUMMARY))
                        ? Status.FRESH : Status.STALE;
            }
            Set<String> changed = BuildRecord.changed(dsg);
            if (recorded == null) {
                return changed.isEmpty() ? Status.FRESH : Status.MISSING;
            }
            String summarised = BuildRecord.recorded(dsg, SUMMARY);
            if (summarised == null) {
                return Status.MISSING;
            }
            return changed.isEmpty() && summarised.equals(recorded) && !BuildRecord.behind(recorded)
                    ? Status.FRESH : Status.STALE;
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
            case "figures" -> "the store's conflicts had no figures (recorded in an older format): wrote them (no facts changed)";
            case "order" -> "the store had no order of its articles for the start page (recorded in an older format): wrote it "
                    + "(no facts changed)";
            case "counts" -> "the store's consolidated facts had no article counts (recorded in an older format): wrote them, "
                    + "and the claim lines they are counted from (no facts changed)";
            case "answers" -> "the store had no stored answers to the canned questions (recorded in an older format): wrote "
                    + "them (no facts changed)";
            case "answers with parameters" -> "the store had no stored answers to the canned questions that take a parameter "
                    + "(in-command-on; recorded in an older format): wrote them (no facts changed)";
            case "format" -> "the consolidated graph named its facts the older way (from all their claims): rebuilt it";
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
        UpdateSteps steps = new UpdateSteps();
        Boolean done = store.readPromoting((dsg, promote) -> {
            Set<String> changed = BuildRecord.changed(dsg);
            steps.done("check");
            if (fresh(dsg, changed)) {
                return false;
            }
            return promote.getAsBoolean() ? update(dsg, changed, steps) : null;
        });
        if (done == null) {
            // Another write came between the read and the promotion: start again in a write transaction.
            done = store.write(dsg -> {
                Set<String> changed = BuildRecord.changed(dsg);
                return !fresh(dsg, changed) && update(dsg, changed, steps);
            });
        }
        return done;
    }

    private static boolean fresh(DatasetGraph dsg, Set<String> changed) {
        String recorded = BuildRecord.recorded(dsg, CONSOLIDATED);
        if (recorded == null) {
            return changed.isEmpty();
        }
        return !BuildRecord.legacy(recorded) && changed.isEmpty() && recorded.equals(BuildRecord.recorded(dsg, SUMMARY))
                && !BuildRecord.behind(recorded);
    }

    /** Brings the stale derived graphs up to date, inside a write transaction; true. */
    private static boolean update(DatasetGraph dsg, Set<String> changed, UpdateSteps steps) {
        String recorded = BuildRecord.recorded(dsg, CONSOLIDATED);
        if (BuildRecord.legacy(recorded)) {
            if (BuildRecord.fingerprintHolds(dsg, recorded)) {
                // Built from the articles now stored, recorded the old way: record their stamps, keep what they fed in.
                // Its IRIs are minted the earlier way, so it is recorded as such (the next change rebuilds it).
                dsg.deleteAny(STATE, Node.ANY, DIGEST, Node.ANY);
                BuildRecord.articleGraphs(dsg).forEach(g -> BuildRecord.recordStamps(dsg, g));
                boolean summaryInStep = recorded.equals(BuildRecord.recorded(dsg, SUMMARY));
                BuildRecord.stamp(dsg, RECORDED_V1);
                if (summaryInStep) {
                    dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
                    dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(RECORDED_V1));
                    // Its summary predates the start page's article list; the record would not say it is missing.
                    ArticleOrder.writeAll(dsg, ARTICLE);
                } else {
                    summaryFull(dsg, RECORDED_V1);
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
        if (recorded != null && changed.isEmpty() && !recorded.equals(BuildRecord.recorded(dsg, SUMMARY))) {
            // The summary is behind (a store from before it existed); the record may be older still (below).
            summaryFull(dsg, recorded);
            steps.done("summary");
            last = new Update("summary", 0, -1, steps.toString());
            if (!BuildRecord.behind(recorded)) {
                return true;
            }
        }
        boolean linesWritten = false;
        if (RECORDED_V2.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT) {
            // Recorded before the claim lines: write them from the article graphs as they are now (no fact
            // changes; the incremental update below replaces the lines of the changed articles anyway), then go on.
            boolean summaryInStep = recorded.equals(BuildRecord.recorded(dsg, SUMMARY));
            BuildRecord.addLines(dsg, lines(StoreClaims.all(dsg, ARTICLE)));
            linesWritten = true;
            BuildRecord.stamp(dsg, RECORDED_V3);
            if (summaryInStep) {
                dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
                dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(RECORDED_V3));
            }
            steps.done("claim lines recorded");
            recorded = RECORDED_V3;
        }
        if (RECORDED_V3.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT) {
            // Recorded before the summary parts: record them from the graphs as they are now (the changed articles'
            // parts are then what they give now, which the update below takes away and adds again), then go on.
            // A summary out of step is written whole by the update, parts and all.
            boolean summaryInStep = recorded.equals(BuildRecord.recorded(dsg, SUMMARY));
            BuildRecord.stamp(dsg, RECORDED_V4);
            if (summaryInStep) {
                BuildRecord.recordSummaryParts(dsg);
                dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
                dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(RECORDED_V4));
            }
            steps.done("summary parts recorded");
            recorded = RECORDED_V4;
        }
        boolean figuresDue = RECORDED_V4.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT;
        if (figuresDue) {
            // Recorded before the conflicts' figures: they are written below, after the incremental update.
            recorded = restamp(dsg, recorded, RECORDED_V5);
        }
        boolean orderDue = RECORDED_V5.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT;
        if (orderDue) {
            // Recorded before the article order: written below, after the incremental update (which writes the
            // changed articles' keys only).
            recorded = restamp(dsg, recorded, RECORDED_V6);
        }
        boolean countsDue = RECORDED_V6.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT;
        if (countsDue) {
            // Recorded before the claim lines kept their article: every line is written anew from the article graphs as
            // they are now, here, before the update decodes any (no fact changes; it replaces the changed articles' lines
            // anyway). The counts are written after it, as the figures are, for the facts it did not recompute.
            if (!linesWritten) {
                BuildRecord.replaceLines(dsg, lines(StoreClaims.all(dsg, ARTICLE)));
                steps.done("claim lines recorded anew");
            }
            recorded = restamp(dsg, recorded, RECORDED_V7);
        }
        boolean answersDue = RECORDED_V7.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT;
        if (answersDue) {
            // Recorded before the stored answers: written below for every mission, after the incremental update (which
            // writes those of the missions it recomputes).
            recorded = restamp(dsg, recorded, RECORDED);
        }
        boolean parameterAnswersDue = RECORDED_V8.equals(recorded) && changed.size() <= INCREMENTAL_LIMIT;
        if (parameterAnswersDue) {
            // Recorded before the answers of the questions that take a parameter were stored: written below for every
            // mission, whole, after the incremental update (which, finding none stored, would add the rows of the
            // facts it changes only).
            recorded = restamp(dsg, recorded, RECORDED);
        }
        if (!RECORDED.equals(recorded) || changed.size() > INCREMENTAL_LIMIT) {
            full(dsg);
            steps.done("full");
            last = new Update(RECORDED_V1.equals(recorded) ? "format" : "full", changed.size(), -1, steps.toString());
            return true;
        }
        int missions = changed.isEmpty() ? 0 : IncrementalUpdate.run(dsg, changed, steps);
        if (figuresDue) {
            // After the update, not before: it reads its missions' old triples in a read transaction of its own,
            // which would not see figures written here, and so would leave behind those it changes. It writes the
            // figures of the conflicts of the missions it recomputes with the rest of their triples; the other
            // missions' claim lines, which it leaves as they are, give theirs.
            int written = writeMissingFigures(dsg);
            steps.done("conflict figures written " + written);
        }
        if (orderDue) {
            int keys = ArticleOrder.writeAll(dsg, ARTICLE);
            steps.done("article order written " + keys);
        }
        if (countsDue) {
            int written = writeMissingCounts(dsg);
            steps.done("article counts written " + written);
        }
        if (answersDue) {
            StoredAnswers.Tally written = StoredAnswers.write(dsg, StoredAnswers.missions(dsg));
            steps.done("stored answers written: " + written);
        }
        if (parameterAnswersDue) {
            StoredAnswers.Tally written = StoredAnswers.write(dsg, StoredAnswers.missions(dsg), StoredAnswers.WITH_PARAMETERS);
            steps.done("stored answers with parameters written: " + written);
        }
        last = !changed.isEmpty() ? new Update("incremental", changed.size(), missions, steps.toString())
                : new Update(figuresDue ? "figures" : orderDue ? "order" : countsDue ? "counts" : answersDue ? "answers"
                : "answers with parameters", 0, 0, steps.toString());
        return true;
    }

    /** Records the derived graphs as {@code next} (the summary too when it was in step); returns {@code next}. */
    private static String restamp(DatasetGraph dsg, String recorded, String next) {
        boolean summaryInStep = recorded.equals(BuildRecord.recorded(dsg, SUMMARY));
        BuildRecord.stamp(dsg, next);
        if (summaryInStep) {
            dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
            dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(next));
        }
        return next;
    }

    /** Writes the figures of every conflict that has none, from its mission's claim lines; returns how many conflicts. */
    private static int writeMissingFigures(DatasetGraph dsg) {
        Graph add = addToConsolidated(dsg, new Consolidator().missingConflictFigures(dsg.getGraph(CONSOLIDATED), keptLines(dsg)));
        return add.find(Node.ANY, MKG.claimCount.asNode(), Node.ANY).toList().size();
    }

    /** Writes the article count of every consolidated fact that has none, from its mission's claim lines; returns how many facts. */
    private static int writeMissingCounts(DatasetGraph dsg) {
        return addToConsolidated(dsg, new Consolidator().missingArticleCounts(dsg.getGraph(CONSOLIDATED), keptLines(dsg))).size();
    }

    /** The claim lines the build record keeps for a mission, as text: what the back-fills of older stores read. */
    private static Function<String, Collection<String>> keptLines(DatasetGraph dsg) {
        return mission -> BuildRecord.lines(dsg, mission).stream().map(ClaimRows.Row::text).toList();
    }

    /** Adds the triples to the consolidated graph; returns them. */
    private static Graph addToConsolidated(DatasetGraph dsg, Graph add) {
        add.find().forEachRemaining(t -> dsg.add(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
        return add;
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
        List<Node> graphs = BuildRecord.articleGraphs(dsg);
        graphs.forEach(g -> BuildRecord.record(dsg, g, all.touches().get(g)));
        BuildRecord.addLines(dsg, lines(all));
        StoredAnswers.write(dsg, StoredAnswers.missions(dsg));
        BuildRecord.stamp(dsg, RECORDED);
        summaryFull(dsg, RECORDED);
        return graphs.size();
    }

    /** The claim lines of everything read, each with its article graph. */
    private static List<ClaimRows.Row> lines(StoreClaims.All all) {
        return ClaimRows.of(all.model(), fact -> all.graphOf().get(NodeFactory.createURI(fact)).getURI());
    }

    /** Writes the whole summary graph anew, with what each article graph named, and stamps it as the consolidated graph is. */
    static void summaryFull(DatasetGraph dsg, String recorded) {
        MissionSummaries.rebuild(dsg);
        ArticleOrder.writeAll(dsg, ARTICLE);
        BuildRecord.recordSummaryParts(dsg);
        dsg.deleteAny(STATE, Node.ANY, FED_SUMMARY, Node.ANY);
        MissionSummaries.namedByGraph(dsg, ARTICLE).forEach((g, missions) ->
                missions.forEach(m -> dsg.add(STATE, g, FED_SUMMARY, NodeFactory.createURI(m))));
        dsg.deleteAny(STATE, SUMMARY, BUILT_FROM, Node.ANY);
        dsg.add(STATE, SUMMARY, BUILT_FROM, NodeFactory.createLiteralString(recorded));
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
            BuildRecord.articleGraphs(dsg).forEach(g -> BuildRecord.recordStamps(dsg, g));
            BuildRecord.stamp(dsg, MARKED);
            // The summary is read off the graphs as they are, so it is built here rather than assumed.
            summaryFull(dsg, MARKED);
            return null;
        });
    }

    /** What the status means, in one line for people. */
    public static String describe(Status status) {
        return switch (status) {
            case FRESH -> "derived graphs (reference, consolidated, summary): built from the articles now stored";
            case STALE -> "derived graphs (reference, consolidated, summary): STALE, built from another set of articles "
                    + "or recorded in an older format; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve rebuilds them)";
            case MISSING -> "derived graphs (reference, consolidated, summary): MISSING, never built for the articles stored; "
                    + "run `missionkg rebuild` (or any ingest, query, ask, export or serve builds them)";
        };
    }

}

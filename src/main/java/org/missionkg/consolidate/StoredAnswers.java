package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * Each mission's answer to the canned questions asked about one mission, stored in the consolidated graph by the
 * consolidation, so that {@code ask commands -p mission=...} reads one index scan instead of a dozen index look-ups
 * per claim (at 100k articles the largest mission's 1,929 command claims took 180 ms in one JVM that way, 400 ms
 * over HTTP; its stored rows are listed in a few milliseconds).
 *
 * <p><b>What is stored.</b> For a mission M and a question Q (every canned question with a mission column and no
 * parameter: {@link #QUESTIONS}), one node {@code Iris.consolidated("answer", Q + " " + M)}, typed
 * {@code mkg:StoredAnswer}, with {@code mkg:question "Q"}, {@code mkg:answerFor <M>} and one
 * {@code mkg:answerRow} literal per row of Q's answer for M: a name unique in the answer (its article, its consolidated
 * fact or its place, and a count), the values Q's ORDER BY sorts it by, then the value of every column but the mission
 * and the labels, tab-separated, each in N-Triples form (which escapes tabs and line breaks), empty when unbound. The
 * rows are what Q's own query over the claims gives for M ({@link CannedQueries#claimQuery}), run by the consolidation
 * once the consolidated graph is written, so they are that answer by construction. A mission Q has no row for gets no
 * node. An update keeps what it can ({@link #update}).
 *
 * <p><b>Why the labels are not stored.</b> A label column is the least of the entity's labels over every graph, and an
 * article about another mission can give an entity a new label: stored labels would go stale on updates that do not
 * touch the mission. They are looked up when the question is asked, once per distinct entity, as the claim queries do.
 * Every other column depends on the mission's own claims and consolidated facts only, which an update brings up to
 * date whenever an article touches the mission (its claims' missions and the missions it names, troop counts
 * included).
 *
 * <p><b>Reading.</b> {@link CannedQueries#prepare} with a mission gives a query that reads the rows with the property
 * function {@code (?row ?k0 ... ?col1 ?col2 ...) mkg:answerRows ("Q" <M>)} (or {@code (?col) mkg:answerRows ("Q" <M> "col")}
 * for one column's distinct values; registered with ARQ by {@link StoredAnswersInit} when Jena starts), joins each
 * entity's label and orders them by the stored sort values, as Q orders its own. Where the store holds no node
 * for the pair (a mission without rows, a dataset built by other means) the function asks Q's claim query instead,
 * so the answer is the same either way.
 */
public final class StoredAnswers {
    /** Each question's {@link #deferred} part, worked out once (declared first: {@link #QUESTIONS} reads it). */
    private static final Map<String, Optional<Deferred>> DEFERRED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The questions whose answers are stored per mission: those with a mission column and either no parameter or
     * parameters read only by filters and BINDs of the query's outer pattern ({@link #deferred}: {@code in-command-on}'s
     * day), which are applied to the stored rows when the question is asked.
     */
    public static final List<String> QUESTIONS = CannedQueries.list().stream()
            .filter(q -> q.takesMission() && (q.params().isEmpty() || deferred(q) != null)).map(CannedQuery::name).toList();

    /**
     * The stored questions that take a parameter (their answers stored for every value, {@link #deferred}): those a
     * store recorded before 6 December 2026 does not hold.
     */
    public static final List<String> WITH_PARAMETERS = QUESTIONS.stream().filter(q -> !CannedQueries.get(q).params().isEmpty()).toList();

    /**
     * What of a question reads its parameters: the filters and BINDs of its outer pattern that name a parameter or a
     * variable such a BIND makes ({@code elements}, in the query's order), the other variables they read
     * ({@code reads}, by name: stored with each row) and the variables they make ({@code binds}: not stored).
     */
    public record Deferred(List<Element> elements, List<String> reads, Set<String> binds) {
    }

    /**
     * The filters and BINDs that read the question's parameters (none for a question without any), or null when a
     * parameter is read anywhere else (a triple pattern, a sub-SELECT): then no row can be stored for every value.
     */
    static Deferred deferred(CannedQuery q) {
        return DEFERRED.computeIfAbsent(q.name(), name -> {
            Query query = QueryFactory.create(q.text());
            if (!(query.getQueryPattern() instanceof ElementGroup group)) {
                return Optional.empty();
            }
            List<Element> elements = deferredIn(group, q);
            Set<String> binds = new java.util.LinkedHashSet<>();
            // Sorted: the stored row's layout must not hang on a hash set's order.
            Set<String> reads = new TreeSet<>();
            Set<String> params = new java.util.HashSet<>();
            q.params().forEach(p -> params.add(p.name()));
            for (Element e : elements) {
                if (e instanceof ElementBind b) {
                    binds.add(b.getVar().getVarName());
                }
            }
            for (Element e : elements) {
                for (Var v : mentioned(e)) {
                    if (!params.contains(v.getVarName()) && !binds.contains(v.getVarName())) {
                        reads.add(v.getVarName());
                    }
                }
            }
            group.getElements().removeAll(elements);
            Set<Var> rest = variablesOf(query);
            for (String p : params) {
                if (rest.contains(Var.alloc(p))) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Deferred(List.copyOf(elements), List.copyOf(reads), Set.copyOf(binds)));
        }).orElse(null);
    }

    /**
     * The filters and BINDs of this outer pattern that read one of the question's parameters or a variable one of them
     * binds (to a fixed point: a BIND reading a deferred BIND's variable is deferred too).
     */
    static List<Element> deferredIn(ElementGroup group, CannedQuery q) {
        Set<Var> tainted = new java.util.HashSet<>();
        q.params().forEach(p -> tainted.add(Var.alloc(p.name())));
        Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean grew = !tainted.isEmpty();
        while (grew) {
            grew = false;
            for (Element e : group.getElements()) {
                if ((e instanceof ElementFilter || e instanceof ElementBind) && !out.contains(e)
                        && mentioned(e).stream().anyMatch(tainted::contains)) {
                    out.add(e);
                    if (e instanceof ElementBind b) {
                        tainted.add(b.getVar());
                    }
                    grew = true;
                }
            }
        }
        return group.getElements().stream().filter(out::contains).toList();
    }

    /**
     * Every variable the query names anywhere: in its patterns and sub-SELECTs, in any expression (an EXISTS's pattern
     * included), in what it selects, groups, orders by and its VALUES. Jena's own walk over every node of the parsed
     * query ({@link QueryTransformOps#transform(Query, org.apache.jena.sparql.graph.NodeTransform)} with a transform that
     * changes nothing and notes the variables it is shown), so a string that only looks like a variable is not one.
     */
    static Set<Var> variablesOf(Query query) {
        Set<Var> out = new java.util.HashSet<>();
        QueryTransformOps.transform(query, n -> {
            if (Var.isVar(n)) {
                out.add(Var.alloc(n));
            }
            return n;
        });
        return out;
    }

    /** The variables a filter's or a BIND's expression names. */
    private static Set<Var> mentioned(Element e) {
        if (e instanceof ElementFilter f) {
            return ExprVars.getVarsMentioned(f.getExpr());
        }
        if (e instanceof ElementBind b) {
            return ExprVars.getVarsMentioned(b.getExpr());
        }
        return Set.of();
    }

    private static final Node CONSOLIDATED = NodeFactory.createURI(Iris.CONSOLIDATED_GRAPH);

    private StoredAnswers() {
    }

    /** The node that holds a mission's stored answer to one question. */
    public static Node answerNode(String question, String mission) {
        return NodeFactory.createURI(Iris.consolidated("answer", question + " " + mission));
    }

    /**
     * The columns a stored row holds, in order: every column but the mission, the labels and those made from a
     * parameter, then the values the parameter's filters and BINDs read ({@link Deferred#reads}).
     */
    static List<String> storedColumns(CannedQuery q) {
        Deferred d = q.params().isEmpty() ? null : deferred(q);
        List<String> out = new ArrayList<>(q.columns().stream().filter(c -> !c.equals(CannedQueries.MISSION) && labelOf(q, c) == null
                && (d == null || !d.binds().contains(c))).toList());
        if (d != null) {
            out.addAll(d.reads());
        }
        return out;
    }

    /** Each question's ORDER BY, parsed once: {@link #order} is asked per mission and question on every write and read. */
    private static final Map<String, List<SortCondition>> ORDERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The sort conditions of the question's own query: the stored rows keep their values and are ordered by them.
     * Copies of the parsed ones, as a fresh parse gave: the expressions go into queries that are then run.
     */
    static List<SortCondition> order(CannedQuery q) {
        List<SortCondition> parsed = ORDERS.computeIfAbsent(q.text(), text -> {
            Query query = QueryFactory.create(text);
            return query.hasOrderBy() ? List.copyOf(query.getOrderBy()) : List.of();
        });
        return parsed.stream().map(c -> new SortCondition(c.getExpression().deepCopy(), c.getDirection())).toList();
    }

    /**
     * Whether the question answers one row per article claim (an {@code article} column, its claims matched as
     * {@code ?fact}): its rows are kept per article.
     */
    static boolean perClaim(CannedQuery q) {
        // Its claims are ?fact (rowQuery binds them); a question written otherwise is asked anew for the mission.
        return q.columns().contains("article") && q.text().contains("?fact a mkg:");
    }

    /**
     * Whether the question answers one row per consolidated fact, matched as {@code ?fact} (the timeline): its rows are
     * kept per fact.
     */
    static boolean perFact(CannedQuery q) {
        return !perClaim(q) && q.text().contains("?fact a mkg:ConsolidatedFact");
    }

    /** The entity column a label column names ({@code commanderLabel}: {@code commander}), or null for any other. */
    static String labelOf(CannedQuery q, String column) {
        if (!column.endsWith("Label")) {
            return null;
        }
        String base = column.substring(0, column.length() - "Label".length());
        return q.columns().contains(base) ? base : null;
    }

    /**
     * Every mission some graph names with {@code mkg:mission}: those a question can have rows for (a claim's, a
     * consolidated fact's or a conflict's mission).
     */
    public static Set<String> missions(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, MKG.mission.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                out.add(q.getObject().getURI());
            }
        });
        return out;
    }

    /** How long writing the answers took, per question, and how many rows were written (for the update's steps). */
    public static final class Tally {
        private final Map<String, Long> nanos = new TreeMap<>();
        private long rows;

        void add(String question, long took, long written) {
            nanos.merge(question, took, Long::sum);
            rows += written;
        }

        public long rows() {
            return rows;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder().append(rows).append(" rows;");
            nanos.forEach((q, n) -> b.append(String.format(java.util.Locale.ROOT, " %s %.1f s", q, n / 1e9)));
            return b.toString();
        }
    }

    /**
     * Writes the stored answers of these missions anew in the consolidated graph (inside the caller's write
     * transaction, after the consolidated graph itself is written: some questions read it).
     */
    public static Tally write(DatasetGraph dsg, Collection<String> missions) {
        return write(dsg, missions, QUESTIONS);
    }

    /** As {@link #write(DatasetGraph, Collection)}, for these of the stored questions only. */
    public static Tally write(DatasetGraph dsg, Collection<String> missions, List<String> questions) {
        return update(dsg, missions, null, null, questions);
    }

    /**
     * Brings the stored answers of these missions up to date after the articles with these ids changed (added,
     * replaced or removed; null: rewrite them whole) and the consolidated nodes with these IRIs gained or lost a
     * triple. A question with one row per claim keeps the rows of the other articles as they are and replaces those of
     * the changed ones (a claim's row depends on its own article graph only: the labels are not stored); one with a
     * row per consolidated fact (the timeline, in-command-on) those of the changed facts (a fact's row depends on its own
     * triples and its claims' articles, which a claim's IRI fixes; in-command-on's also on its claims' report dates, so
     * for it the facts of the changed articles' claims count as changed too); the others (conflicts) are asked anew for
     * the mission.
     */
    public static Tally update(DatasetGraph dsg, Collection<String> missions, Set<String> changedArticles,
                               Set<Node> changedFacts) {
        return update(dsg, missions, changedArticles, changedFacts, QUESTIONS);
    }

    private static Tally update(DatasetGraph dsg, Collection<String> missions, Set<String> changedArticles,
                                Set<Node> changedFacts, List<String> questions) {
        Tally tally = new Tally();
        // The changed articles' ids as a claim table's rows print them.
        Set<String> changedText = new java.util.HashSet<>();
        if (changedArticles != null) {
            changedArticles.forEach(a -> changedText.add(NodeFmtLib.strNT(NodeFactory.createLiteralString(a))));
        }
        for (String m : missions) {
            Node mission = NodeFactory.createURI(m);
            for (String question : questions) {
                long t = System.nanoTime();
                CannedQuery q = CannedQueries.get(question);
                Node answer = answerNode(question, m);
                List<String> lines;
                if (changedArticles != null && perClaim(q)) {
                    // A claim table: the changed articles' rows go, and those of their claims about the mission, by IRI,
                    // come back (bound by article instead, ARQ started from every claim of the mission: 0.8-2.6 s for
                    // afisma at 100k; each of the query's look-ups is one per claim this way).
                    int articleField = 1 + order(q).size() + storedColumns(q).indexOf("article");
                    lines = replaceRows(dsg, q, mission, answer,
                            line -> changedText.contains(line.split("\t", -1)[articleField]),
                            claimsAbout(dsg, changedArticles, mission));
                } else if (changedFacts != null && perFact(q)) {
                    // The timeline and in-command-on: the changed consolidated facts' rows go, and those still about the
                    // mission come back. An in-command-on row also reads its claims' report dates, which an article
                    // replaced under the same claim IRIs can change without changing the fact: the facts of the changed
                    // articles' claims about the mission count as changed for it.
                    Set<Node> facts = new java.util.LinkedHashSet<>();
                    for (Node f : changedFacts) {
                        if (dsg.contains(CONSOLIDATED, f, MKG.mission.asNode(), mission)) {
                            facts.add(f);
                        }
                    }
                    Set<Node> alsoChanged = new java.util.HashSet<>();
                    if (!q.params().isEmpty() && changedArticles != null) {
                        for (Node claim : claimsAbout(dsg, changedArticles, mission)) {
                            dsg.find(CONSOLIDATED, Node.ANY, MKG.claim.asNode(), claim).forEachRemaining(c -> {
                                if (dsg.contains(CONSOLIDATED, c.getSubject(), MKG.mission.asNode(), mission)) {
                                    facts.add(c.getSubject());
                                    alsoChanged.add(c.getSubject());
                                }
                            });
                        }
                    }
                    lines = replaceRows(dsg, q, mission, answer, line -> {
                        String name = term(line.substring(0, line.indexOf('\t'))).getLiteralLexicalForm();
                        Node fact = NodeFactory.createURI(name.substring(0, name.lastIndexOf('#')));
                        return changedFacts.contains(fact) || alsoChanged.contains(fact);
                    }, facts);
                } else {
                    dsg.deleteAny(CONSOLIDATED, answer, Node.ANY, Node.ANY);
                    lines = compute(dsg, q, mission, null);
                }
                if (!lines.isEmpty()) {
                    dsg.add(CONSOLIDATED, answer, RDF.type.asNode(), MKG.StoredAnswer.asNode());
                    dsg.add(CONSOLIDATED, answer, MKG.question.asNode(), NodeFactory.createLiteralString(question));
                    dsg.add(CONSOLIDATED, answer, MKG.answerFor.asNode(), mission);
                    for (String line : lines) {
                        dsg.add(CONSOLIDATED, answer, MKG.answerRow.asNode(), NodeFactory.createLiteralString(line));
                    }
                }
                tally.add(question, System.nanoTime() - t, lines.size());
            }
        }
        return tally;
    }

    /**
     * Removes the answer's stored rows that {@code stale} picks and computes the rows of these claims or facts
     * (none: no rows), to be added; the answer's node goes too when no row is left and none comes.
     */
    private static List<String> replaceRows(DatasetGraph dsg, CannedQuery q, Node mission, Node answer,
                                            java.util.function.Predicate<String> stale, Set<Node> subset) {
        List<Node> gone = new ArrayList<>();
        dsg.find(CONSOLIDATED, answer, MKG.answerRow.asNode(), Node.ANY).forEachRemaining(r -> {
            if (stale.test(r.getObject().getLiteralLexicalForm())) {
                gone.add(r.getObject());
            }
        });
        gone.forEach(r -> dsg.delete(CONSOLIDATED, answer, MKG.answerRow.asNode(), r));
        List<String> lines = subset.isEmpty() ? List.of() : compute(dsg, q, mission, subset);
        if (lines.isEmpty() && !dsg.contains(CONSOLIDATED, answer, MKG.answerRow.asNode(), Node.ANY)) {
            dsg.deleteAny(CONSOLIDATED, answer, Node.ANY, Node.ANY);
        }
        return lines;
    }

    /**
     * Inline data for ?fact first in the query's pattern and in that of every sub-SELECT that projects ?fact: ARQ works
     * a sub-SELECT out on its own, before joining it, so each must be bound where it is (as for the mission,
     * {@link CannedQueries#prepare}).
     */
    private static void bindFacts(Query query, Set<Node> facts) {
        Var fact = Var.alloc("fact");
        if (query.getQueryPattern() instanceof ElementGroup group) {
            ElementData only = new ElementData();
            only.add(fact);
            facts.forEach(c -> only.add(BindingFactory.binding(fact, c)));
            group.getElements().add(0, only);
            for (org.apache.jena.sparql.syntax.Element e : List.copyOf(group.getElements())) {
                if (e instanceof ElementSubQuery sub && sub.getQuery().getProjectVars().contains(fact)) {
                    bindFacts(sub.getQuery(), facts);
                }
            }
        }
    }

    /** The nodes of these articles' graphs (those still stored) that name the mission with {@code mkg:mission}. */
    private static Set<Node> claimsAbout(DatasetGraph dsg, Set<String> articles, Node mission) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        for (String a : new TreeSet<>(articles)) {
            dsg.find(NodeFactory.createURI(Iris.articleGraph(a)), Node.ANY, MKG.mission.asNode(), mission)
                    .forEachRemaining(t -> out.add(t.getSubject()));
        }
        return out;
    }

    /**
     * The query whose rows are stored: the question's own query over the claims for one mission (and, given, only
     * these claims: its claim variable is {@code ?fact}), less its label look-ups (labels are not stored), with the values it sorts by
     * added to what it selects ({@code ?_k0}, {@code ?_k1}, ...).
     */
    static Query rowQuery(CannedQuery q, Node mission, Set<Node> claims) {
        Query query = q.params().isEmpty() ? CannedQueries.claimQuery(q, Map.of(CannedQueries.MISSION, mission.getURI()))
                : CannedQueries.claimQueryWithoutParameters(q, mission);
        if (!q.params().isEmpty()) {
            // What the parameter's filters read is kept with each row; those values are one per row (one per fact).
            Set<String> made = deferred(q).binds();
            query.getGroupBy().getVars().removeIf(v -> made.contains(v.getVarName()));
            query.getProject().getVars().removeIf(v -> made.contains(v.getVarName()));
            for (String v : deferred(q).reads()) {
                query.addGroupBy(Var.alloc(v));
                query.addResultVar(Var.alloc(v));
            }
        }
        if (query.getQueryPattern() instanceof ElementGroup group) {
            group.getElements().removeIf(e -> e instanceof ElementOptional o && o.getOptionalElement() instanceof ElementGroup g
                    && g.getElements().stream().anyMatch(x -> x instanceof ElementSubQuery));
            if (claims != null) {
                bindFacts(query, claims);
            }
        }
        if (perFact(q)) {
            query.addResultVar(Var.alloc("fact"));
        }
        List<SortCondition> order = order(q);
        for (int i = 0; i < order.size(); i++) {
            query.addResultVar(Var.alloc("_k" + i), order.get(i).getExpression());
        }
        return query;
    }

    /**
     * The rows of a question's answer for one mission (only those of these claims, given), as stored lines:
     * a name unique in the answer, the values it sorts by, then the stored columns.
     */
    static List<String> compute(DatasetGraph dsg, CannedQuery q, Node mission, Set<Node> claims) {
        Query query = rowQuery(q, mission, claims);
        int keys = order(q).size();
        List<String> columns = storedColumns(q);
        boolean perClaim = perClaim(q);
        boolean perFact = perFact(q);
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                // Unique in the answer whichever claims or facts were asked: per article for a claim table, per fact for
                // the timeline, else the place.
                Node article = perClaim ? b.get(Var.alloc("article")) : null;
                Node fact = perFact ? b.get(Var.alloc("fact")) : null;
                String scope = article != null ? article.getLiteralLexicalForm() : fact != null ? fact.getURI() : "";
                int n = seen.merge(scope, 1, Integer::sum);
                StringBuilder line = new StringBuilder(NodeFmtLib.strNT(NodeFactory.createLiteralString(scope + "#" + n)));
                for (int i = 0; i < keys; i++) {
                    Node v = b.get(Var.alloc("_k" + i));
                    line.append('\t').append(v == null ? "" : NodeFmtLib.strNT(v));
                }
                for (String c : columns) {
                    Node v = b.get(Var.alloc(c));
                    line.append('\t').append(v == null ? "" : NodeFmtLib.strNT(v));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    /**
     * A mission's rows of one question, each its name, the values it sorts by and the stored columns' values (null
     * when unbound): from the stored answer when the consolidated graph holds one, else from the claim query. With
     * a column ({@code only} not null), the distinct values of that column alone, one per row: what a label look-up
     * needs, without decoding the rest.
     */
    static List<Node[]> rows(DatasetGraph dsg, CannedQuery q, Node mission, String only) {
        Node answer = answerNode(q.name(), mission.getURI());
        List<String> lines = new ArrayList<>();
        dsg.find(CONSOLIDATED, answer, MKG.answerRow.asNode(), Node.ANY)
                .forEachRemaining(t -> lines.add(t.getObject().getLiteralLexicalForm()));
        if (lines.isEmpty()) {
            lines.addAll(compute(dsg, q, mission, null));
        }
        int keys = 1 + order(q).size();
        int width = keys + storedColumns(q).size();
        int field = -1;
        if (only != null) {
            field = storedColumns(q).indexOf(only);
            if (field < 0) {
                throw new IllegalArgumentException("'" + q.name() + "' stores no column '" + only + "'");
            }
            field += keys;
        }
        List<Node[]> out = new ArrayList<>(lines.size());
        Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != width) {
                throw new IllegalStateException("a stored row of '" + q.name() + "' for " + mission.getURI() + " has "
                        + f.length + " fields, not " + width + " (recorded by another version: run `missionkg rebuild`)");
            }
            if (field >= 0) {
                if (seen.add(f[field])) {
                    out.add(new Node[] {f[field].isEmpty() ? null : term(f[field])});
                }
                continue;
            }
            Node[] row = new Node[width];
            for (int i = 0; i < width; i++) {
                row[i] = f[i].isEmpty() ? null : term(f[i]);
            }
            out.add(row);
        }
        return out;
    }

    /**
     * One value back from its N-Triples form as {@link NodeFmtLib#strNT} writes it: an IRI, or a literal with a
     * datatype or language (the usual forms read directly, at 1,929 rows of ten values the parser's set-up per value
     * was most of the time); anything else through Jena's parser.
     */
    static Node term(String nt) {
        char first = nt.charAt(0);
        if (first == '<' && nt.indexOf('\\') < 0) {
            return NodeFactory.createURI(nt.substring(1, nt.length() - 1));
        }
        if (first == '"') {
            StringBuilder lex = new StringBuilder(nt.length());
            int i = 1;
            for (; i < nt.length(); i++) {
                char c = nt.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c != '\\') {
                    lex.append(c);
                    continue;
                }
                char e = nt.charAt(++i);
                switch (e) {
                    case 't' -> lex.append('\t');
                    case 'n' -> lex.append('\n');
                    case 'r' -> lex.append('\r');
                    case 'b' -> lex.append('\b');
                    case 'f' -> lex.append('\f');
                    case '"', '\\', '\'' -> lex.append(e);
                    case 'u' -> {
                        lex.append((char) Integer.parseInt(nt.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'U' -> {
                        lex.appendCodePoint(Integer.parseInt(nt.substring(i + 1, i + 9), 16));
                        i += 8;
                    }
                    default -> {
                        return NodeFactoryExtra.parseNode(nt);
                    }
                }
            }
            String rest = nt.substring(i + 1);
            if (rest.isEmpty()) {
                return NodeFactory.createLiteralString(lex.toString());
            }
            if (rest.startsWith("^^<") && rest.endsWith(">")) {
                return NodeFactory.createLiteralDT(lex.toString(),
                        TypeMapper.getInstance().getSafeTypeByName(rest.substring(3, rest.length() - 1)));
            }
            if (rest.startsWith("@")) {
                return NodeFactory.createLiteralLang(lex.toString(), rest.substring(1));
            }
        }
        return NodeFactoryExtra.parseNode(nt);
    }

    /**
     * {@code (?row ?k0 ... ?col1 ...) mkg:answerRows ("question" <mission>)}: binds, per row of the mission's answer, its
     * name, its sort values and the stored columns' values in order (an unbound value leaves its variable unbound);
     * {@code (?col) mkg:answerRows ("question" <mission> "col")} the distinct values of one stored column.
     */
    public static final class RowsFunction extends PropertyFunctionEval {
        public RowsFunction() {
            super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_LIST);
        }

        @Override
        public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                           ExecutionContext execCxt) {
            int args = object.getArgListSize();
            if (args < 2 || args > 3 || !object.getArg(0).isLiteral() || !object.getArg(1).isURI()
                    || args == 3 && !object.getArg(2).isLiteral()) {
                throw new IllegalArgumentException("mkg:answerRows takes (\"question\" <mission>) or (\"question\" <mission> "
                        + "\"column\"), not " + object);
            }
            CannedQuery q = CannedQueries.get(object.getArg(0).getLiteralLexicalForm());
            String only = args == 3 ? object.getArg(2).getLiteralLexicalForm() : null;
            List<Node> vars = subject.getArgList();
            List<Binding> out = new ArrayList<>();
            for (Node[] row : rows(execCxt.getDataset(), q, object.getArg(1), only)) {
                BindingBuilder b = BindingFactory.builder(binding);
                boolean fits = true;
                for (int i = 0; i < vars.size() && i < row.length; i++) {
                    Node v = vars.get(i);
                    if (row[i] == null) {
                        continue;
                    }
                    if (Var.isVar(v)) {
                        Var var = Var.alloc(v);
                        Node had = binding.get(var);
                        if (had == null) {
                            b.add(var, row[i]);
                        } else if (!had.equals(row[i])) {
                            fits = false;
                        }
                    } else if (!v.equals(row[i])) {
                        fits = false;
                    }
                }
                if (fits) {
                    out.add(b.build());
                }
            }
            return QueryIterPlainWrapper.create(out.iterator(), execCxt);
        }
    }
}

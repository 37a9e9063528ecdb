package org.missionkg.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.missionkg.model.EntityKind;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * The canned SPARQL queries bundled on the classpath under {@value #RESOURCE_DIR} (copied there
 * from {@code data/queries/*.rq} by the build).
 *
 * <pre>
 *   for (CannedQuery q : CannedQueries.list()) System.out.println(q.name() + ": " + q.description());
 *   Query q = CannedQueries.prepare("in-command-on", Map.of("date", "2020-03-01"));
 *   Query one = CannedQueries.prepare("commands", Map.of("mission", "nato-mission-iraq"));
 *   Query page = CannedQueries.page(one, 100, 200);   // rows 201 to 300, in a total order
 * </pre>
 *
 * Each file begins with comment lines: {@code # <description>}, {@code # Columns: a, b, c},
 * and one {@code # Param: name — meaning} per parameter; other comment lines are free text.
 * A parameter is a variable that the file leaves unbound and {@link #prepare} replaces by a
 * constant (with {@link QueryTransformOps#replaceVars}) in the whole query, subqueries included.
 * Every query with a {@code mission} column also takes an optional {@value #MISSION} value that keeps only
 * the rows about that mission (see {@link CannedQuery#takesMission()}): a claim table of a large store
 * is tens of megabytes, one mission's rows a small part of it.
 */
public final class CannedQueries {
    public static final String RESOURCE_DIR = "/missionkg/queries/";
    /** The optional value, for a query with a mission column, that keeps the rows about one mission. */
    public static final String MISSION = "mission";

    private static final Pattern COLUMNS = Pattern.compile("#\\s*Columns:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("#\\s*Param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:—|–|-|:)\\s*(.*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern IRI = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)[^\\s<>\"{}|\\\\^`]+");

    private static volatile Map<String, CannedQuery> bundled;

    private CannedQueries() {
    }

    /** The bundled queries, sorted by name. */
    public static List<CannedQuery> list() {
        return List.copyOf(all().values());
    }

    /** One bundled query by name (the file name without {@code .rq}). */
    public static CannedQuery get(String name) {
        CannedQuery q = all().get(name);
        if (q == null) {
            throw new IllegalArgumentException("unknown query '" + name + "'; the bundled queries are: "
                    + String.join(", ", all().keySet()));
        }
        return q;
    }

    /**
     * The named query, parsed, with each parameter replaced by the given value: a day parameter
     * ({@code date}) becomes an xsd:date literal (the value must be yyyy-mm-dd), a value that
     * looks like an IRI ({@code https://…}, {@code urn:…}) an IRI, anything else a plain string.
     * A {@value #MISSION} value (a mission's IRI or its slug, {@code nato-mission-iraq}) given to a query
     * that {@linkplain CannedQuery#takesMission() takes one} keeps the rows whose mission is that one:
     * {@code VALUES ?mission { <iri> }} first in the query's outer pattern (rows, columns and order are
     * otherwise those of the whole table, less the other missions' rows).
     *
     * @throws IllegalArgumentException for an unknown query, a missing, unknown or malformed parameter
     */
    public static Query prepare(String name, Map<String, String> params) {
        return prepare(get(name), params);
    }

    /**
     * As {@link #prepare(String, Map)}; a question whose answers the consolidation stores per mission
     * ({@link StoredAnswers#QUESTIONS}), asked for one mission, reads that mission's stored rows
     * ({@link #storedQuery}) instead of its claims: the same rows in the same order.
     */
    static Query prepare(CannedQuery q, Map<String, String> params) {
        Query claims = claimQuery(q, params);
        String mission = q.takesMission() && params != null ? params.get(MISSION) : null;
        if (mission == null || !StoredAnswers.QUESTIONS.contains(q.name())) {
            return claims;
        }
        return storedQuery(q, missionIri(mission.strip()), parameters(q, params));
    }

    /** What the label columns of a stored answer read: rdfs:label, and for a conflict's subject (an event type) skos:prefLabel too. */
    private static final Map<String, String> LABEL_PATHS = Map.of("subject", "rdfs:label|skos:prefLabel");

    /**
     * The query that reads one mission's stored rows of a question ({@link StoredAnswers}): the rows through the
     * {@code mkg:answerRows} property function, the mission as a constant, each label column looked up once per
     * distinct entity (the least label over every graph, as the claim query takes it; a conflict's subject falls
     * back to the end of its IRI, as there; each entity's label is one value, so the rows need no grouping), ordered
     * by the values the claim query sorts by, kept with each row ({@code ?_k0}, ...). A question that takes a
     * parameter (a day) has the filters and BINDs that read it ({@link StoredAnswers#deferred}) applied here, to the
     * stored rows, with the parameter's value put in.
     */
    static Query storedQuery(CannedQuery q, Node missionNode, Map<Var, Node> parameters) {
        String m = "<" + missionNode.getURI() + ">";
        List<String> stored = StoredAnswers.storedColumns(q);
        List<SortCondition> sorted = StoredAnswers.order(q);
        StringBuilder keys = new StringBuilder("?_row");
        StringBuilder orderBy = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            keys.append(" ?_k").append(i);
            orderBy.append(sorted.get(i).getDirection() == Query.ORDER_DESCENDING ? " DESC(?_k" + i + ")" : " ?_k" + i);
        }
        StringBuilder rowVars = new StringBuilder(keys);
        stored.forEach(c -> rowVars.append(" ?").append(c));
        String rows = "(" + rowVars + ") mkg:answerRows (\"" + q.name() + "\" ?mission)";
        StringBuilder select = new StringBuilder();
        StringBuilder where = new StringBuilder();
        where.append("  VALUES ?mission { ").append(m).append(" }\n  ").append(rows).append(" .\n");
        StoredAnswers.Deferred deferred = StoredAnswers.deferred(q);
        for (Element e : deferred == null ? List.<Element>of() : deferred.elements()) {
            where.append("  ").append(e).append("\n");
        }
        for (String c : q.columns()) {
            String base = StoredAnswers.labelOf(q, c);
            if (base == null) {
                select.append(" ?").append(c);
                continue;
            }
            String label = "?_" + c;
            select.append(" (").append(base.equals("subject") ? "COALESCE(" + label + ", REPLACE(STR(?subject), \"^.*[/#]\", \"\"))" : label)
                    .append(" AS ?").append(c).append(")");
            String path = LABEL_PATHS.getOrDefault(base, "rdfs:label");
            String entities = base.equals(MISSION) ? "VALUES ?mission { " + m + " }"
                    : "{ SELECT DISTINCT ?mission ?" + base + " WHERE { VALUES ?mission { " + m + " } (?" + base
                    + ") mkg:answerRows (\"" + q.name() + "\" ?mission \"" + base + "\") } }";
            String by = base.equals(MISSION) ? "?mission" : "?mission ?" + base;
            where.append("  OPTIONAL { { SELECT ").append(by).append(" (MIN(?_l) AS ").append(label).append(") WHERE { ")
                    .append(entities).append(" ?").append(base).append(" ").append(path).append(" ?_l } GROUP BY ")
                    .append(by).append(" } }\n");
        }
        String text = "PREFIX mkg: <" + MKG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "# " + q.name() + ", one mission's rows as the consolidation stored them (StoredAnswers)\n"
                + "SELECT" + select + "\nWHERE {\n" + where + "}\nORDER BY" + orderBy + "\n";
        Query parsed = QueryFactory.create(text);
        return parameters.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, parameters);
    }

    /**
     * The question's own query over the claims, with its parameters and, when given, the mission: what
     * {@link #prepare} gave before the answers were stored, and what {@link StoredAnswers} stores. The same for
     * every question that is not stored.
     */
    public static Query claimQuery(String name, Map<String, String> params) {
        return claimQuery(get(name), params);
    }

    static Query claimQuery(CannedQuery q, Map<String, String> params) {
        String name = q.name();
        Map<String, String> given = params == null ? Map.of() : params;
        TreeSet<String> unknown = new TreeSet<>(given.keySet());
        Map<Var, Node> substitutions = parameters(q, given);
        q.params().forEach(p -> unknown.remove(p.name()));
        String mission = q.takesMission() ? given.get(MISSION) : null;
        if (mission != null) {
            unknown.remove(MISSION);
        }
        if (!unknown.isEmpty()) {
            List<String> takes = new ArrayList<>(q.params().stream().map(CannedQuery.Param::name).toList());
            if (q.takesMission()) {
                takes.add(MISSION + " (optional)");
            }
            throw new IllegalArgumentException("query '" + name + "' has no parameter " + unknown
                    + "; it takes " + (takes.isEmpty() ? "none" : takes));
        }
        Query parsed = QueryFactory.create(q.text());
        Query prepared = substitutions.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, substitutions);
        if (mission != null) {
            onlyMission(name, prepared, mission.strip());
        }
        return prepared;
    }

    /** The question's parameters as the constants that replace their variables; throws for a missing or malformed one. */
    private static Map<Var, Node> parameters(CannedQuery q, Map<String, String> params) {
        Map<Var, Node> substitutions = new HashMap<>();
        for (CannedQuery.Param p : q.params()) {
            String value = params == null ? null : params.get(p.name());
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("query '" + q.name() + "' needs parameter '" + p.name() + "': "
                        + p.description());
            }
            substitutions.put(Var.alloc(p.name()), node(q.name(), p, value.strip()));
        }
        return substitutions;
    }

    /**
     * The question's own query over the claims for one mission with its parameters left as variables and what
     * reads them ({@link StoredAnswers#deferred}) left out: what the consolidation stores for a question that takes a
     * parameter, whatever value it is later asked with.
     */
    static Query claimQueryWithoutParameters(CannedQuery q, Node mission) {
        Query parsed = QueryFactory.create(q.text());
        if (!(parsed.getQueryPattern() instanceof ElementGroup group)) {
            throw new IllegalStateException("query '" + q.name() + "' has no group pattern");
        }
        group.getElements().removeAll(StoredAnswers.deferredIn(group, q));
        bindMission(parsed, mission);
        return parsed;
    }

    /**
     * A page of a prepared SELECT: {@code limit} rows (none: a negative limit) after the first {@code offset}.
     * The query's own ORDER BY comes first; every result column it does not name is added after it, so that
     * rows it leaves tied still come in one order and consecutive pages neither repeat nor skip a row (ARQ
     * keeps only the first rows of a sort with a LIMIT, which does not keep tied rows in a fixed order).
     *
     * @return a copy; the given query is not changed
     */
    public static Query page(Query query, long limit, long offset) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only a SELECT can be paged");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("the offset must be 0 or more, not " + offset);
        }
        Query paged = query.cloneQuery();
        List<Var> ordered = paged.hasOrderBy() ? paged.getOrderBy().stream()
                .filter(c -> c.getExpression().isVariable()).map(c -> c.getExpression().asVar()).toList() : List.of();
        for (String column : paged.getResultVars()) {
            if (!ordered.contains(Var.alloc(column))) {
                paged.addOrderBy(new SortCondition(new ExprVar(column), Query.ORDER_ASCENDING));
            }
        }
        paged.setLimit(limit < 0 ? Query.NOLIMIT : limit);
        paged.setOffset(offset == 0 ? Query.NOLIMIT : offset);
        return paged;
    }

    /**
     * The mission a {@value #MISSION} value names: the value itself when it is an IRI, else the mission with that
     * slug ({@code nato-mission-iraq}). Whether the store knows it is for the caller to ask.
     *
     * @throws IllegalArgumentException when the value is neither an IRI nor a slug
     */
    public static Node missionIri(String value) {
        String v = value.strip();
        if (IRI.matcher(v).matches()) {
            return NodeFactory.createURI(v);
        } else if (SLUG.matcher(v).matches()) {
            return NodeFactory.createURI(Iris.entity(EntityKind.MISSION, v));
        }
        throw new IllegalArgumentException("parameter '" + MISSION
                + "' must be a mission's IRI or its slug (nato-mission-iraq), not '" + value + "'");
    }

    private static void onlyMission(String query, Query prepared, String value) {
        Node iri;
        try {
            iri = missionIri(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query '" + query + "': " + e.getMessage());
        }
        if (!(prepared.getQueryPattern() instanceof ElementGroup)) {
            throw new IllegalStateException("query '" + query + "' has no group pattern to filter");
        }
        bindMission(prepared, iri);
    }

    /**
     * Inline data first in the pattern of the query and of every sub-SELECT in it that projects ?mission, not a
     * FILTER: ARQ then evaluates what follows with ?mission already bound (substituted into the triple patterns,
     * so the mission's facts are looked up by index), where a FILTER is turned into a constant only when ARQ can
     * place it, which the patterns of these queries defeat. ARQ evaluates a sub-SELECT on its own, before any
     * join, so the binding is repeated inside each one that projects ?mission: that keeps its rows to the ones the
     * join would keep. A query whose mission column comes from an OPTIONAL must guard against keeping the rows the
     * OPTIONAL did not match (troops.rq does). Such an OPTIONAL's {@code ?x mkg:mission ?mission} is also
     * required right after the inline data: the guard keeps exactly the rows where it matches, and ARQ then starts
     * from the mission's facts instead of reading every claim of the kind (troops of one mission at 100k articles).
     */
    private static void bindMission(Query q, Node iri) {
        if (q.getQueryPattern() instanceof ElementGroup group) {
            ElementData only = new ElementData();
            Var mission = Var.alloc(MISSION);
            only.add(mission);
            only.add(BindingFactory.binding(mission, iri));
            List<Triple> optionalMission = new ArrayList<>();
            group.getElements().forEach(e -> optionalMission.addAll(optionalMissionTriples(e, mission)));
            group.getElements().add(0, only);
            if (!optionalMission.isEmpty()) {
                ElementPathBlock required = new ElementPathBlock();
                optionalMission.forEach(required::addTriple);
                group.getElements().add(1, required);
            }
        }
        subQueries(q.getQueryPattern(), iri);
    }

    /** The {@code ?x mkg:mission ?mission} triples directly inside an OPTIONAL (none for any other element). */
    private static List<Triple> optionalMissionTriples(Element e, Var mission) {
        List<Triple> out = new ArrayList<>();
        if (e instanceof ElementOptional o && o.getOptionalElement() instanceof ElementGroup g) {
            for (Element inner : g.getElements()) {
                if (inner instanceof ElementPathBlock block) {
                    block.getPattern().forEach(tp -> {
                        if (tp.isTriple() && tp.getSubject().isVariable() && mission.equals(tp.getObject())
                                && MKG.mission.asNode().equals(tp.getPredicate())) {
                            out.add(tp.asTriple());
                        }
                    });
                }
            }
        }
        return out;
    }

    private static void subQueries(Element e, Node iri) {
        if (e instanceof ElementGroup g) {
            g.getElements().forEach(x -> subQueries(x, iri));
        } else if (e instanceof ElementOptional o) {
            subQueries(o.getOptionalElement(), iri);
        } else if (e instanceof ElementUnion u) {
            u.getElements().forEach(x -> subQueries(x, iri));
        } else if (e instanceof ElementSubQuery sub) {
            Query inner = sub.getQuery();
            if (inner.getProjectVars().contains(Var.alloc(MISSION))) {
                bindMission(inner, iri);
            }
        }
    }

    /** Reads a query file's header; name is the file name without {@code .rq}. */
    static CannedQuery parse(String name, String text) {
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        if (header.isEmpty()) {
            throw new IllegalStateException("query '" + name + "' has no header comment");
        }
        String description = header.get(0).replaceFirst("^#\\s*", "");
        List<String> columns = null;
        List<CannedQuery.Param> params = new ArrayList<>();
        for (String line : header) {
            Matcher c = COLUMNS.matcher(line);
            Matcher p = PARAM.matcher(line);
            if (c.matches()) {
                columns = Arrays.stream(c.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            } else if (p.matches()) {
                params.add(new CannedQuery.Param(p.group(1), p.group(2).strip()));
            }
        }
        if (columns == null) {
            throw new IllegalStateException("query '" + name + "' has no '# Columns:' line");
        }
        return new CannedQuery(name, description, columns, params, text);
    }

    private static Node node(String query, CannedQuery.Param p, String value) {
        if (p.isDate()) {
            try {
                return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("query '" + query + "': parameter '" + p.name()
                        + "' must be a day as yyyy-mm-dd, not '" + value + "'", e);
            }
        }
        return IRI.matcher(value).matches() ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value);
    }

    private static Map<String, CannedQuery> all() {
        Map<String, CannedQuery> m = bundled;
        if (m == null) {
            m = load();
            bundled = m;
        }
        return m;
    }

    private static Map<String, CannedQuery> load() {
        URL dir = CannedQueries.class.getResource(RESOURCE_DIR);
        if (dir == null) {
            throw new IllegalStateException("no canned queries on the classpath at " + RESOURCE_DIR);
        }
        try {
            URI uri = dir.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return read(fs.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Map<String, CannedQuery> read(Path dir) throws IOException {
        Map<String, CannedQuery> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String file = f.getFileName().toString();
                String name = file.substring(0, file.length() - ".rq".length());
                try (InputStream in = Files.newInputStream(f)) {
                    out.put(name, parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}

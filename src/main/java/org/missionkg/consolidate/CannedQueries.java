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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The canned SPARQL queries bundled on the classpath under {@value #RESOURCE_DIR} (copied there
 * from {@code data/queries/*.rq} by the build).
 *
 * <pre>
 *   for (CannedQuery q : CannedQueries.list()) System.out.println(q.name() + ": " + q.description());
 *   Query q = CannedQueries.prepare("in-command-on", Map.of("date", "2020-03-01"));
 * </pre>
 *
 * Each file begins with comment lines: {@code # <description>}, {@code # Columns: a, b, c},
 * and one {@code # Param: name — meaning} per parameter; other comment lines are free text.
 * A parameter is a variable that the file leaves unbound and {@link #prepare} replaces by a
 * constant (with {@link QueryTransformOps#replaceVars}) in the whole query, subqueries included.
 */
public final class CannedQueries {
    public static final String RESOURCE_DIR = "/missionkg/queries/";

    private static final Pattern COLUMNS = Pattern.compile("#\\s*Columns:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("#\\s*Param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:—|–|-|:)\\s*(.*)");
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
     *
     * @throws IllegalArgumentException for an unknown query, a missing, unknown or malformed parameter
     */
    public static Query prepare(String name, Map<String, String> params) {
        return prepare(get(name), params);
    }

    static Query prepare(CannedQuery q, Map<String, String> params) {
        String name = q.name();
        Map<String, String> given = params == null ? Map.of() : params;
        TreeSet<String> unknown = new TreeSet<>(given.keySet());
        Map<Var, Node> substitutions = new HashMap<>();
        for (CannedQuery.Param p : q.params()) {
            unknown.remove(p.name());
            String value = given.get(p.name());
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p.name() + "': "
                        + p.description());
            }
            substitutions.put(Var.alloc(p.name()), node(name, p, value.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("query '" + name + "' has no parameter " + unknown
                    + "; it takes " + (q.params().isEmpty() ? "none" : q.params().stream().map(CannedQuery.Param::name).toList()));
        }
        Query parsed = QueryFactory.create(q.text());
        return substitutions.isEmpty() ? parsed : QueryTransformOps.replaceVars(parsed, substitutions);
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

package org.missionkg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.missionkg.reference.Gazetteer;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/**
 * Writes the store's article claims as QuickStatements V1 commands for Wikidata, each with a
 * reference to the article it comes from, and lists every claim it could not write, or wrote
 * only in part, in a report.
 *
 * <pre>
 *   QuickStatementsExporter.Result r = QuickStatementsExporter.export(store.dataset(), Gazetteer.bundled());
 *   QuickStatementsExporter.write(r, commands, report);
 * </pre>
 *
 * {@link QuickStatementsMapping} says how each kind of fact becomes a statement, {@link WikidataTime}
 * how its dates become time values. Every participant needs a Wikidata ID ({@code owl:sameAs} in the
 * store, or a checked ID of the gazetteer); a claim with one missing is skipped and reported.
 * References (one group per line): S854 = the article's URL, S577 = its publication date, S1476 =
 * its headline (in the article's language, English when not given), S813 = the day it was ingested,
 * S248 = the outlet when the outlet is linked. Straight double quotes inside a text become
 * typographic ones, and tabs and line breaks spaces, so no value can break the line's syntax.
 */
public final class QuickStatementsExporter {
    /** The names {@code export --format} accepts for this format. */
    public static final Set<String> FORMAT_NAMES = Set.of("quickstatements", "qs");
    /** The report's header line. */
    public static final String REPORT_HEADER = "fact\tclass\tarticle\tstatus\treason";

    /** What the export made: the command lines and the report rows. */
    public record Result(List<String> lines, List<ReportRow> report, int facts) {
        public Result {
            lines = List.copyOf(lines);
            report = List.copyOf(report);
        }

        public long skipped() {
            return report.stream().filter(r -> r.status().equals(SKIPPED)).count();
        }

        public long partial() {
            return report.stream().filter(r -> r.status().equals(PARTIAL)).count();
        }
    }

    /** One claim not written ({@value #SKIPPED}) or written in part ({@value #PARTIAL}), and why. */
    public record ReportRow(String fact, String factClass, String article, String status, String reason) {
        public String toTsv() {
            return String.join("\t", clean(fact), clean(factClass), clean(article), clean(status), clean(reason));
        }
    }

    public static final String SKIPPED = "skipped";
    public static final String PARTIAL = "partial";

    private QuickStatementsExporter() {
    }

    /** Reads the store (in a read transaction) and builds the commands and the report. */
    public static Result export(DatasetGraph dataset, Gazetteer gazetteer) {
        return Txn.calculateRead(dataset, () -> new Run(ModelFactory.createModelForGraph(dataset.getUnionGraph()), gazetteer).all());
    }

    /** Writes the commands, one a line, and the report (header and rows) as TSV. */
    public static void write(Result result, Writer commands, Writer report) {
        try {
            for (String line : result.lines()) {
                commands.write(line);
                commands.write('\n');
            }
            if (report != null) {
                report.write(REPORT_HEADER);
                report.write('\n');
                for (ReportRow r : result.report()) {
                    report.write(r.toTsv());
                    report.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One export: the union model, the links, the articles already seen. */
    private static final class Run implements QuickStatementsClaim.Ids {
        private final Model m;
        private final Gazetteer gazetteer;
        private final Map<String, String> qids = new HashMap<>();
        private final Map<String, List<String>> references = new HashMap<>();

        Run(Model m, Gazetteer gazetteer) {
            this.m = m;
            this.gazetteer = gazetteer;
            for (Statement s : m.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
                String qid = s.getObject().isURIResource() ? Iris.wikidataQid(s.getResource().getURI()) : null;
                if (qid != null && s.getSubject().isURIResource()) {
                    qids.merge(s.getSubject().getURI(), qid, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }

        Result all() {
            TreeMap<String, Resource> facts = new TreeMap<>();
            for (Resource cls : QuickStatementsMapping.BY_CLASS.keySet()) {
                for (Resource f : m.listSubjectsWithProperty(RDF.type, cls).toList()) {
                    if (f.isURIResource() && !f.hasProperty(RDF.type, MKG.ConsolidatedFact) && f.hasProperty(PROV.wasDerivedFrom)) {
                        Resource article = f.getPropertyResourceValue(PROV.wasDerivedFrom);
                        facts.put(article.getURI() + " " + f.getURI(), f);
                    }
                }
            }
            Set<String> lines = new LinkedHashSet<>();
            List<ReportRow> report = new ArrayList<>();
            for (Resource f : facts.values()) {
                Resource cls = classOf(f);
                QuickStatementsClaim c = new QuickStatementsClaim(f, cls, f.getPropertyResourceValue(PROV.wasDerivedFrom), this);
                QuickStatementsMapping.BY_CLASS.get(cls).write(c);
                if (c.written()) {
                    lines.add(c.line(references(c.article)));
                }
                c.reportRow().ifPresent(report::add);
            }
            return new Result(new ArrayList<>(lines), report, facts.size());
        }

        @Override
        public String qid(Resource r) {
            if (!r.isURIResource()) {
                return null;
            }
            String q = qids.get(r.getURI());
            if (q == null && gazetteer != null) {
                q = gazetteer.wikidataId(r.getURI()).orElse(null);
            }
            return q;
        }

        /** The QID of the role concept whose preferred label (or a country's title for it) is the claim's role. */
        @Override
        public String roleItem(String role) {
            Set<String> found = new TreeSet<>();
            List<Model> sources = new ArrayList<>(List.of(m));
            if (gazetteer != null) {
                sources.add(gazetteer.model());
            }
            for (Model source : sources) {
                for (Resource concept : source.listSubjectsWithProperty(RDF.type, MKG.Role).toList()) {
                    boolean named = concept.listProperties(SKOS.prefLabel).toList().stream()
                            .anyMatch(s -> s.getObject().isLiteral() && s.getString().equals(role))
                            || concept.listProperties(MKG.countryLabel).toList().stream()
                            .anyMatch(s -> s.getObject().isResource()
                                    && role.equals(QuickStatementsClaim.text(s.getResource(), RDFS.label, null)));
                    String q = named ? qid(concept) : null;
                    if (q != null) {
                        found.add(q);
                    }
                }
            }
            return found.size() == 1 ? found.iterator().next() : null;
        }

        /** The reference columns for an article, worked out once. */
        private List<String> references(Resource article) {
            return references.computeIfAbsent(article.getURI(), k -> {
                List<String> refs = new ArrayList<>();
                Resource outlet = article.getPropertyResourceValue(SchemaDO.publisher);
                String outletQid = outlet == null ? null : qid(outlet);
                if (outletQid != null) {
                    refs.add("S248");
                    refs.add(outletQid);
                }
                Statement url = article.getProperty(SchemaDO.url);
                if (url != null) {
                    refs.add("S854");
                    refs.add(string(url.getObject().isURIResource() ? url.getResource().getURI() : url.getString()));
                }
                Statement published = article.getProperty(SchemaDO.datePublished);
                if (published != null && published.getObject().isLiteral()) {
                    WikidataTime.fromPublicationDate(published.getLiteral()).ifPresent(t -> {
                        refs.add("S577");
                        refs.add(t);
                    });
                }
                Statement headline = article.getProperty(SchemaDO.headline);
                if (headline != null && headline.getObject().isLiteral()) {
                    String lang = QuickStatementsClaim.text(article, SchemaDO.inLanguage, "en").toLowerCase(java.util.Locale.ROOT);
                    refs.add("S1476");
                    refs.add((lang.matches("[a-z]{2,3}(-[a-z0-9]+)*") ? lang : "en") + ":" + string(headline.getString()));
                }
                Statement ingested = article.getProperty(MKG.ingestedAt);
                if (ingested != null && ingested.getObject().isLiteral() && ingested.getString().length() >= 10) {
                    refs.add("S813");
                    refs.add(WikidataTime.day(ingested.getString().substring(0, 10)));
                }
                return refs;
            });
        }

        private static Resource classOf(Resource f) {
            for (Resource c : QuickStatementsMapping.BY_CLASS.keySet()) {
                if (f.hasProperty(RDF.type, c)) {
                    return c;
                }
            }
            throw new IllegalStateException("not a fact kind with a mapping: " + f);
        }
    }

    /** A QuickStatements string: in double quotes, with none inside and no tab or line break. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        boolean open = true;
        for (char ch : s.toCharArray()) {
            if (ch == '"') {
                b.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else if (ch == '\t' || ch == '\n' || ch == '\r') {
                b.append(' ');
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}

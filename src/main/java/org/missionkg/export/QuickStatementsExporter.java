package org.missionkg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
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
import org.missionkg.map.Iris;
import org.missionkg.map.MKG;
import org.missionkg.model.FuzzyDate;
import org.missionkg.resolve.Gazetteer;
import org.missionkg.vocab.PROV;

/**
 * Writes the store's article claims as QuickStatements V1 commands for Wikidata, each with a
 * reference to the article it comes from, and lists every claim it could not write, or wrote
 * only in part, in a report.
 *
 * <p>The mapping (see also ontology/README.md, "Mapping to Wikidata"):
 * <table>
 *   <caption>Claims and statements</caption>
 *   <tr><td>CommandTenure</td><td>{@code Qmission P4791 Qcommander} (commanded by), qualifiers P580/P582 from
 *       start/end, else P585 = asOf. P39 on the person would need an item for the command post, which the
 *       graph does not have; the deprecated "commander of" property is never used. The rank stays in the graph.</td></tr>
 *   <tr><td>Leadership</td><td>{@code Qmission P710 Qcountry} (participant), P580/P582 or P585; the lead role has no
 *       checked property, so the report marks it partial rather than guess one.</td></tr>
 *   <tr><td>MissionEvent</td><td>type start: {@code Qmission P580 date}; type end: {@code Qmission P582 date}; every
 *       other type (a launch is a decision, a planned end may not happen) is skipped.</td></tr>
 *   <tr><td>TroopContribution</td><td>{@code Qmission P710 Qcountry}, P585 = date, else asOf; the count has no checked
 *       property (partial).</td></tr>
 *   <tr><td>RoleHolding</td><td>{@code Qperson P39 Qrole} when the role concept (mkg:Role whose label is the claim's
 *       role) is linked to a position item, P585 = asOf; skipped otherwise.</td></tr>
 *   <tr><td>Stationing</td><td>{@code Qmission P276 Qplace} (location), P585 = asOf; whose contingent it is stays in the
 *       graph (partial when given).</td></tr>
 *   <tr><td>Statement</td><td>skipped: a quotation stays with its evidence.</td></tr>
 * </table>
 *
 * Every participant needs a Wikidata ID ({@code owl:sameAs} in the store, or a checked ID of the
 * gazetteer); a claim with one missing is skipped and reported. Dates go out at their precision:
 * a day {@code /11}, a month {@code /10} (day 01), a year {@code /9} (1 January); a spring,
 * summer or autumn as its year; a winter (which spans two years), an approximate or uncertain
 * date, or an interval is left out (partial, or skipped when the statement is the date itself).
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

    private static final List<Resource> CLASSES = List.of(MKG.CommandTenure, MKG.Leadership, MKG.MissionEvent,
            MKG.TroopContribution, MKG.RoleHolding, MKG.Stationing, MKG.Statement);

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
    private static final class Run {
        private final Model m;
        private final Gazetteer gazetteer;
        private final Map<String, String> qids = new HashMap<>();
        private final Map<String, List<String>> references = new HashMap<>();
        private final Set<String> lines = new LinkedHashSet<>();
        private final List<ReportRow> report = new ArrayList<>();

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
            for (Resource cls : CLASSES) {
                for (Resource f : m.listSubjectsWithProperty(RDF.type, cls).toList()) {
                    if (f.isURIResource() && !f.hasProperty(RDF.type, MKG.ConsolidatedFact) && f.hasProperty(PROV.wasDerivedFrom)) {
                        Resource article = f.getPropertyResourceValue(PROV.wasDerivedFrom);
                        facts.put(article.getURI() + " " + f.getURI(), f);
                    }
                }
            }
            for (Resource f : facts.values()) {
                fact(f, classOf(f));
            }
            return new Result(new ArrayList<>(lines), report, facts.size());
        }

        private void fact(Resource f, Resource cls) {
            Claim c = new Claim(f, cls, f.getPropertyResourceValue(PROV.wasDerivedFrom));
            build(c, f, cls);
            c.finish();
        }

        private void build(Claim c, Resource f, Resource cls) {
            if (cls.equals(MKG.Statement)) {
                c.skip("a quotation is not exported: it stays with its evidence in the graph");
            } else if (cls.equals(MKG.CommandTenure)) {
                c.statement(MKG.mission, "P4791", item(c, f, MKG.commander));
                c.startEnd();
            } else if (cls.equals(MKG.Leadership)) {
                c.statement(MKG.mission, "P710", item(c, f, MKG.country));
                c.startEnd();
                c.partial("written as participant (P710): the lead role has no checked Wikidata property yet");
            } else if (cls.equals(MKG.TroopContribution)) {
                if (!f.hasProperty(MKG.mission)) {
                    c.skip("no mission: a troop contribution is written on the mission it goes to");
                    return;
                }
                c.statement(MKG.mission, "P710", item(c, f, MKG.country));
                c.pointInTime(f.hasProperty(MKG.date) ? MKG.date : MKG.asOf);
                c.partial("the count (" + text(f, MKG.valueText, text(f, MKG.count, "?")) + " " + text(f, MKG.counts, "troops")
                        + ") has no checked Wikidata property yet");
            } else if (cls.equals(MKG.Stationing)) {
                c.statement(MKG.subject, "P276", item(c, f, MKG.place));
                c.pointInTime(MKG.asOf);
                if (f.hasProperty(MKG.country)) {
                    c.partial("whose contingent is stationed (" + label(f.getPropertyResourceValue(MKG.country)) + ") is not expressed");
                }
            } else if (cls.equals(MKG.RoleHolding)) {
                String role = text(f, MKG.role, "");
                String roleQid = roleItem(role);
                if (roleQid == null) {
                    c.skip("the role '" + role + "' is not linked to a Wikidata position item (link it with "
                            + "`missionkg link --accept ROLE-IRI QID`)");
                    return;
                }
                c.statement(MKG.person, "P39", roleQid);
                c.pointInTime(MKG.asOf);
            } else if (cls.equals(MKG.MissionEvent)) {
                Resource type = f.getPropertyResourceValue(MKG.eventType);
                String code = type == null ? "?" : type.getURI().substring(type.getURI().lastIndexOf('/') + 1);
                String property = switch (code) {
                    case "start" -> "P580";
                    case "end" -> "P582";
                    default -> null;
                };
                if (property == null) {
                    c.skip("a '" + code + "' event has no statement form among the checked properties");
                    return;
                }
                Optional<String> when = c.time(MKG.date);
                if (when.isEmpty()) {
                    c.skip("the " + code + " date " + text(f, MKG.date, "(none)") + " cannot be written: " + c.lastDateProblem);
                    return;
                }
                c.statementWithValue(MKG.mission, property, when.get());
            }
        }

        /** The QID of the participant, or null (and the claim is skipped) when it has none. */
        private String item(Claim c, Resource f, Property p) {
            Resource r = f.getPropertyResourceValue(p);
            if (r == null) {
                c.skip("no " + p.getLocalName());
                return null;
            }
            String qid = qid(r);
            if (qid == null) {
                c.skip(p.getLocalName() + " <" + r.getURI() + "> (" + label(r) + ") has no Wikidata ID");
            }
            return qid;
        }

        private String qid(Resource r) {
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
        private String roleItem(String role) {
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
                            .anyMatch(s -> s.getObject().isResource() && role.equals(text(s.getResource(), RDFS.label, null)));
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
                    publicationTime(published.getLiteral()).ifPresent(t -> {
                        refs.add("S577");
                        refs.add(t);
                    });
                }
                Statement headline = article.getProperty(SchemaDO.headline);
                if (headline != null && headline.getObject().isLiteral()) {
                    String lang = text(article, SchemaDO.inLanguage, "en").toLowerCase(java.util.Locale.ROOT);
                    refs.add("S1476");
                    refs.add((lang.matches("[a-z]{2,3}(-[a-z0-9]+)*") ? lang : "en") + ":" + string(headline.getString()));
                }
                Statement ingested = article.getProperty(MKG.ingestedAt);
                if (ingested != null && ingested.getObject().isLiteral() && ingested.getString().length() >= 10) {
                    refs.add("S813");
                    refs.add(dayTime(ingested.getString().substring(0, 10)));
                }
                return refs;
            });
        }

        /** One claim being written: its item, property, value, qualifiers; or the reason it is skipped. */
        private final class Claim {
            final Resource fact;
            final Resource cls;
            final Resource article;
            String subject;
            String property;
            String value;
            final List<String> qualifiers = new ArrayList<>();
            final List<String> partial = new ArrayList<>();
            final List<String> skipped = new ArrayList<>();
            String lastDateProblem = "";

            Claim(Resource fact, Resource cls, Resource article) {
                this.fact = fact;
                this.cls = cls;
                this.article = article;
            }

            void skip(String why) {
                skipped.add(why);
            }

            void partial(String why) {
                partial.add(why);
            }

            void statement(Property subjectProperty, String prop, String valueQid) {
                String s = item(this, fact, subjectProperty);
                if (s != null && valueQid != null) {
                    subject = s;
                    property = prop;
                    value = valueQid;
                }
            }

            void statementWithValue(Property subjectProperty, String prop, String v) {
                String s = item(this, fact, subjectProperty);
                if (s != null) {
                    subject = s;
                    property = prop;
                    value = v;
                }
            }

            /** P580/P582 from start/end; P585 from asOf when neither is said. */
            void startEnd() {
                boolean said = false;
                for (Object[] pq : new Object[][] {{MKG.start, "P580"}, {MKG.end, "P582"}}) {
                    Property p = (Property) pq[0];
                    if (fact.hasProperty(p)) {
                        said = true;
                        Optional<String> t = time(p);
                        if (t.isPresent()) {
                            qualifiers.add((String) pq[1]);
                            qualifiers.add(t.get());
                        } else {
                            partial.add(p.getLocalName() + " " + text(fact, p, "") + " left out: " + lastDateProblem);
                        }
                    }
                }
                if (!said) {
                    pointInTime(MKG.asOf);
                }
            }

            void pointInTime(Property p) {
                if (!fact.hasProperty(p)) {
                    return;
                }
                Optional<String> t = time(p);
                if (t.isPresent()) {
                    qualifiers.add("P585");
                    qualifiers.add(t.get());
                } else {
                    partial.add(p.getLocalName() + " " + text(fact, p, "") + " left out: " + lastDateProblem);
                }
            }

            Optional<String> time(Property p) {
                String edtf = text(fact, p, null);
                if (edtf == null) {
                    lastDateProblem = "not given";
                    return Optional.empty();
                }
                FuzzyDate d;
                try {
                    d = FuzzyDate.parse(edtf);
                } catch (IllegalArgumentException e) {
                    lastDateProblem = "not an EDTF date of the supported subset";
                    return Optional.empty();
                }
                if (d.isInterval()) {
                    lastDateProblem = "an interval is not one point in time";
                    return Optional.empty();
                }
                if (d.isApproximate() || edtf.endsWith("?")) {
                    lastDateProblem = "approximate or uncertain dates are not written as if exact";
                    return Optional.empty();
                }
                String year = edtf.substring(0, 4);
                return switch (d.precision()) {
                    case DAY -> Optional.of(dayTime(edtf.substring(0, 10)));
                    case MONTH -> Optional.of("+" + edtf.substring(0, 7) + "-01T00:00:00Z/10");
                    case YEAR -> Optional.of("+" + year + "-01-01T00:00:00Z/9");
                    case SEASON -> {
                        if (edtf.startsWith("24", 5)) {
                            lastDateProblem = "a winter spans two years";
                            yield Optional.empty();
                        }
                        partial.add(p.getLocalName() + " " + edtf + " (a season) written as its year");
                        yield Optional.of("+" + year + "-01-01T00:00:00Z/9");
                    }
                };
            }

            void finish() {
                if (!skipped.isEmpty() || subject == null) {
                    report.add(row(SKIPPED, skipped.isEmpty() ? "nothing to write" : String.join("; ", skipped)));
                    return;
                }
                List<String> cols = new ArrayList<>(List.of(subject, property, value));
                cols.addAll(qualifiers);
                cols.addAll(references(article));
                lines.add(String.join("\t", cols));
                if (!partial.isEmpty()) {
                    report.add(row(PARTIAL, String.join("; ", partial)));
                }
            }

            ReportRow row(String status, String why) {
                return new ReportRow(fact.getURI(), cls.getLocalName(), article.getURI(), status, why);
            }
        }

        private static Resource classOf(Resource f) {
            for (Resource c : CLASSES) {
                if (f.hasProperty(RDF.type, c)) {
                    return c;
                }
            }
            return MKG.Fact;
        }
    }

    /** A time value for a publication date typed xsd:date, xsd:gYearMonth or xsd:gYear. */
    static Optional<String> publicationTime(Literal l) {
        RDFDatatype dt = l.getDatatype();
        String v = l.getLexicalForm();
        if (XSDDatatype.XSDdate.equals(dt) && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(dayTime(v));
        }
        if (XSDDatatype.XSDgYearMonth.equals(dt) && v.matches("\\d{4}-\\d{2}")) {
            return Optional.of("+" + v + "-01T00:00:00Z/10");
        }
        if (XSDDatatype.XSDgYear.equals(dt) && v.matches("\\d{4}")) {
            return Optional.of("+" + v + "-01-01T00:00:00Z/9");
        }
        return Optional.empty();
    }

    private static String dayTime(String yyyyMmDd) {
        return "+" + yyyyMmDd + "T00:00:00Z/11";
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

    private static String text(Resource r, Property p, String otherwise) {
        Statement s = r == null ? null : r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : otherwise;
    }

    private static String label(Resource r) {
        return r == null ? "?" : text(r, RDFS.label, r.isURIResource() ? r.getURI() : "?");
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}

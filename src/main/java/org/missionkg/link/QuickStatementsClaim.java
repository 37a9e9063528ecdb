package org.missionkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.missionkg.link.QuickStatementsExporter.ReportRow;
import org.missionkg.vocab.MKG;

/**
 * One claim being written as a QuickStatements line: its item, property, value and qualifiers,
 * what was left out of it, or why it is skipped. {@link QuickStatementsMapping} fills it in.
 */
final class QuickStatementsClaim {
    /** The Wikidata IDs an export knows. */
    interface Ids {
        /** The QID of an entity or concept, or null. */
        String qid(Resource r);

        /** The QID of the position item for a role label, or null. */
        String roleItem(String role);
    }

    final Resource fact;
    final Resource cls;
    final Resource article;
    private final Ids ids;
    private String subject;
    private String property;
    private String value;
    private final List<String> qualifiers = new ArrayList<>();
    private final List<String> partial = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    QuickStatementsClaim(Resource fact, Resource cls, Resource article, Ids ids) {
        this.fact = fact;
        this.cls = cls;
        this.article = article;
        this.ids = ids;
    }

    void skip(String why) {
        skipped.add(why);
    }

    void partial(String why) {
        partial.add(why);
    }

    boolean has(Property p) {
        return fact.hasProperty(p);
    }

    /** The fact's literal value for p, or the given text. */
    String text(Property p, String otherwise) {
        return text(fact, p, otherwise);
    }

    String roleItem(String role) {
        return ids.roleItem(role);
    }

    /** The QID of the fact's participant p, or null (and the claim is skipped) when it has none. */
    String item(Property p) {
        Resource r = fact.getPropertyResourceValue(p);
        if (r == null) {
            skip("no " + p.getLocalName());
            return null;
        }
        String qid = ids.qid(r);
        if (qid == null) {
            skip(p.getLocalName() + " <" + r.getURI() + "> (" + label(r) + ") has no Wikidata ID");
        }
        return qid;
    }

    /** The statement: the participant subjectProperty's item, prop, and an item already looked up. */
    void statement(Property subjectProperty, String prop, String valueQid) {
        if (valueQid != null) {
            statementWithValue(subjectProperty, prop, valueQid);
        } else {
            item(subjectProperty);
        }
    }

    /** The statement: the participant subjectProperty's item, prop, and a value (a time, say). */
    void statementWithValue(Property subjectProperty, String prop, String v) {
        String s = item(subjectProperty);
        if (s != null) {
            subject = s;
            property = prop;
            value = v;
        }
    }

    /** P580/P582 from start/end; P585 from asOf when neither is said. */
    void startEnd() {
        boolean said = qualifier(MKG.start, "P580") | qualifier(MKG.end, "P582");
        if (!said) {
            pointInTime(MKG.asOf);
        }
    }

    /** P585 from the date p, when the fact has one. */
    void pointInTime(Property p) {
        qualifier(p, "P585");
    }

    /** The qualifier from the date p, when the fact has one (true); what is lost of it is noted. */
    private boolean qualifier(Property p, String qualifier) {
        if (!fact.hasProperty(p)) {
            return false;
        }
        WikidataTime.Conversion t = time(p);
        if (t.written()) {
            qualifiers.add(qualifier);
            qualifiers.add(t.value());
        } else {
            partial(p.getLocalName() + " " + text(p, "") + " left out: " + t.note());
        }
        return true;
    }

    /** The date p as a time value; when a value loses something (a season's year), that is noted. */
    WikidataTime.Conversion time(Property p) {
        String edtf = text(p, null);
        WikidataTime.Conversion t = WikidataTime.fromEdtf(edtf);
        if (t.written() && t.note() != null) {
            partial(p.getLocalName() + " " + edtf + " " + t.note());
        }
        return t;
    }

    boolean written() {
        return skipped.isEmpty() && subject != null;
    }

    /** The command line, with the article's reference columns. */
    String line(List<String> references) {
        List<String> cols = new ArrayList<>(List.of(subject, property, value));
        cols.addAll(qualifiers);
        cols.addAll(references);
        return String.join("\t", cols);
    }

    /** The report row: skipped, written in part, or none. */
    Optional<ReportRow> reportRow() {
        if (!written()) {
            return Optional.of(row(QuickStatementsExporter.SKIPPED, skipped.isEmpty() ? "nothing to write" : String.join("; ", skipped)));
        }
        return partial.isEmpty() ? Optional.empty() : Optional.of(row(QuickStatementsExporter.PARTIAL, String.join("; ", partial)));
    }

    private ReportRow row(String status, String why) {
        return new ReportRow(fact.getURI(), cls.getLocalName(), article.getURI(), status, why);
    }

    static String text(Resource r, Property p, String otherwise) {
        Statement s = r == null ? null : r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : otherwise;
    }

    static String label(Resource r) {
        return r == null ? "?" : text(r, RDFS.label, r.isURIResource() ? r.getURI() : "?");
    }
}

package org.missionkg.link;

import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.missionkg.model.FuzzyDate;

/**
 * Dates as Wikidata time values in QuickStatements ({@code +2019-06-26T00:00:00Z/11}), each at
 * its precision: a day {@code /11}, a month {@code /10} (day 01), a year {@code /9} (1 January); a
 * spring, summer or autumn as its year (said in the note). A winter (which spans two years), an
 * approximate or uncertain date, or an interval has no value, and the conversion says why.
 *
 * <pre>
 *   WikidataTime.fromEdtf("2019-11").value()   // "+2019-11-01T00:00:00Z/10"
 * </pre>
 */
public final class WikidataTime {
    /**
     * What an EDTF date becomes: a value (with a note when something was lost on the way), or no
     * value and the reason in the note.
     */
    public record Conversion(String value, String note) {
        static Conversion exact(String value) {
            return new Conversion(value, null);
        }

        static Conversion none(String why) {
            return new Conversion(null, why);
        }

        public boolean written() {
            return value != null;
        }
    }

    private WikidataTime() {
    }

    /** The time value of an EDTF date of the supported subset; {@code null} converts to "not given". */
    public static Conversion fromEdtf(String edtf) {
        if (edtf == null) {
            return Conversion.none("not given");
        }
        FuzzyDate d;
        try {
            d = FuzzyDate.parse(edtf);
        } catch (IllegalArgumentException e) {
            return Conversion.none("not an EDTF date of the supported subset");
        }
        if (d.isInterval()) {
            return Conversion.none("an interval is not one point in time");
        }
        if (d.isApproximate() || edtf.endsWith("?")) {
            return Conversion.none("approximate or uncertain dates are not written as if exact");
        }
        String year = edtf.substring(0, 4);
        return switch (d.precision()) {
            case DAY -> Conversion.exact(day(edtf.substring(0, 10)));
            case MONTH -> Conversion.exact(month(edtf.substring(0, 7)));
            case YEAR -> Conversion.exact(year(year));
            case SEASON -> edtf.startsWith("24", 5)
                    ? Conversion.none("a winter spans two years")
                    : new Conversion(year(year), "(a season) written as its year");
        };
    }

    /** The time value of a publication date typed xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Optional<String> fromPublicationDate(Literal l) {
        RDFDatatype dt = l.getDatatype();
        String v = l.getLexicalForm();
        if (XSDDatatype.XSDdate.equals(dt) && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(day(v));
        }
        if (XSDDatatype.XSDgYearMonth.equals(dt) && v.matches("\\d{4}-\\d{2}")) {
            return Optional.of(month(v));
        }
        if (XSDDatatype.XSDgYear.equals(dt) && v.matches("\\d{4}")) {
            return Optional.of(year(v));
        }
        return Optional.empty();
    }

    /** A day, {@code yyyy-MM-dd}, at day precision. */
    public static String day(String yyyyMmDd) {
        return "+" + yyyyMmDd + "T00:00:00Z/11";
    }

    private static String month(String yyyyMm) {
        return "+" + yyyyMm + "-01T00:00:00Z/10";
    }

    private static String year(String yyyy) {
        return "+" + yyyy + "-01-01T00:00:00Z/9";
    }
}

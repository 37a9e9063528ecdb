package org.missionkg.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.Iris;

/**
 * A claim as consolidation reads it ({@link Claim}), written as one line of text, so that the build
 * record can keep a copy of every mission's claims beside the consolidated graph.
 *
 * <p>Why: at 100k articles the largest mission has about 36,000 claims in 185,000 triples spread over
 * as many article graphs. Reading them back from the article graphs for one new article took 16-20 s in
 * a fresh process (3.4-6 s warm), most of it index look-ups two per claim and decoding the nodes they
 * return. A mission's lines are found with one index scan, and a line holds everything
 * {@link ClaimReader} would have read for that claim, so the update reads one node per claim instead.
 *
 * <p>A line is tab-separated: the article graph it came from, the claim IRI, its kind, subject,
 * mission, event type, agent, its four dates (start, end, date, until), as-of and the article it is
 * derived from, each empty when absent; IRIs under {@link Iris#BASE} are shortened to {@code ~}. IRIs
 * and EDTF strings hold no tabs. (The article is the claim's own {@code prov:wasDerivedFrom}, not read
 * off the graph's name, so that a merged fact's article count is what counting its claims' articles gives.)
 * Lines recorded before the article was kept have one field less: the build record's version says so,
 * and the next update writes them anew ({@code pipeline.DerivedGraphs}) before any is decoded; decoding
 * one is an error that says what to do.
 *
 * <pre>
 *   List&lt;ClaimRows.Row&gt; rows = ClaimRows.of(claimsModel, fact -&gt; graphOf.get(fact));
 *   Model part = new Consolidator().consolidateRows(texts, people);
 * </pre>
 */
public final class ClaimRows {
    private static final String SHORT = "~";
    /** Fields of a line: graph, claim, kind, subject, mission, event type, agent, the dates, as-of, article. */
    private static final int FIELDS = 7 + Aspect.values().length + 2;

    private ClaimRows() {
    }

    /** One claim's line, with the mission it counts for (its smallest) and the article graph it came from. */
    public record Row(String mission, String graph, String text) {
    }

    /**
     * The lines of every claim in {@code claims} (read as {@link ClaimReader} reads them: the same
     * input errors), each with the article graph {@code graphOf} gives for its IRI.
     */
    public static List<Row> of(Model claims, Function<String, String> graphOf) {
        List<Row> out = new ArrayList<>();
        for (Claim c : ClaimReader.claims(claims)) {
            String graph = graphOf.apply(c.iri());
            out.add(new Row(c.mission(), graph, encode(c, graph)));
        }
        return out;
    }

    /** The article graph a line came from (its first field), without decoding the rest. */
    public static String graph(String text) {
        return expand(text.substring(0, text.indexOf('\t')));
    }

    /** The commanders of the command claims among these lines (whose countries consolidation reads). */
    public static Set<String> commanders(Collection<String> texts) {
        Set<String> out = new TreeSet<>();
        for (String t : texts) {
            // The kind and subject fields only: the dates are parsed once, by the consolidation.
            String[] f = t.split("\t", 5);
            if (f[2].equals(Claim.Kind.COMMAND.name())) {
                out.add(expand(f[3]));
            }
        }
        return out;
    }

    /** The claims of these lines, sorted by IRI as {@link ClaimReader#claims} returns them. */
    static List<Claim> decode(Collection<String> texts) {
        List<Claim> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(decode(t));
        }
        out.sort(Comparator.comparing(Claim::iri));
        return out;
    }

    static String encode(Claim c, String graph) {
        StringBuilder b = new StringBuilder(256);
        b.append(shorten(graph)).append('\t').append(shorten(c.iri())).append('\t').append(c.kind().name())
                .append('\t').append(shorten(c.subject())).append('\t').append(shorten(c.mission()))
                .append('\t').append(shorten(c.eventType())).append('\t').append(shorten(c.agent()));
        for (Aspect a : Aspect.values()) {
            b.append('\t').append(edtf(c.date(a)));
        }
        return b.append('\t').append(edtf(c.asOf())).append('\t').append(shorten(c.article())).toString();
    }

    static Claim decode(String text) {
        String[] f = text.split("\t", -1);
        if (f.length == FIELDS - 1) {
            throw new IllegalArgumentException("a claim line recorded before claim lines kept their article (run `missionkg "
                    + "rebuild`, or any command that brings the derived graphs up to date, to record them anew): " + text);
        }
        if (f.length != FIELDS) {
            throw new IllegalArgumentException("not a claim line (" + f.length + " fields): " + text);
        }
        Map<Aspect, FuzzyDate> dates = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            String d = f[7 + a.ordinal()];
            if (!d.isEmpty()) {
                dates.put(a, FuzzyDate.parse(d));
            }
        }
        String asOf = f[FIELDS - 2];
        return new Claim(expand(f[1]), Claim.Kind.valueOf(f[2]), expand(f[3]), expand(f[4]), expand(f[5]), expand(f[6]),
                dates, asOf.isEmpty() ? null : FuzzyDate.parse(asOf), expand(f[FIELDS - 1]));
    }

    private static String edtf(FuzzyDate d) {
        return d == null ? "" : d.edtf();
    }

    private static String shorten(String iri) {
        if (iri == null) {
            return "";
        }
        return iri.startsWith(Iris.BASE) ? SHORT + iri.substring(Iris.BASE.length()) : iri;
    }

    private static String expand(String field) {
        if (field.isEmpty()) {
            return null;
        }
        return field.startsWith(SHORT) ? Iris.BASE + field.substring(SHORT.length()) : field;
    }
}

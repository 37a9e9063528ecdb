package org.missionkg.consolidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.missionkg.model.FuzzyDate;
import org.missionkg.vocab.MKG;

/**
 * What the conflicts question shows of one conflict, worked out from its claims when the conflict is built: how
 * many claims state a value for its aspect and how many distinct values they state, and its two farthest
 * values as sides (A: the claim whose value ends first; B: the one whose value begins last).
 *
 * <p>Ties go to the smaller value (EDTF string) then the smaller claim IRI on side A, and the larger of each on
 * side B, so that the sides never depend on the order of the input and, where several articles state a side's
 * value, the two sides tend to come from different articles.
 *
 * @param values distinct values stated (EDTF strings)
 * @param claims claims that state a value for the aspect; a claim linked to the conflict for another reason (a
 *               start that clashes with an end) is not counted
 * @param sideA  claim IRI of side A, or null when no claim's value has a last day
 * @param sideB  claim IRI of side B, or null when no claim's value has a first day
 */
record ConflictFigures(int values, int claims, String sideA, String sideB) {

    /** One claim's value for the conflict's aspect. */
    private record Stated(String claim, FuzzyDate value) {
    }

    private static final Comparator<Stated> BY_VALUE_THEN_CLAIM =
            Comparator.comparing((Stated s) -> s.value().edtf()).thenComparing(Stated::claim);

    /**
     * The figures of the conflict on {@code aspect} among {@code claimIris}, each looked up in {@code claims}.
     * A "start" conflict can set tenure claims against start-event claims: an event claim's value is its date.
     */
    static ConflictFigures of(Aspect aspect, Collection<String> claimIris, Map<String, Claim> claims) {
        Set<String> values = new HashSet<>();
        int stating = 0;
        Stated a = null;
        Stated b = null;
        for (String iri : claimIris) {
            Claim c = claims.get(iri);
            FuzzyDate v = c == null ? null : value(c, aspect);
            if (v == null) {
                continue;
            }
            stating++;
            values.add(v.edtf());
            Stated s = new Stated(iri, v);
            if (v.latest() != null && (a == null || endsFirst(s, a))) {
                a = s;
            }
            if (v.earliest() != null && (b == null || beginsLast(s, b))) {
                b = s;
            }
        }
        return new ConflictFigures(values.size(), stating, a == null ? null : a.claim(), b == null ? null : b.claim());
    }

    /** Writes the figures on the conflict node {@code r}, in its model: two counts, and each side that there is. */
    void writeOn(Resource r) {
        Model m = r.getModel();
        r.addLiteral(MKG.valueCount, m.createTypedLiteral(values, XSDDatatype.XSDinteger))
                .addLiteral(MKG.claimCount, m.createTypedLiteral(claims, XSDDatatype.XSDinteger));
        if (sideA != null) {
            r.addProperty(MKG.sideA, m.createResource(sideA));
        }
        if (sideB != null) {
            r.addProperty(MKG.sideB, m.createResource(sideB));
        }
    }

    /**
     * The figures of every conflict in {@code consolidated} that has none (a graph consolidated before they were
     * written), worked out from the claim lines ({@link ClaimRows}) of each such conflict's mission, which hold
     * every claim a conflict of that mission names; the same figures a consolidation of those claims writes.
     * Each mission's lines are read and decoded once ({@link BackfillFromLines}).
     *
     * @throws IllegalStateException when a conflict names a claim its mission's lines do not hold (the lines
     *                               are not those of the graph: only a full rebuild can tell the figures)
     */
    static Model missing(Graph consolidated, Function<String, Collection<String>> linesOf) {
        return BackfillFromLines.fill(consolidated, MKG.Conflict, MKG.claimCount, linesOf, "conflict %s names claim",
                (c, iris, claims, target) -> of(Aspect.ofCode(consolidated.find(c, MKG.aspect.asNode(), Node.ANY).next()
                        .getObject().getLiteralLexicalForm()), iris, claims).writeOn(target));
    }

    private static FuzzyDate value(Claim c, Aspect aspect) {
        FuzzyDate v = c.date(aspect);
        return v == null && aspect == Aspect.START ? c.date(Aspect.DATE) : v;
    }

    private static boolean endsFirst(Stated s, Stated than) {
        int byDay = s.value().latest().compareTo(than.value().latest());
        return byDay < 0 || byDay == 0 && BY_VALUE_THEN_CLAIM.compare(s, than) < 0;
    }

    private static boolean beginsLast(Stated s, Stated than) {
        LocalDate first = s.value().earliest();
        int byDay = first.compareTo(than.value().earliest());
        return byDay > 0 || byDay == 0 && BY_VALUE_THEN_CLAIM.compare(s, than) > 0;
    }
}

package org.missionkg.consolidate;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.missionkg.vocab.MKG;

/**
 * How many distinct articles support a consolidated fact ({@code mkg:articleCount}): the articles its
 * claims are derived from. Written on the fact when it is built, so that the timeline reads one value per
 * fact instead of counting through {@code mkg:claim/prov:wasDerivedFrom} at page load (at 100k articles a
 * tenure rests on thousands of claims). It changes only when the fact's claims change, and an update
 * recomputes every fact of a mission whose claims changed, so the stored count stays what counting gives.
 */
final class ArticleCounts {
    private ArticleCounts() {
    }

    /** The distinct articles these claims come from; a claim that names none counts for nothing. */
    static int of(Collection<Claim> claims) {
        return (int) claims.stream().map(Claim::article).filter(Objects::nonNull).distinct().count();
    }

    /** Writes the count on a fact: one literal, an xsd:integer as the property's range says. */
    static void writeOn(Resource fact, int count) {
        fact.addLiteral(MKG.articleCount, fact.getModel().createTypedLiteral(count, XSDDatatype.XSDinteger));
    }

    /**
     * The counts of every consolidated fact in {@code consolidated} that has none (a graph consolidated before
     * they were written), from the claim lines ({@link ClaimRows}) of each such fact's mission, which hold every
     * claim a fact of that mission rests on: the same counts a consolidation of those claims writes. Each
     * mission's lines are read and decoded once ({@link BackfillFromLines}).
     *
     * @throws IllegalStateException when a fact names a claim its mission's lines do not hold (the lines are not
     *                               those of the graph: only a full rebuild can tell the count)
     */
    static Model missing(Graph consolidated, Function<String, Collection<String>> linesOf) {
        return BackfillFromLines.fill(consolidated, MKG.ConsolidatedFact, MKG.articleCount, linesOf,
                "consolidated fact %s rests on claim",
                (f, iris, claims, target) -> writeOn(target, of(iris.stream().map(claims::get).toList())));
    }
}

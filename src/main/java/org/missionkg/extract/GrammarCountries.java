package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;
import java.util.function.Function;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/**
 * The country a node of the parse stands for, which both a lead ("the Royal Canadian Navy took
 * command") and the owner of a troop count ("Kenya's deployment") need: a country's own name, or a
 * national force standing for its country, but never a demonym that names a person.
 */
final class GrammarCountries {
    /** "an Australian", "another Dane": a person of that country. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

    /**
     * Words for a national body of troops, or its act, which stand for its country when a demonym or a national force
     * qualifies them: "A Hungarian Air Force detachment took over the lead", "The Spanish detachment had eight F-18s",
     * "the draft German mandate allows up to 700 soldiers", "the British contribution comprises ...".
     */
    private static final Set<String> NATIONAL_UNITS = Set.of("detachment", "contingent", "team", "squadron", "battalion",
            "unit", "company", "wing", "group", "flotilla", "brigade", "element", "component", "force", "mandate",
            "deployment", "contribution", "rotation", "airman", "sailor");

    /** The country a national force's name carries ("Royal Canadian Navy" → Canada), or null. */
    private final Function<String, EntityRef> nationality;

    GrammarCountries(Function<String, EntityRef> nationality) {
        this.nationality = nationality;
    }

    /**
     * A country node, or a national force standing for its country ("the Royal Canadian Navy took command"), or a ship
     * for her navy's.
     */
    EntityRef countryOf(ParseGraph g, IndexedWord w) {
        Slot demonym = w == null ? null : g.slotAt(w);
        if (demonym != null && demonym.type() == SlotType.DEMONYM && (g.hasDependent(w, "det", INDEFINITE) || describesAPerson(g, w))) {
            return null; // "an Australian has led the force": a person of that country, not the country
        }
        EntityRef c = g.entity(w, EntityKind.COUNTRY);
        if (c != null || w == null) {
            return c;
        }
        Slot slot = g.slotAt(w);
        if (slot != null && SentenceSlots.isShip(slot)) {
            // "RSS Persistence, which sailed with about 240 personnel": a ship is her navy's country's
            String navy = SentenceSlots.navyCountry(slot.text());
            return navy == null ? null : nationality.apply(navy);
        }
        if (slot != null && slot.type() == SlotType.ORGANIZATION) {
            EntityRef own = nationality.apply(slot.text());
            // "the Belgian Air Force": a service named without its country, which the demonym before it gives
            return own != null ? own : g.nationalityOf(w);
        }
        return slot == null && NATIONAL_UNITS.contains(ParseGraph.lemma(w)) ? unitCountry(g, w) : null;
    }

    /** "General X, the Australian who has commanded the force since March": a demonym in apposition to a person is that person. */
    private static boolean describesAPerson(ParseGraph g, IndexedWord demonym) {
        for (var e : g.graph.incomingEdgeIterable(demonym)) {
            Slot head = g.slotAt(e.getGovernor());
            if (e.getRelation().toString().equals("appos") && head != null && head.type() == SlotType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The country of a national unit: "Spanish airmen", "troops from Chad", "a Hungarian Air Force detachment". */
    private EntityRef unitCountry(ParseGraph g, IndexedWord unit) {
        EntityRef c = g.nationalityOf(unit);
        if (c != null) {
            return c;
        }
        for (var e : g.graph.outgoingEdgeIterable(unit)) {
            Slot s = g.slotAt(e.getDependent());
            if (e.getRelation().toString().equals("compound") && s != null && s.type() == SlotType.ORGANIZATION) {
                return countryOf(g, e.getDependent());
            }
        }
        return null;
    }
}

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
        if (demonym != null && demonym.type() == SlotType.DEMONYM && g.hasDependent(w, "det", INDEFINITE)) {
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
        return slot != null && slot.type() == SlotType.ORGANIZATION ? nationality.apply(slot.text()) : null;
    }
}

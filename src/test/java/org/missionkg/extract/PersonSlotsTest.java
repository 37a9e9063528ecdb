package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/** How a person's slot takes the particles of a name the tagger split (hand-built slots, no CoreNLP). */
class PersonSlotsTest {
    private static Slot slot(SlotType type, String clean, String text, EntityRef entity) {
        int at = clean.indexOf(text);
        return Slot.entity(type, at, at + text.length(), text, entity);
    }

    @Test
    void aParticleAndTheWordAfterItThatTheTaggerLeftOutBelongToTheName() {
        String clean = "He took over from a compatriot, Marcos de Sa Affonso da Costa, last year.";
        Slot person = slot(SlotType.PERSON, clean, "Marcos de Sa Affonso", null);
        List<Slot> out = PersonSlots.joinParticles(clean, List.of(person));
        assertEquals("Marcos de Sa Affonso da Costa", out.get(0).text());
        // not a word something else took: the paper "Le Messager de Bangui", its town a place the gazetteer knows
        String paper = "the daily Le Messager de Bangui reported.";
        Slot named = slot(SlotType.PERSON, paper, "Le Messager", null);
        Slot town = slot(SlotType.PLACE, paper, "Bangui", new EntityRef(EntityKind.PLACE, "bangui", "Bangui"));
        assertEquals(List.of("Le Messager", "Bangui"),
                PersonSlots.joinParticles(paper, List.of(named, town)).stream().map(Slot::text).toList());
    }

    @Test
    void twoNamesSplitAtAParticleAreOneAndNothingElseIsTaken() {
        String clean = "Fernando Azevedo e Silva met Luiz da Silva's aides in Brasilia.";
        Slot first = slot(SlotType.PERSON, clean, "Fernando Azevedo", null);
        Slot second = slot(SlotType.PERSON, clean, "Silva met", null).withSpan(clean.indexOf("Silva"),
                clean.indexOf("Silva") + 5, "Silva");
        Slot luiz = slot(SlotType.PERSON, clean, "Luiz", null);
        List<Slot> out = PersonSlots.joinParticles(clean, List.of(first, second, luiz));
        assertEquals(List.of("Fernando Azevedo e Silva", "Luiz da Silva"), out.stream().map(Slot::text).toList());
    }
}

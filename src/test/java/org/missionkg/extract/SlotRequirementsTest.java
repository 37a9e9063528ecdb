package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a rule cannot match without; never more than it really needs. */
class SlotRequirementsTest {

    @Test
    void requiredMacrosAreNeeds() {
        assertEquals(List.of("P", "P"), SlotRequirements.of("{P:new}{_}\\btook\\s+over\\s+from\\s+{P:old}"));
        assertEquals(List.of("CD", "M"), SlotRequirements.of("{CD:country}\\s+(?:will\\s+)?lead\\s+{M:mission}"));
    }

    @Test
    void optionalAlternativeAndLookaroundMacrosAreNot() {
        assertEquals(List.of("M"), SlotRequirements.of("{M:mission}(?:\\s+on\\s+{T})?"));
        assertEquals(List.of("M"), SlotRequirements.of("{M:mission}(\\s+in\\s+{L}){0,2}"));
        assertEquals(List.of("M"), SlotRequirements.of("{M:mission}\\s+{T}?"));
        assertEquals(List.of(), SlotRequirements.of("{P:new}\\s+led|{C:country}\\s+led"));
        assertEquals(List.of("M"), SlotRequirements.of("(?:{P}|{C})\\s+left\\s+{M}"));
        assertEquals(List.of("N"), SlotRequirements.of("(?<!{P}\\s)[^⟦]{0,9}{N:num}\\s+troops(?!\\s+{L})"));
        assertEquals(List.of("N"), SlotRequirements.of("[{(]\\s*{N:num}\\)"), "a bracket in a character class is no group");
    }

    @Test
    void needsAreMetByAnyLetterOfTheirSet() {
        assertTrue(SlotRequirements.met(List.of("CD", "M"), Set.of('D', 'M', 'T')));
        assertFalse(SlotRequirements.met(List.of("CD", "M"), Set.of('P', 'M')));
        assertTrue(SlotRequirements.met(List.of(), Set.of()));
    }

    @Test
    void bundledRulesNeedOnlyKnownSlotLetters() {
        for (Rule r : RuleBook.bundled().rules()) {
            for (String need : r.needs()) {
                assertTrue(need.chars().allMatch(c -> "PMCDOLRKTN".indexOf(c) >= 0), r.id() + " needs " + need);
            }
        }
    }
}

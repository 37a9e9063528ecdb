package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/** Whom a count of a whole mission is credited to, the one rule the surface rules and the grammar layer share. */
class TroopFactsTest {
    private static final EntityRef ALBA = new EntityRef(EntityKind.MISSION, "operation-alba", "Operation Alba");
    private static final EntityRef NATO = new EntityRef(EntityKind.ORGANIZATION, "nato", "NATO");

    @Test
    void whoRunsTheMissionIsCreditedWithItsTotal() {
        assertEquals(NATO, TroopFacts.wholeCountedFor(ALBA, NATO));
    }

    @Test
    void aMissionNobodyIsKnownToRunCountsAsItself() {
        assertEquals(ALBA, TroopFacts.wholeCountedFor(ALBA, null));
    }

    @Test
    void nothingThatIsNoMissionCountsAsItself() {
        assertNull(TroopFacts.wholeCountedFor(NATO, null));
        assertNull(TroopFacts.wholeCountedFor(null, null));
    }
}

package org.missionkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a troop figure reads in the gold layout's value column. */
class TroopContributionTest {
    private static final EntityRef NATO = new EntityRef(EntityKind.ORGANIZATION, "nato", "NATO");
    private static final Provenance P = new Provenance("a", new Evidence(0, 1, "x", "", "", "x"), 0.8, "r", null);

    private static TroopContribution t(long count, CountQualifier q, Long from, CountQualifier fromQ) {
        return new TroopContribution(NATO, null, count, q, "troops", from, fromQ, null, P);
    }

    @Test
    void valuesReadAsTheGoldWritesThem() {
        assertEquals("up to 250", t(250, CountQualifier.UP_TO, null, null).valueText());
        assertEquals("250", t(250, CountQualifier.EXACT, null, null).valueText());
        assertEquals("from more than 800 down to about 500",
                t(500, CountQualifier.ABOUT, 800L, CountQualifier.MORE_THAN).valueText());
        assertEquals("from about 500 to up to 4000", t(4000, CountQualifier.UP_TO, 500L, CountQualifier.ABOUT).valueText());
        assertEquals("from 500 up to 600", t(600, CountQualifier.EXACT, 500L, null).valueText());
    }
}

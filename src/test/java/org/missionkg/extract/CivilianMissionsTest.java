package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/** Which missions civilians head, by the words of their names (no gazetteer, no CoreNLP). */
class CivilianMissionsTest {
    private static final CivilianMissions BY_LABEL = CivilianMissions.byLabel();

    private static boolean civilian(String label) {
        return BY_LABEL.isCivilian(new EntityRef(EntityKind.MISSION, "m", label));
    }

    @Test
    void officesMonitorsPoliceAndEmergencyMissionsAreHeadedByCivilians() {
        assertTrue(civilian("United Nations Integrated Peacebuilding Office in Guinea-Bissau"));
        assertTrue(civilian("United Nations Office for West Africa and the Sahel"));
        assertTrue(civilian("United Nations Mission for Ebola Emergency Response"));
        assertTrue(civilian("European Union Monitoring Mission in Georgia"));
        assertTrue(civilian("EUPOL Afghanistan"));
    }

    @Test
    void forcesAndTrainingMissionsAreCommanded() {
        assertFalse(civilian("African Union Support and Stabilization Mission in Somalia"));
        assertFalse(civilian("United Nations Mission in South Sudan"));
        assertFalse(civilian("European Union Training Mission in Mozambique"));
        assertFalse(civilian("Operation Sea Guardian"));
    }
}

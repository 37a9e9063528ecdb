package org.missionkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/** Whose office a bare title names, from the gazetteer's roles and the table of office holders. */
class TitleHoldersTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final TitleHolders titles = TitleHolders.bundled();

    private String role(String title) {
        return gazetteer.lookup(title).orElseThrow().iri();
    }

    private static EntityRef person(String name) {
        return new EntityRef(EntityKind.PERSON, name.toLowerCase().replace(' ', '-'), name);
    }

    @Test
    void aKnownHoldersTitleIsTheirCountrys() {
        Optional<EntityRef> sa = titles.holder(person("Cyril Ramaphosa"), role("President"), LocalDate.of(2024, 7, 16));
        assertEquals("South Africa", sa.orElseThrow().label());
        assertEquals(EntityKind.COUNTRY, sa.get().kind());
        assertEquals("NATO", titles.holder(person("Jens Stoltenberg"), role("Secretary General"), LocalDate.of(2016, 3, 7))
                .orElseThrow().label());
    }

    @Test
    void anUnknownPersonOrAnotherOfficeGivesNothing() {
        assertEquals(Optional.empty(), titles.holder(person("Jane Example"), role("President"), LocalDate.of(2024, 1, 1)));
        assertEquals(Optional.empty(), titles.holder(person("Cyril Ramaphosa"), role("Prime Minister"), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void officesOfOrganisationsAndHeadsOfMission() {
        assertTrue(titles.isOrganizationOffice(role("Secretary General")));
        assertFalse(titles.isOrganizationOffice(role("Prime Minister")));
        assertTrue(titles.headsMission(role("Special Representative of the Secretary-General")));
        assertTrue(titles.headsMission(role("special coordinator")));
        assertFalse(titles.headsMission(role("President")));
    }
}

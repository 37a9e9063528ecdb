package org.missionkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.vocab.Iris;

/** The gazetteer's mission years and phases ({@link MissionEras}), as loaded from its Turtle. */
class MissionErasTest {
    private static final Gazetteer G = Gazetteer.bundled();

    @Test
    void missionErasTellPhasesAndNamesakesApart() {
        MissionEras eras = G.eras();
        EntityRef monuc = G.entity(Iris.entity(EntityKind.MISSION, "monuc")).orElseThrow();
        EntityRef monusco = G.entity(Iris.entity(EntityKind.MISSION, "monusco")).orElseThrow();
        EntityRef euArtemis = G.entity(Iris.entity(EntityKind.MISSION, "eu-operation-artemis")).orElseThrow();
        EntityRef caArtemis = G.entity(Iris.entity(EntityKind.MISSION, "operation-artemis")).orElseThrow();
        assertEquals(Optional.of(monuc), eras.predecessor(monusco));
        assertEquals(Optional.empty(), eras.predecessor(monuc));
        assertTrue(eras.activeIn(monuc, 2003));
        assertFalse(eras.activeIn(monusco, 2003));
        assertTrue(eras.startsAfter(monusco, 2003));
        assertEquals(List.of(caArtemis), eras.namesakes(euArtemis));
        assertEquals(List.of(euArtemis), eras.namesakes(caArtemis));
        // a mission without years is active whenever asked
        EntityRef kfor = G.entity(Iris.entity(EntityKind.MISSION, "kfor")).orElseThrow();
        assertTrue(eras.activeIn(kfor, 1950));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mkg:activeFrom \"20x4\" | not a year",
        "mkg:activeFrom \"2010\" ; mkg:activeUntil \"2004\" | ends before it starts",
        "mkg:activeFrom \"2010\", \"2011\" | more than one activeFrom",
        "mkg:succeeds <https://w3id.org/missionkg/id/country/x> | not a gazetteer mission"})
    void badMissionYearsOrPhasesStopLoadingAndSayWhy(String attributes, String problem) {
        String ttl = "@prefix mkg: <https://w3id.org/missionkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<https://w3id.org/missionkg/id/country/x> a mkg:Country ; rdfs:label \"Xland\" .\n"
                + "<https://w3id.org/missionkg/id/mission/a> a mkg:Mission ; rdfs:label \"Operation A\" ; " + attributes + " .\n";
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ttl), null, "TTL");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(m));
        assertTrue(e.getMessage().contains(problem) && e.getMessage().contains("mission/a"), e.getMessage());
    }

    @Test
    void aSharedMissionNameWithoutYearsIsRefused() {
        String ttl = "@prefix mkg: <https://w3id.org/missionkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<https://w3id.org/missionkg/id/mission/a> a mkg:Mission ; rdfs:label \"Operation Same\" .\n"
                + "<https://w3id.org/missionkg/id/mission/b> a mkg:Mission ; rdfs:label \"Operation Same\" .\n";
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ttl), null, "TTL");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(m));
        assertTrue(e.getMessage().contains("mkg:activeFrom"), e.getMessage());
    }

}

package org.missionkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.missionkg.TestFiles;
import org.missionkg.map.MKG;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.resolve.GazetteerMatch.Category;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final String ID = "https://w3id.org/missionkg/id/";
    private static final Gazetteer G = Gazetteer.bundled();

    /** "CATEGORY label" for each match, in text order. */
    private static List<String> found(String text) {
        return G.scan(text).stream().map(m -> m.category() + " " + m.label()).toList();
    }

    @Test
    void bundledFileParsesAndHoldsEachKind() {
        assertNotNull(Gazetteer.class.getResource(Gazetteer.RESOURCE));
        for (Resource type : List.of(MKG.Mission, MKG.Country, MKG.Organization, MKG.Place, MKG.Person,
                MKG.Rank, MKG.Role)) {
            assertFalse(G.model().listSubjectsWithProperty(RDF.type, type).toList().isEmpty(), type.getURI());
        }
    }

    @Test
    void everyEntityHasOneLabelAndEveryConceptOnePrefLabel() {
        for (Resource type : List.of(MKG.Mission, MKG.Country, MKG.Organization, MKG.Place, MKG.Person)) {
            for (Resource r : G.model().listSubjectsWithProperty(RDF.type, type).toList()) {
                assertEquals(1, r.listProperties(RDFS.label).toList().size(), r.getURI());
                assertTrue(G.entity(r.getURI()).isPresent(), r.getURI());
            }
        }
        for (Resource type : List.of(MKG.Rank, MKG.Role)) {
            for (Resource r : G.model().listSubjectsWithProperty(RDF.type, type).toList()) {
                assertEquals(1, r.listProperties(SKOS.prefLabel).toList().size(), r.getURI());
                assertTrue(r.hasProperty(RDF.type, SKOS.Concept), r.getURI());
                assertTrue(r.hasProperty(SKOS.inScheme), r.getURI());
            }
        }
    }

    @Test
    void everyWikidataLinkIsACheckedIdForThatName() throws IOException {
        Map<String, String> labelById = new HashMap<>();
        for (String line : Files.readAllLines(referenceTsv())) {
            String[] cols = line.split("\t", -1);
            if (cols.length >= 2 && cols[1].matches("Q\\d+")) {
                labelById.put(cols[1], cols[0]);
            }
        }
        List<Statement> links = G.model().listStatements(null, OWL.sameAs, (Resource) null).toList();
        assertFalse(links.isEmpty());
        for (Statement s : links) {
            String uri = s.getResource().getURI();
            assertTrue(uri.startsWith("http://www.wikidata.org/entity/"), uri);
            String qid = uri.substring(uri.lastIndexOf('/') + 1);
            String checkedName = labelById.get(qid);
            assertNotNull(checkedName, qid + " on " + s.getSubject() + " is not in wikidata-ids.tsv");
            Resource r = s.getSubject();
            boolean named = r.hasProperty(RDFS.label, checkedName) || r.hasProperty(SKOS.altLabel, checkedName);
            assertTrue(named, qid + " is checked for '" + checkedName + "', not for " + r);
            assertEquals(qid, G.wikidataId(r.getURI()).orElseThrow());
        }
        assertTrue(G.wikidataId(ID + "mission/nato-mission-iraq").isEmpty());
    }

    private static Path referenceTsv() {
        return TestFiles.shared("reference/wikidata-ids.tsv");
    }

    @Test
    void seedSentencesFindWhatTheyShould() {
        assertEquals(List.of("ROLE commander", "RANK Major-General", "RANK Brigadier-General"),
                found("the current head of the mission, Major-General Dany Fortin, would transfer command to "
                        + "Brigadier-General Jennie Carignan in the fall of 2019"));
        assertEquals(List.of("COUNTRY Canada", "MISSION NATO Mission Iraq"),
                found("Canada has been leading the NATO training mission in Iraq since July 2018"));
        assertEquals(List.of("RANK Brigadier-General", "ROLE commander", "MISSION Joint Task Force Impact"),
                found("Brig.-Gen. Colin Keiver, who previously served as Commander Joint Task Force Impact"));
        assertEquals(List.of("ORGANIZATION Islamic State"),
                found("essential to defeating the Islamic State of Iraq and the Levant."));
        assertEquals(List.of("COUNTRY United States", "COUNTRY Iran"), found("the heightened U.S. -Iran tensions"));
        assertEquals(List.of("DEMONYM Denmark"), found("Danish troops"));
        assertEquals(List.of(), found("this is us"));
        assertEquals(List.of("ORGANIZATION NATO", "ROLE Secretary General"),
                found("NATO Secretary-General Jens Stoltenberg"));
        assertEquals(List.of("COUNTRY Canada", "ROLE Minister of Defence"),
                found("Canada’s defense minister announced on Wednesday"));
        assertEquals(List.of("ORGANIZATION NATO", "MISSION NATO Mission Iraq", "ORGANIZATION United States Department of Defense"),
                found("The alliance expanded the Western alliance's training mission in Iraq, the Pentagon said"));
        assertEquals(List.of("MISSION Operation Inherent Resolve", "ORGANIZATION Global Coalition to Defeat ISIS"),
                found("troops from the USA -led coalition met the anti-IS coalition"));
    }

    @Test
    void matchSpansPointIntoTheText() {
        String text = "TORONTO – Canadian Prime Minister Justin Trudeau said the Canadian Armed Forces would go.";
        List<GazetteerMatch> ms = G.scan(text);
        assertEquals(List.of("DEMONYM Canada", "ROLE Prime Minister", "PERSON Justin Trudeau",
                "ORGANIZATION Canadian Armed Forces"), found(text));
        for (GazetteerMatch m : ms) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals("Canadian Armed Forces", ms.get(3).surface());
        assertEquals("The alliance", G.scan("The alliance met at the NATO summit").get(0).surface());
        assertEquals("NATO", G.scan("The alliance met at the NATO summit").get(1).surface());
        assertEquals(new EntityRef(EntityKind.COUNTRY, "canada", "Canada"), ms.get(0).entity());
        assertEquals(ID + "country/canada", ms.get(0).iri());
        assertEquals(null, ms.get(1).entity());
    }

    @Test
    void shortAndCapitalAliasesMatchOnlyAsWritten() {
        assertEquals(List.of("ORGANIZATION Islamic State"), found("the defeat of IS"));
        assertEquals(List.of(), found("it is what it is, gen z"));
        assertEquals(List.of(), found("nmi and nato"));
        assertEquals(List.of("MISSION NATO Mission Iraq"), found("NMI"));
        assertEquals(List.of("RANK General"), found("Gen. Jonathan Vance"));
        assertEquals(List.of(), found("a major role in polish politics"));
        assertEquals(List.of("RANK Major", "DEMONYM Poland"), found("Major Kowalski, a Polish officer"));
        assertEquals(List.of(), found("ISISes Canadas NATOs Iraqis"));
        assertEquals(List.of(), found("us-led coalition"));
        assertEquals(List.of("ORGANIZATION Islamic State"), found("DAESH"));
        assertEquals(List.of("PLACE Baghdad"), found("BAGHDAD"));
    }

    @Test
    void spellingNoiseIsTolerated() {
        assertEquals(List.of("MISSION NATO Mission Iraq"), found("NATO\u00A0Mission\u00A0Iraq"));
        assertEquals(List.of("MISSION NATO Mission Iraq"), found("NATO’s training mission"));
        assertEquals(List.of("MISSION NATO Mission Iraq"), found("NATO Mission-Iraq"));
        assertEquals(List.of("MISSION Operation Inherent Resolve"), found("a US-led coalition"));
        assertEquals(List.of("MISSION Operation Inherent Resolve"), found("a U.S.-led coalition"));
        assertEquals(List.of("ORGANIZATION Islamic State"), found("Da’esh"));
        assertEquals(List.of("RANK Lieutenant-General", "RANK Lieutenant-General", "RANK Lieutenant-General"),
                found("Lt.-Gen. A, Lt. Gen. B and Lt Gen C"));
        assertEquals(List.of("COUNTRY Turkey"), found("Turkiye"));
        assertEquals(List.of(), found("an alliance of convenience"));
    }

    @Test
    void lookupNormalisesLikeScan() {
        assertEquals(ID + "mission/nato-mission-iraq", G.lookup("the NATO training mission").orElseThrow().iri());
        assertEquals(ID + "organization/nato", G.lookup("The alliance").orElseThrow().iri());
        assertTrue(G.lookup("alliance").isEmpty());
        assertEquals(ID + "country/united-states", G.lookup("U.S.").orElseThrow().iri());
        assertTrue(G.lookup("us").isEmpty());
        assertTrue(G.lookup("NATO Mission Iraq in 2019").isEmpty());
        GazetteerMatch dm = G.lookup("Defense Minister").orElseThrow();
        assertEquals(Category.ROLE, dm.category());
        assertEquals("Minister of Defence", dm.label());
        assertEquals(ID + "rank/brigadier-general", G.lookup("Brig.-Gen.").orElseThrow().iri());
    }

    @Test
    void roleLabelsAreScopedToTheirCountry() {
        String defence = ID + "role/minister-of-defence";
        EntityRef canada = new EntityRef(EntityKind.COUNTRY, "canada", "Canada");
        EntityRef denmark = new EntityRef(EntityKind.COUNTRY, "denmark", "Denmark");
        assertEquals("Minister of National Defence", G.roleLabelFor(defence, canada).orElseThrow());
        assertEquals("Minister of Defence", G.roleLabelFor(defence, denmark).orElseThrow());
        assertEquals("Minister of Defence", G.roleLabelFor(defence, null).orElseThrow());
        assertEquals("Secretary General", G.roleLabelFor(ID + "role/secretary-general", canada).orElseThrow());
        assertTrue(G.roleLabelFor(ID + "country/canada", canada).isEmpty());
        assertEquals(ID + "role/minister-of-defence", G.lookup("Minister of National Defence").orElseThrow().iri());
    }

    @Test
    void onlyKnownAliasesNameTwoThings() {
        assertEquals(Set.of("commander"), G.ambiguousAliases().keySet());
    }

    @Test
    void seedArticlesScanQuicklyAndFindTheirMissions() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("data", "articles"))) {
            for (Path p : files.sorted().toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        List<String> seed = found(all.toString());
        for (String want : List.of("MISSION NATO Mission Iraq", "MISSION Joint Task Force Impact",
                "MISSION Operation IMPACT", "MISSION Operation Inherent Resolve", "ORGANIZATION Reuters",
                "ORGANIZATION The Canadian Press", "ORGANIZATION Islamic Revolutionary Guard Corps",
                "PLACE Besmaya", "PLACE Taji", "PLACE City of Brussels", "PLACE Kurdistan Region",
                "COUNTRY Kuwait", "PERSON Joe Biden")) {
            assertTrue(seed.contains(want), want);
        }
        String big = all.toString().repeat(200);
        long t0 = System.nanoTime();
        int n = G.scan(big).size();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200 * seed.size(), n);
        assertTrue(ms < 10_000, "scan of " + big.length() + " chars took " + ms + " ms");
    }
}

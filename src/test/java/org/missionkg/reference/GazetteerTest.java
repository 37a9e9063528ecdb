package org.missionkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
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
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionkg.reference.GazetteerMatch.Category;
import org.missionkg.vocab.MKG;

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
        // A longer name that starts inside a shorter one and runs past it is the one named.
        assertEquals(List.of("MISSION Solomon Islands International Assistance Force", "COUNTRY Australia"),
                found("a fourth nation joins the Solomon Islands International Assistance Force, which Australia leads"));
        assertEquals(List.of("COUNTRY Solomon Islands"), found("police deployed to the Solomon Islands last week"));
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
    void aDeputysTitleIsNotTheCommandersAndStaffTitlesAreOffices() {
        // "force commander" is the commander's title; the longer "Deputy Force Commander" is the deputy's.
        assertEquals(ID + "role/deputy-commander", G.lookup("Deputy Force Commander").orElseThrow().iri());
        assertEquals(ID + "role/commander", G.lookup("force commander").orElseThrow().iri());
        List<GazetteerMatch> scan = G.scan("The Deputy Force Commander, Brigadier General Jan Isberg, arrived.");
        assertEquals(List.of("Deputy Force Commander"), scan.stream().filter(m -> m.category() == Category.ROLE)
                .map(GazetteerMatch::surface).toList());
        assertEquals(ID + "role/chief-of-joint-operations", G.lookup("Chief of Joint Operations").orElseThrow().iri());
        assertEquals(ID + "role/under-secretary-general-for-peace-operations",
                G.lookup("Under-Secretary-General for Peacekeeping Operations").orElseThrow().iri());
        assertEquals("Minister of Defence", G.lookup("Minister of Defence and Military Veterans").orElseThrow().label());
    }

    private static EntityRef mission(String key) {
        return G.entity(ID + "mission/" + key).orElseThrow(() -> new AssertionError("no mission " + key));
    }

    @Test
    void everyMissionHasANoteAndItsOperatorAndHostsAreGazetteerEntities() {
        List<Resource> missions = G.model().listSubjectsWithProperty(RDF.type, MKG.Mission).toList();
        assertTrue(missions.size() > 200, missions.size() + " missions");
        int withOperator = 0;
        for (Resource r : missions) {
            assertEquals(1, r.listProperties(SKOS.note).toList().size(), "one note on " + r.getURI());
            assertTrue(r.listProperties(MKG.operatedBy).toList().size() <= 1, r.getURI());
            EntityRef m = G.entity(r.getURI()).orElseThrow();
            for (Statement s : r.listProperties(MKG.operatedBy).toList()) {
                EntityRef op = G.entity(s.getResource().getURI()).orElseThrow(() -> new AssertionError(s.toString()));
                assertTrue(op.kind() == EntityKind.ORGANIZATION || op.kind() == EntityKind.COUNTRY, s.toString());
                assertEquals(Optional.of(op), G.operator(m));
                withOperator++;
            }
            List<EntityRef> hosts = G.hostCountries(m);
            assertEquals(r.listProperties(MKG.hostCountry).toList().size(), hosts.size(), r.getURI());
            for (EntityRef h : hosts) {
                assertEquals(EntityKind.COUNTRY, h.kind(), r.getURI());
            }
        }
        assertTrue(withOperator > missions.size() * 9 / 10, withOperator + " of " + missions.size() + " have an operator");
    }

    @Test
    void operatorAndHostCountriesAreStableAttributesOfTheMission() {
        EntityRef un = G.entity(ID + "organization/united-nations").orElseThrow();
        EntityRef nato = G.entity(ID + "organization/nato").orElseThrow();
        assertEquals(Optional.of(un), G.operator(mission("unmiss")));
        assertEquals(List.of("South Sudan"), labels(G.hostCountries(mission("unmiss"))));
        assertEquals(Optional.of(nato), G.operator(mission("kfor")));
        assertEquals(List.of("Kosovo"), labels(G.hostCountries(mission("kfor"))));
        assertEquals("France", G.operator(mission("operation-barkhane")).orElseThrow().label());
        assertEquals("Combined Maritime Forces", G.operator(mission("ctf-151")).orElseThrow().label());
        assertEquals(List.of(), G.hostCountries(mission("ctf-151")), "at sea");
        assertEquals(List.of("Iraq", "Syria"), labels(G.hostCountries(mission("operation-inherent-resolve"))));
        assertEquals("African Union", G.operator(mission("atmis")).orElseThrow().label());
        assertEquals("Southern African Development Community", G.operator(mission("samim")).orElseThrow().label());
        assertEquals("Economic Community of West African States", G.operator(mission("ecomig")).orElseThrow().label());
        assertEquals(List.of("Democratic Republic of the Congo"), labels(G.hostCountries(mission("monusco"))));
        assertTrue(G.operator(mission("multinational-force-and-observers")).isEmpty(), "its own organisation");
        EntityRef unknown = new EntityRef(EntityKind.MISSION, "operation-nowhere", "Operation Nowhere");
        assertTrue(G.operator(unknown).isEmpty());
        assertEquals(List.of(), G.hostCountries(unknown));
        assertTrue(G.operator(G.entity(ID + "country/canada").orElseThrow()).isEmpty(), "not a mission");
        assertTrue(G.operator(null).isEmpty());
    }

    private static List<String> labels(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::label).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Peacekeepers from UNMISS patrolled Malakal.|United Nations Mission in South Sudan",
            "the UN mission in South Sudan said on Monday|United Nations Mission in South Sudan",
            "the U.N. peacekeeping mission in Congo withdrew from South Kivu|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "Monusco troops left Bukavu|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
            "a UN peacekeeping mission in the Central African Republic|United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
            "UNDOF observers on the Golan|United Nations Disengagement Observer Force",
            "the EU's naval operation in the Mediterranean, Irini,|Operation Irini",
            "EUNAVFOR MED Sophia ended in March 2020|Operation Sophia",
            "EUNAVFOR Aspides escorted a tanker|EUNAVFOR Aspides",
            "the EU's naval operation in the Red Sea|EUNAVFOR Aspides",
            "NATO's maritime operation in the Mediterranean|Operation Sea Guardian",
            "EUTM Mozambique ended in August 2024|European Union Training Mission in Mozambique",
            "the European Union's military assistance mission in Mozambique|European Union Military Assistance Mission in Mozambique",
            "Combined Task Force 151 hunts pirates|Combined Task Force 151",
            "ships of CTF-150 seized hashish|Combined Task Force 150",
            "the European-led EMASoH mission|European-led Maritime Awareness in the Strait of Hormuz",
            "under Operation Agenor|Operation Agenor",
            "joined Operation Prosperity Guardian|Operation Prosperity Guardian",
            "four jets for Baltic Air Policing|Baltic Air Policing",
            "NATO's Enhanced Vigilance Activities|Enhanced Vigilance Activities",
            "the Multinational Force and Observers in Sinai|Multinational Force and Observers",
            "Canada extended Operation UNIFIER|Operation Unifier",
            "during Op HERRICK 14|Operation Herrick",
            "France launched Opération Serval|Operation Serval",
            "veterans of Operation Enduring Freedom|Operation Enduring Freedom",
            "Operation Freedom's Sentinel began|Operation Freedom's Sentinel",
            "the African Union Transition Mission in Somalia|African Union Transition Mission in Somalia",
            "SADC troops in Mozambique|SADC Mission in Mozambique",
            "the EU's monitoring mission in Georgia|European Union Monitoring Mission in Georgia",
            "EULEX judges|EULEX Kosovo",
            "the Kenyan-led mission in Haiti|Multinational Security Support Mission in Haiti",
            "Australian troops on Operation Okra|Operation Okra",
            "Essential Harvest, the British-led operation, ended|Operation Essential Harvest",
            "soldiers of Operazione Strade Sicure patrolled Milan|Operation Strade Sicure",
            "Opération Harpie targets illegal gold mines|Operation Harpie",
            "Operasi Madago Raya hunted the last militants|Operation Madago Raya",
            "Operação Acolhida sheltered the migrants|Operation Acolhida",
            "under Oplan Bayanihan the army changed tack|Oplan Bayanihan",
            "engineers of the Hanbit Unit in Bor|Hanbit Unit",
            "the Assistenzeinsatz at the border goes on|Assistenzeinsatz",
            "ships assigned to Operation Resolute|Operation Resolute",
            "Operation Resolute Support ended in 2021|Resolute Support Mission",
            "USFOR-A handed the base over|United States Forces – Afghanistan",
            "troops of Operation Lafiya Dole retook the town|Operation Lafiya Dole",
    })
    void realNewsNamesResolveToTheirMission(String text, String label) {
        List<String> missions = G.scan(text).stream().filter(m -> m.category() == Category.MISSION)
                .map(GazetteerMatch::label).toList();
        assertEquals(List.of(label), missions, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The operation was a success and the guardian of the lake said so.",
            "Markets showed new dawn optimism as prosperity returned.",
            "A serval and a jackal crossed the road; the herrick family watched.",
            "The enduring freedom of the press is an atlantic value.",
            "They used deliberate force against an allied force of rebels.",
            "A mobile operation needs a foundation and a presence on the ground.",
            "The sentinel stood guard while the ocean shield of ice melted.",
            "a car bomb exploded in the capital",
            "Iraqi freedom fighters and the unified protector of the realm",
            "the mission was a training mission in a forward presence",
            "the UN force commander and the EU's mission statement",
            "an essential harvest of amber fox pelts, and a new dawn",
            "a resolute and resilient crowd found a safe haven under the corona of the lion rising",
    })
    void ordinaryPhrasesNameNoMission(String text) {
        assertEquals(List.of(), G.scan(text).stream().filter(m -> m.category() == Category.MISSION)
                .map(m -> m.surface() + " -> " + m.label()).toList(), text);
        assertTrue(G.scan(text).stream().noneMatch(m -> m.category() == Category.COUNTRY), text);
    }

    @Test
    void newHostCountriesResolveByNameAndDemonym() {
        assertEquals(List.of("COUNTRY South Sudan", "COUNTRY Sudan"), found("South Sudan and Sudan"));
        assertEquals(List.of("DEMONYM Somalia", "COUNTRY Democratic Republic of the Congo"), found("Somali troops went to the DRC"));
        assertEquals(List.of("COUNTRY Ivory Coast"), found("Côte d’Ivoire"));
        assertEquals(List.of("COUNTRY Central African Republic"), found("CAR"));
        assertEquals(List.of("ORGANIZATION African Union", "ORGANIZATION Economic Community of West African States"),
                found("the AU and ECOWAS"));
    }

    @Test
    void onlyKnownAliasesNameTwoThings() {
        // "Operation Artemis", the UN mission in the Central African Republic (MINURCA's full name,
        // MINUSCA's description) and the UN mission in Haiti (UNMIH's full name, MINUSTAH's description)
        // each name two missions told apart by their years (MissionEras.sameName refuses a shared name
        // without them); nothing else may name two things.
        assertEquals(Set.of("commander", "operation artemis", "un mission in the central african republic",
                "united nations mission in the central african republic", "un mission in haiti",
                "united nations mission in haiti"), G.ambiguousAliases().keySet());
    }

    @Test
    void aNationalForceNamedWithoutItsCountryIsThatCountrys() {
        assertEquals("Germany", forceCountry("Bundeswehr"));
        assertEquals("United Kingdom", forceCountry("RAF"));
        assertEquals("United Kingdom", forceCountry("Royal Navy"));
        assertEquals("Canada", forceCountry("RCAF"));
        assertEquals(null, forceCountry("Sudan People's Liberation Army"), "not China's army");
        assertEquals("China", forceCountry("PLA"));
        assertEquals(null, forceCountry("NATO"), "an alliance is nobody's national force");
        assertEquals(null, forceCountry("Reuters"));
    }

    @Test
    void aCapitalIsItsCountrysAndTheTaggersPlaceOfThatNameToo() {
        assertEquals("Italy", capitalCountry(G.lookup("Rome").map(GazetteerMatch::entity).orElseThrow()));
        assertEquals("Netherlands", capitalCountry(G.lookup("The Hague").map(GazetteerMatch::entity).orElseThrow()));
        // a place the named-entity tagger found is keyed by its name's slug, as the gazetteer's is
        assertEquals("Canada", capitalCountry(new EntityRef(org.missionkg.model.EntityKind.PLACE, "ottawa", "Ottawa")));
        assertEquals(null, capitalCountry(G.lookup("Baghdad").map(GazetteerMatch::entity).orElseThrow()),
                "a host's capital is where troops are, not who sends them");
        assertEquals(null, capitalCountry(G.lookup("Brussels").map(GazetteerMatch::entity).orElseThrow()),
                "Brussels names NATO or the EU as often as Belgium");
        assertEquals(null, capitalCountry(G.lookup("Italy").map(GazetteerMatch::entity).orElseThrow()), "a country is no capital");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "<https://w3id.org/missionkg/id/country/x> mkg:capitalOf <https://w3id.org/missionkg/id/country/y> | mkg:capitalOf needs one country, on a place",
        "<https://w3id.org/missionkg/id/place/p> mkg:capitalOf <https://w3id.org/missionkg/id/country/x>, <https://w3id.org/missionkg/id/country/y> | mkg:capitalOf needs one country, on a place",
        "<https://w3id.org/missionkg/id/place/p> mkg:forceOf <https://w3id.org/missionkg/id/country/x> | mkg:forceOf needs one country, on an organisation"})
    void aCountryTieOnTheWrongEntityOrToTwoCountriesStopsLoadingAndSaysWhy(String statement, String problem) {
        String ttl = "@prefix mkg: <https://w3id.org/missionkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<https://w3id.org/missionkg/id/country/x> a mkg:Country ; rdfs:label \"Xland\" .\n"
                + "<https://w3id.org/missionkg/id/country/y> a mkg:Country ; rdfs:label \"Yland\" .\n"
                + "<https://w3id.org/missionkg/id/place/p> a mkg:Place ; rdfs:label \"Ptown\" .\n" + statement + " .\n";
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ttl), null, "TTL");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(m));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static String capitalCountry(EntityRef place) {
        return G.countryOfCapital(place).map(EntityRef::label).orElse(null);
    }

    private static String forceCountry(String name) {
        return G.lookup(name).map(GazetteerMatch::entity).flatMap(G::countryOfForce).map(EntityRef::label).orElse(null);
    }

    @Test
    void seedArticlesScanQuicklyAndFindTheirMissions() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(TestFiles.SEED_CORPUS)) {
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

package org.missionkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CountQualifier;
import org.missionkg.model.EventType;
import org.missionkg.reference.Gazetteer;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

class ReferenceDataTest {
    private static final String CANADA = Iris.ID + "country/canada";

    @Test
    void holdsTheGazetteerWithItsCheckedLinksAndTheirBareIds() {
        Gazetteer gazetteer = Gazetteer.bundled();
        Model ref = ReferenceData.graph(gazetteer.model());
        assertTrue(ref.containsAll(gazetteer.model()));
        Resource canada = ref.createResource(CANADA);
        assertTrue(ref.contains(canada, OWL.sameAs, ref.createResource(Iris.wikidataItem("Q16"))));
        assertTrue(ref.contains(canada, MKG.wikidata, "Q16"));
        // every checked link, and only those, has its bare ID beside it
        long links = ref.listStatements(null, OWL.sameAs, (RDFNode) null).toList().size();
        assertEquals(links, ref.listStatements(null, MKG.wikidata, (RDFNode) null).toList().size());
        Resource nmi = ref.createResource(Iris.ID + "mission/nato-mission-iraq");
        assertTrue(ref.contains(nmi, RDF.type, MKG.Mission));
        assertFalse(ref.contains(nmi, OWL.sameAs), "an entity without a checked ID stays unlinked");
    }

    @Test
    void holdsTheOntologysConceptSchemes() {
        Model ref = ReferenceData.graph(Gazetteer.bundled().model());
        for (EventType t : EventType.values()) {
            Resource c = ref.createResource(Iris.eventType(t.code()));
            assertTrue(ref.contains(c, SKOS.inScheme, ref.createResource(Iris.ID + "event-type")), t.code());
            assertTrue(ref.contains(c, SKOS.prefLabel), t.code());
        }
        Arrays.stream(CountQualifier.values()).forEach(q -> assertTrue(
                ref.contains(ref.createResource(Iris.countQualifier(q.code())), RDF.type, SKOS.Concept), q.code()));
        assertTrue(ref.contains(ref.createResource(Iris.ID + "count-qualifier"), RDF.type, SKOS.ConceptScheme));
        assertFalse(ref.contains(MKG.CommandTenure, null, (RDFNode) null), "schemes only, not the class definitions");
    }

    @Test
    void isAPureFunctionOfTheGazetteer() {
        Model small = ModelFactory.createDefaultModel();
        small.createResource(CANADA).addProperty(RDF.type, MKG.Country)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "Canada")
                .addProperty(OWL.sameAs, small.createResource(Iris.wikidataItem("Q16")));
        long before = small.size();
        Gazetteer g = Gazetteer.load(small);
        Model first = ReferenceData.graph(g.model());
        Model second = ReferenceData.graph(g.model());
        assertTrue(first.isIsomorphicWith(second));
        assertTrue(first != second);
        assertEquals(before, small.size(), "the gazetteer's model is not changed");
        first.removeAll();
        assertTrue(ReferenceData.graph(g.model()).contains(first.createResource(CANADA), MKG.wikidata, "Q16"),
                "changing a returned model changes nothing shared");
    }
}

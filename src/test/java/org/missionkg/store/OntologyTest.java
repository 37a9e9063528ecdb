package org.missionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.missionkg.model.CountQualifier;
import org.missionkg.model.EventType;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/** The ontology parses, declares every term the code uses and nothing else, and agrees with the shapes and enums. */
class OntologyTest {
    private static final Model ONTOLOGY = load("/missionkg/ontology/missionkg.ttl");
    private static final Model SHAPES = load("/missionkg/ontology/shapes.ttl");
    private static final String PROV = "http://www.w3.org/ns/prov#";

    @Test
    void ontologyDeclaresItself() {
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource("https://w3id.org/missionkg/ontology"), RDF.type, OWL.Ontology));
    }

    @Test
    void everyTermOfMkgIsDeclaredWithLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : mkgTerms()) {
            boolean declared = term instanceof Property
                    ? ONTOLOGY.contains(term, RDF.type, OWL.ObjectProperty) || ONTOLOGY.contains(term, RDF.type, OWL.DatatypeProperty)
                    : ONTOLOGY.contains(term, RDF.type, OWL.Class);
            if (!declared) {
                problems.add(term.getURI() + " not declared as " + (term instanceof Property ? "a property" : "a class"));
            }
            if (!ONTOLOGY.contains(term, RDFS.label) || !ONTOLOGY.contains(term, RDFS.comment)) {
                problems.add(term.getURI() + " lacks rdfs:label or rdfs:comment");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void ontologyDeclaresNoOwnTermTheCodeDoesNotHave() {
        Set<String> inCode = mkgTerms().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(MKG.NS)) {
                declared.add(s.getURI());
            }
        });
        declared.removeAll(inCode);
        assertEquals(Set.of(), declared);
    }

    @Test
    void shapesUseOnlyDeclaredTerms() {
        Set<String> unknown = new TreeSet<>();
        SHAPES.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(MKG.NS)
                        && !ONTOLOGY.contains(n.asResource(), RDF.type)) {
                    unknown.add(n.asResource().getURI());
                }
            }
        });
        assertEquals(Set.of(), unknown);
    }

    @Test
    void factsAreProvEntitiesAndExtractorsActivities() {
        for (Resource c : List.of(MKG.CommandTenure, MKG.Leadership, MKG.MissionEvent, MKG.TroopContribution,
                MKG.RoleHolding, MKG.Stationing, MKG.Statement, MKG.ConsolidatedFact)) {
            assertTrue(ONTOLOGY.contains(c, RDFS.subClassOf, MKG.Fact), c.getURI());
        }
        assertTrue(ONTOLOGY.contains(MKG.Fact, RDFS.subClassOf, ONTOLOGY.createResource(PROV + "Entity")));
        assertTrue(ONTOLOGY.contains(MKG.Extractor, RDFS.subClassOf, ONTOLOGY.createResource(PROV + "Activity")));
    }

    @Test
    void eventTypeSchemeMatchesTheEnumAndTheShapes() {
        Set<String> codes = Arrays.stream(EventType.values()).map(e -> Iris.eventType(e.code())).collect(Collectors.toSet());
        assertEquals(codes, schemeMembers(Iris.ID + "event-type"));
        assertEquals(List.of(codes), shapeInLists(MKG.eventType));
    }

    @Test
    void countQualifierSchemeMatchesTheEnumAndTheShapes() {
        Set<String> codes = Arrays.stream(CountQualifier.values()).map(q -> Iris.countQualifier(q.code()))
                .collect(Collectors.toSet());
        assertEquals(codes, schemeMembers(Iris.ID + "count-qualifier"));
        assertEquals(List.of(codes), shapeInLists(MKG.countQualifier));
        assertEquals(List.of(codes), shapeInLists(MKG.fromQualifier));
    }

    @Test
    void ontologySaysWhichMonthsASeasonCoversAndHowApproximationWidens() {
        String comment = ONTOLOGY.getRequiredProperty(ONTOLOGY.createResource(Iris.EDTF_DATATYPE), RDFS.comment).getString()
                .replaceAll("\\s+", " ");
        for (String part : List.of("21 spring = March to May", "22 summer = June", "23 autumn = September to November",
                "24 winter = December", "a day by 7 days", "a month or a season by one month", "a year by one year")) {
            assertTrue(comment.contains(part), part);
        }
    }

    /** The concepts of a scheme, each with a label, a preferred label and a definition. */
    private static Set<String> schemeMembers(String scheme) {
        Set<String> members = new HashSet<>();
        ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, ONTOLOGY.createResource(scheme)).forEachRemaining(c -> {
            assertTrue(ONTOLOGY.contains(c, RDF.type, SKOS.Concept), c.getURI());
            assertTrue(ONTOLOGY.contains(c, SKOS.prefLabel) && ONTOLOGY.contains(c, RDFS.label), c.getURI());
            assertTrue(ONTOLOGY.contains(c, SKOS.definition), c.getURI());
            members.add(c.getURI());
        });
        assertFalse(members.isEmpty(), scheme);
        return members;
    }

    /** The sh:in lists of the property shapes on a path, as sets of IRIs. */
    private static List<Set<String>> shapeInLists(Property path) {
        List<Set<String>> lists = new ArrayList<>();
        SHAPES.listSubjectsWithProperty(SHACLM.path, path).forEachRemaining(shape -> {
            Statement in = shape.getProperty(SHACLM.in);
            if (in != null) {
                lists.add(in.getList().asJavaList().stream().map(n -> n.asResource().getURI()).collect(Collectors.toSet()));
            }
        });
        return lists;
    }

    /** Every Resource and Property constant of MKG. */
    private static List<Resource> mkgTerms() {
        List<Resource> terms = new ArrayList<>();
        for (Field f : MKG.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    terms.add((Resource) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertTrue(terms.contains(MKG.Mission) && terms.contains(MKG.predecessor), "reflection missed terms: " + terms);
        return terms;
    }

    private static Model load(String resource) {
        try (InputStream in = OntologyTest.class.getResourceAsStream(resource)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).strict(true).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

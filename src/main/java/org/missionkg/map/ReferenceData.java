package org.missionkg.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.missionkg.read.TurtleResource;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/**
 * What the reference graph ({@link Iris#REFERENCE_GRAPH}) holds: the gazetteer (entities with their
 * labels, aliases and checked {@code owl:sameAs} links; ranks and roles), the ontology's SKOS schemes
 * (event types, count qualifiers) and, beside every checked link, the bare ID in {@code mkg:wikidata}.
 *
 * <pre>
 *   store.replaceGraph(Iris.REFERENCE_GRAPH, ReferenceData.graph(Gazetteer.bundled().model()).getGraph());
 * </pre>
 *
 * A pure function: each call builds a new model from its argument and the ontology on the
 * classpath, and changes neither.
 */
public final class ReferenceData {
    /** The ontology on the classpath (copied there from {@code ontology/} by the build). */
    public static final String ONTOLOGY_RESOURCE = "/missionkg/ontology/missionkg.ttl";

    private ReferenceData() {
    }

    /** A new model: the gazetteer, the ontology's concept schemes, and {@code mkg:wikidata} beside each checked link. */
    public static Model graph(Model gazetteer) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        m.add(gazetteer);
        m.add(Schemes.STATEMENTS);
        for (Statement s : m.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            String qid = s.getObject().isURIResource() ? Iris.wikidataQid(s.getResource().getURI()) : null;
            if (qid != null && s.getSubject().isURIResource()) {
                m.add(s.getSubject(), MKG.wikidata, qid);
            }
        }
        return m;
    }

    /** Every statement about a concept scheme of the ontology or one of its concepts, read once. */
    private static final class Schemes {
        static final List<Statement> STATEMENTS = List.copyOf(read());

        private static List<Statement> read() {
            Model ontology = TurtleResource.read(ONTOLOGY_RESOURCE);
            List<Statement> out = new ArrayList<>();
            for (Resource scheme : ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
                out.addAll(scheme.listProperties().toList());
                for (Resource concept : ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()) {
                    out.addAll(concept.listProperties().toList());
                }
            }
            return out;
        }
    }
}

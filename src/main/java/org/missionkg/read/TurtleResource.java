package org.missionkg.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Reads a Turtle file shipped on the classpath (the gazetteer, the ontology, the SHACL shapes) into a new model.
 *
 * <pre>
 *   Model gazetteer = TurtleResource.read("/missionkg/gazetteer.ttl");
 * </pre>
 */
public final class TurtleResource {
    private TurtleResource() {
    }

    /** A new model holding the resource; an {@link IllegalStateException} when it is not on the classpath. */
    public static Model read(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = TurtleResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return m;
    }
}

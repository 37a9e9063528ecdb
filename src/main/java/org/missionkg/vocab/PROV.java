package org.missionkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms missionkg uses (Jena ships no PROV vocabulary class). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    public static final Property wasInformedBy = ResourceFactory.createProperty(NS + "wasInformedBy");

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }
}

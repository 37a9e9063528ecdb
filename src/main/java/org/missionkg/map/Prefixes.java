package org.missionkg.map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/** The prefixes every exported graph carries. */
public final class Prefixes {
    private Prefixes() {
    }

    /** Sets missionkg's prefixes on the model. */
    public static void set(Model m) {
        m.setNsPrefix("mkg", MKG.NS);
        m.setNsPrefix("schema", SchemaDO.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("oa", OA.NS);
        m.setNsPrefix("org", ORG.NS);
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("xsd", XSD.getURI());
        m.setNsPrefix("edtf", "http://id.loc.gov/datatypes/edtf/");
        m.setNsPrefix("wd", Iris.WIKIDATA_ENTITY);
        m.setNsPrefix("id", Iris.ID);
        m.setNsPrefix("fact", Iris.BASE + "fact/");
        m.setNsPrefix("article", Iris.ARTICLE_PREFIX);
    }
}

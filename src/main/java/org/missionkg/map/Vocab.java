package org.missionkg.map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The standard vocabularies missionkg reuses (schema.org, PROV-O, Web Annotation, W3C ORG):
 * Jena ships constants for RDF, RDFS, OWL, SKOS and XSD but not for these.
 */
public final class Vocab {
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String ORG = "http://www.w3.org/ns/org#";

    public static final Resource NEWS_ARTICLE = ResourceFactory.createResource(SCHEMA + "NewsArticle");
    public static final Property HEADLINE = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property PUBLISHER = ResourceFactory.createProperty(SCHEMA + "publisher");
    public static final Property AUTHOR = ResourceFactory.createProperty(SCHEMA + "author");
    public static final Property DATE_PUBLISHED = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property URL = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property IN_LANGUAGE = ResourceFactory.createProperty(SCHEMA + "inLanguage");
    public static final Property TEXT = ResourceFactory.createProperty(SCHEMA + "text");
    public static final Property DESCRIPTION = ResourceFactory.createProperty(SCHEMA + "description");

    public static final Resource PROV_ENTITY = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource PROV_ACTIVITY = ResourceFactory.createResource(PROV + "Activity");
    public static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property WAS_GENERATED_BY = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property GENERATED_AT_TIME = ResourceFactory.createProperty(PROV + "generatedAtTime");

    public static final Resource SPECIFIC_RESOURCE = ResourceFactory.createResource(OA + "SpecificResource");
    public static final Resource TEXT_QUOTE_SELECTOR = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Resource TEXT_POSITION_SELECTOR = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Property HAS_SOURCE = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property HAS_SELECTOR = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property EXACT = ResourceFactory.createProperty(OA + "exact");
    public static final Property PREFIX = ResourceFactory.createProperty(OA + "prefix");
    public static final Property SUFFIX = ResourceFactory.createProperty(OA + "suffix");
    public static final Property START = ResourceFactory.createProperty(OA + "start");
    public static final Property END = ResourceFactory.createProperty(OA + "end");

    private Vocab() {
    }

    /** The prefixes every exported graph carries. */
    public static void prefixes(Model m) {
        m.setNsPrefix("mkg", MKG.NS);
        m.setNsPrefix("schema", SCHEMA);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("oa", OA);
        m.setNsPrefix("org", ORG);
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

/**
 * The names of things in the graph: the vocabularies missionkg uses that Jena does not ship, one
 * class per namespace in Jena's style ({@code NS} and members named as the terms are): missionkg's
 * own terms ({@link org.missionkg.vocab.MKG}) and PROV-O ({@link org.missionkg.vocab.PROV}); and
 * {@link org.missionkg.vocab.Iris}, the one place that mints IRIs (and the slugs inside them) under
 * {@code MKG.BASE}. Jena's own classes cover the rest: {@link org.apache.jena.vocabulary.SchemaDO}
 * (schema.org, https), {@link org.apache.jena.vocabulary.OA} (Web Annotation),
 * {@link org.apache.jena.vocabulary.ORG}, RDF, RDFS, OWL, SKOS and XSD.
 *
 * <p>Low in the flow, right after {@code model} (whose records {@code Iris} names), so that every
 * stage may use it: the gazetteer and the extractor key entities by slug long before {@code map}
 * writes RDF.
 */
package org.missionkg.vocab;

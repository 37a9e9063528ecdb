/**
 * The vocabularies missionkg reuses that Jena does not ship, one class per namespace in Jena's
 * style ({@code NS}, {@code getURI()}, members named as the terms are). Jena's own classes cover
 * the rest: {@link org.apache.jena.vocabulary.SchemaDO} (schema.org, https),
 * {@link org.apache.jena.vocabulary.OA} (Web Annotation), {@link org.apache.jena.vocabulary.ORG},
 * RDF, RDFS, OWL, SKOS and XSD. missionkg's own terms are still in {@code org.missionkg.map.MKG}
 * (to move here once no one else is adding terms to it).
 */
package org.missionkg.vocab;

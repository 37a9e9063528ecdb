/**
 * The vocabularies missionkg uses that Jena does not ship, one class per namespace in Jena's
 * style ({@code NS} and members named as the terms are): missionkg's own terms
 * ({@link org.missionkg.vocab.MKG}) and PROV-O ({@link org.missionkg.vocab.PROV}). Jena's own
 * classes cover the rest: {@link org.apache.jena.vocabulary.SchemaDO} (schema.org, https),
 * {@link org.apache.jena.vocabulary.OA} (Web Annotation), {@link org.apache.jena.vocabulary.ORG},
 * RDF, RDFS, OWL, SKOS and XSD.
 */
package org.missionkg.vocab;

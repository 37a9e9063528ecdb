package org.missionkg.link;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.model.EntityKind;

/**
 * An entity of the store without a Wikidata link, with what the store says around it.
 *
 * @param iri               the entity's IRI
 * @param kind              person, country, organization, place or mission
 * @param label             its {@code rdfs:label} (the smallest, when the graphs give several)
 * @param names             the label and every {@code skos:altLabel}
 * @param contextTerms      words the store ties to it (ranks, roles, organisations, missions, countries and
 *                          their demonyms, places) that a candidate's description may contain
 * @param expectedCountries QIDs of countries the store ties to a person (the organisation of a role held, the
 *                          lead nation of a mission commanded) that its country of citizenship (P27) may match
 */
public record UnlinkedEntity(String iri, EntityKind kind, String label, Set<String> names, Set<String> contextTerms,
        Set<String> expectedCountries) {
    public UnlinkedEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        names = Set.copyOf(new TreeSet<>(names));
        contextTerms = Set.copyOf(new TreeSet<>(contextTerms));
        expectedCountries = Set.copyOf(new TreeSet<>(expectedCountries));
    }
}

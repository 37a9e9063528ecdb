package org.missionkg.link;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Wikidata item whose English label or alias equals one of an entity's names, as the
 * endpoint describes it.
 *
 * @param qid          its ID ("Q42")
 * @param labels       its English labels ({@code rdfs:label}, normally one)
 * @param aliases      its English aliases ({@code skos:altLabel})
 * @param description  its English description ({@code schema:description}), or "" when it has none
 * @param citizenships QIDs of its countries of citizenship (P27)
 * @param classes      the configured type classes it is an instance of, directly or through subclasses
 */
public record Candidate(String qid, Set<String> labels, Set<String> aliases, String description,
        Set<String> citizenships, Set<String> classes) {
    public Candidate {
        Objects.requireNonNull(qid, "qid");
        labels = Set.copyOf(new TreeSet<>(labels));
        aliases = Set.copyOf(new TreeSet<>(aliases));
        description = description == null ? "" : description;
        citizenships = Set.copyOf(new TreeSet<>(citizenships));
        classes = Set.copyOf(new TreeSet<>(classes));
    }

    /** The label to show a person: the first English label, else the first alias, else the QID. */
    public String displayLabel() {
        if (!labels.isEmpty()) {
            return new TreeSet<>(labels).first();
        }
        return aliases.isEmpty() ? qid : new TreeSet<>(aliases).first();
    }
}

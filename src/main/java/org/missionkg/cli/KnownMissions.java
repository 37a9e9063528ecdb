package org.missionkg.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.consolidate.CannedQueries;
import org.missionkg.model.BadInputException;
import org.missionkg.store.KnowledgeStore;
import org.missionkg.vocab.MKG;

/**
 * Whether the store knows the mission a user named with {@code -p mission=}. A slug with a typo would otherwise
 * give an empty answer that looks like "nothing is known of this mission"; a mission the store knows (from the
 * gazetteer or an article) with no rows in a question is a true empty answer.
 */
final class KnownMissions {
    private KnownMissions() {
    }

    /**
     * Returns quietly when the store holds the mission {@code value} names (its slug or IRI).
     *
     * @throws BadInputException naming the value, and the missions of the store whose slugs share a word with it
     */
    static void require(KnowledgeStore store, String source, String value) {
        Node mission = CannedQueries.missionIri(value);
        Node type = RDF.type.asNode();
        Node missionClass = MKG.Mission.asNode();
        if (store.read(dsg -> dsg.contains(Node.ANY, mission, type, missionClass))) {
            return;
        }
        Set<String> slugs = store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, type, missionClass).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    out.add(localName(q.getSubject().getURI()));
                }
            });
            return out;
        });
        List<String> near = near(slugs, localName(mission.getURI()));
        throw new BadInputException(source, "no mission '" + value.strip() + "' in the store ("
                + slugs.size() + " missions known)" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
    }

    /** Up to three of the slugs sharing the most words with the given one, most first. */
    static List<String> near(Set<String> slugs, String given) {
        Set<String> words = words(given.toLowerCase(Locale.ROOT));
        Comparator<String> byShared = Comparator.comparingLong(s -> -shared(words, s));
        return slugs.stream().filter(s -> shared(words, s) > 0).sorted(byShared.thenComparing(s -> s)).limit(3).toList();
    }

    private static long shared(Set<String> words, String slug) {
        return words(slug).stream().filter(words::contains).count();
    }

    private static Set<String> words(String slug) {
        return Arrays.stream(slug.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}

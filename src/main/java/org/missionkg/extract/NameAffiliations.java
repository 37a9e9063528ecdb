package org.missionkg.extract;



import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;

/**
 * What a name says about whom it belongs to: the country a force's name carries ("Royal Canadian
 * Navy"), the country a mission's name places it in ("NATO Mission Iraq"), who runs a mission as
 * most of its names say ("NATO-led Kosovo Force"). Troop counts and stationings both ask; owners
 * are kept once worked out, as reading every gazetteer name of a mission is slow.
 */
final class NameAffiliations {
    private final Gazetteer gazetteer;

    NameAffiliations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The country a force's name carries ("Canadian Armed Forces", "U.S. Army"), or null. */
    EntityRef nationality(Slot force) {
        if (force.entity() != null && force.entity().kind() == EntityKind.COUNTRY) {
            return force.entity();
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(force.text());
        if (force.entity() != null) {
            names.add(force.entity().label());
        }
        for (String name : names) {
            EntityRef c = countryInName(gazetteer, name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The country whose force the gazetteer says a name is ("Bundeswehr"), else the country a name is ("New Zealand"),
     * else the country its opening words are ("Republic of Korea Navy", whose
     * "Korea" alone names no one country), else the first country its words name ("Royal Canadian Navy", "Canada's
     * army" → Canada, "Royal New Zealand Navy" → New Zealand), or null.
     */
    static EntityRef countryInName(Gazetteer gazetteer, String name) {
        EntityRef force = gazetteer.lookup(name.strip()).map(GazetteerMatch::entity).flatMap(gazetteer::countryOfForce).orElse(null);
        if (force != null) {
            return force; // "the Bundeswehr", "the RAF": a national force whose name does not say its country
        }
        String[] words = name.strip().split("\\s+");
        EntityRef opening = opening(gazetteer, words, words.length, e -> e.kind() == EntityKind.COUNTRY);
        if (opening != null) {
            return opening;
        }
        // word by word, a country of up to three words first ("Royal New Zealand Navy", "South African Air Force")
        String[] named = name.replaceAll("['’]s\\b", "").split("[\\s-]+");
        for (int i = 0; i < named.length; i++) {
            for (int n = Math.min(3, named.length - i); n >= 1; n--) {
                EntityRef c = countryNamed(gazetteer, String.join(" ", Arrays.copyOfRange(named, i, i + n)));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The country the gazetteer knows by exactly this name, or null. */
    private static EntityRef countryNamed(Gazetteer gazetteer, String name) {
        return gazetteer.lookup(name).filter(g -> g.entity() != null && g.entity().kind() == EntityKind.COUNTRY)
                .map(GazetteerMatch::entity).orElse(null);
    }

    /** The country a mission's own name places it in ("NATO Mission Iraq", "Kosovo Force"), or null. */
    EntityRef host(EntityRef mission) {
        String[] words = mission.label().split("\\s+");
        for (int n = 2; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                EntityRef c = gazetteer.lookup(String.join(" ", Arrays.copyOfRange(words, i, i + n)))
                        .filter(g -> g.category() == GazetteerMatch.Category.COUNTRY).map(g -> g.entity()).orElse(null);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whom a count of the whole mission is counted for: who runs it, as its names say; else the
     * gazetteer's operator, or the mission itself when it has no parent organisation (the MFO, RAMSI).
     */
    EntityRef countedFor(EntityRef mission) {
        EntityRef who = owner(mission);
        return who != null ? who : gazetteer.totalCountedFor(mission).orElse(null);
    }

    private final java.util.Map<String, java.util.Optional<EntityRef>> owners = new java.util.HashMap<>();

    /**
     * Who runs a mission, as its names say: the organisation or country most of its names start
     * with ("NATO Mission Iraq", "NATO-led Kosovo Force", "EU Training Mission in Mali",
     * "Canada's mission in Iraq"). Null when the names do not say.
     */
    EntityRef owner(EntityRef mission) {
        return owners.computeIfAbsent(mission.key(), k -> {
            // The mission's label, then every name the gazetteer gives it (the label again among them;
            // for a mission the gazetteer lacks, the label alone, twice: the same vote).
            List<String> names = new ArrayList<>(List.of(mission.label()));
            names.addAll(gazetteer.names(mission));
            java.util.Map<EntityRef, Integer> votes = new java.util.LinkedHashMap<>();
            for (String name : names) {
                EntityRef who = leadingOwner(gazetteer, name);
                if (who != null) {
                    votes.merge(who, 1, Integer::sum);
                }
            }
            return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
        }).orElse(null);
    }

    /**
     * The organisation or country one name starts with, by its first three words or fewer ("EU Training
     * Mission", "NATO-led Kosovo Force", "Canada's mission", "Polish Military Contingent"), or null.
     */
    static EntityRef leadingOwner(Gazetteer gazetteer, String name) {
        String[] words = name.replaceAll("['’]s\\b", "").replaceAll("-led\\b", "").split("\\s+");
        return opening(gazetteer, words, Math.min(3, words.length),
                e -> e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.COUNTRY);
    }

    /** What a name's opening words are, of the kinds wanted, trying {@code longest} words first and one last; or null. */
    private static EntityRef opening(Gazetteer gazetteer, String[] words, int longest, Predicate<EntityRef> wanted) {
        for (int n = longest; n >= 1; n--) {
            EntityRef e = gazetteer.lookup(String.join(" ", Arrays.copyOf(words, n))).map(GazetteerMatch::entity)
                    .filter(x -> x != null && wanted.test(x)).orElse(null);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}

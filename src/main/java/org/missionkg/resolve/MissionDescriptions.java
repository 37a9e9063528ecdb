package org.missionkg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.OwnerWords;

/**
 * Missions the news describes instead of naming: "the EU's training mission in Mozambique", "the
 * bloc's training mission", "the UN peacekeeping mission in South Sudan", "NATO's naval operation".
 * A description names who runs the mission (a gazetteer organisation or country before it, or
 * "the bloc", "the alliance"), may name where it works ("in Mozambique"), and may say what kind
 * it is ("training", "naval"). Where the gazetteer knows exactly one mission that fits what the
 * description says, the description becomes a match of that mission; where several fit, the one
 * the article also names by name wins, else the one that works in a country the article names;
 * otherwise nothing is added and the description stays a
 * pointer for the sentence reader to settle ("the mission" rules in the extractor).
 *
 * <p>The match covers the kind words and the head noun only ("training mission"), so the owner
 * and the host keep their own matches for the facts that need them.
 */
final class MissionDescriptions {
    /** Up to three lower-case words and a head noun: "training mission", "peacekeeping force", "deployment". */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(?<![\\p{L}\\d-])((?:[a-z][a-z-]+\\s+){0,3})(mission|operation|force|deployment)(?![\\p{L}\\d-])");
    /** Right before the kind words: "the bloc's", "the alliance's", "the world body's". */
    private static final Pattern POINTING_OWNER = Pattern.compile(
            "(?i)\\bthe\\s+(" + OwnerWords.WORDS + ")['’]s\\s+$");
    /** Right before the kind words, a possessive that points back: "suspended its observer mission". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(?:its|their)\\s+$");
    /** A noun the description modifies: "its air task force headquarters" is a place, not the mission. */
    private static final Pattern MODIFIES_A_NOUN = Pattern.compile(
            "\\s+(?:headquarters|hq|commander|commanders|command|base|bases|staff|members|personnel|troops|soldiers|"
                    + "ships|aircraft|jets|spokesman|spokeswoman|spokesperson|budget|mandate|chief|head)\\b");
    /** What ends a sentence or a clause between an owner and the possessive that points at it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?]|,\\s+(?:which|who|while|but|and)\\b");
    /** Between an owner's match and the kind words: "'s ", or a space ("the EU training mission"). */
    private static final Pattern OWNER_GAP = Pattern.compile("^(?:['’]s)?\\s+$");
    /** Between the head noun and an owner named after it: " from the ", " of ". */
    private static final Pattern OWNER_AFTER_GAP = Pattern.compile("^\\s+(?:from|of)\\s+(?:the\\s+)?$");
    /** Between the head noun and the host's match: " in ", " in the ", " to " ("a military mission to Niger"). */
    private static final Pattern HOST_GAP = Pattern.compile("^\\s+(?:in|to)\\s+(?:the\\s+)?$");
    /** A comma or bracket right after the description, before a name. */
    private static final Pattern APPOSED_NAME = Pattern.compile("\\s*[,(]");
    /** Kind words that tell no mission of an operator from another. */
    private static final Set<String> VAGUE = Set.of("first", "last", "latest", "current", "new", "military", "main",
            "largest", "biggest", "small", "smaller", "long", "longest", "ongoing", "year-long", "former", "previous",
            "peacekeeping", "international", "multinational", "own", "whole", "entire", "planned", "proposed",
            "expanded", "larger", "wider", "joint", "combined", "security", "separate", "other", "same");
    private static final Set<String> NOT_KINDS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "and", "or", "of", "in", "to", "for", "with", "on", "at", "by", "from", "as", "is", "was", "has", "had");

    private final Gazetteer gazetteer;

    private MissionDescriptions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static MissionDescriptions over(Gazetteer gazetteer) {
        return new MissionDescriptions(gazetteer);
    }

    /** The matches with a match added for each description that fits one mission, in text order. */
    public List<GazetteerMatch> add(String text, List<GazetteerMatch> matches) {
        List<GazetteerMatch> named = matches.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        List<GazetteerMatch> added = new ArrayList<>();
        Matcher d = DESCRIBED.matcher(text);
        while (d.find()) {
            List<String> kinds = new ArrayList<>(Arrays.asList(d.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+")));
            kinds.removeIf(String::isEmpty);
            // the words run from the owner on: "the EU's own training mission"; drop what is not a kind word
            while (!kinds.isEmpty() && NOT_KINDS.contains(kinds.get(0))) {
                kinds.remove(0);
            }
            // "suspended its training mission": the kind words are those after the possessive, whose owner
            // is asked for below; any other function word inside says it is no description.
            int possessive = Math.max(kinds.lastIndexOf("its"), kinds.lastIndexOf("their"));
            if (possessive >= 0) {
                kinds = new ArrayList<>(kinds.subList(possessive + 1, kinds.size()));
            }
            if (kinds.stream().anyMatch(NOT_KINDS::contains)) {
                continue;
            }
            int begin = d.end() - d.group(2).length() - kinds.stream().mapToInt(k -> k.length() + 1).sum();
            begin = Math.max(d.start(), begin);
            if (GazetteerMatch.anyOverlaps(begin, d.end(), named)) {
                continue;
            }
            EntityRef owner = owner(text, begin, matches);
            // "The British task force", "the Brazilian deployment": a nationality says whose, not which one
            // of that country's missions; only the one of them the article names by name fits (below).
            boolean national = false;
            if (owner == null) {
                owner = nationality(text, begin, matches);
                national = owner != null;
            }
            // "The Arab League suspended its observer mission": the owner named before the possessive.
            boolean pointedBack = false;
            if (owner == null && !MODIFIES_A_NOUN.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 20))).lookingAt()) {
                owner = possessor(text, begin, matches);
                pointedBack = owner != null;
            }
            // "a regional force from the Southern African Development Community": a description
            // that introduces its owner after it is the one mission of that owner the article names.
            boolean introduced = false;
            if (owner == null) {
                owner = ownerAfter(text, d.end(), matches);
                introduced = owner != null;
            }
            if (owner == null) {
                continue;
            }
            if (APPOSED_NAME.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 3))).lookingAt()
                    && named.stream().anyMatch(g -> g.start() >= d.end() && g.start() <= d.end() + 6)) {
                continue; // "a new EU police mission, EUPOL Proxima, ...": the name beside it says which
            }
            EntityRef host = host(text, d.end(), matches);
            EntityRef mission = national ? namedOfOwner(owner, host, named)
                    : fit(owner, host, kinds, named, matches, introduced, pointedBack);
            if (mission != null && host == null && !national && !worksWhereTheArticleIs(mission, matches)) {
                continue; // no place said: only a mission in a country the article names (or at sea)
            }
            if (mission != null) {
                added.add(missionMatch(gazetteer, text, begin, d.end(), mission));
            }
        }
        return added.isEmpty() ? matches : GazetteerMatch.addOver(matches, added);
    }

    /** A match of this mission over {@code [begin, end)} of the text, with the gazetteer's IRI for it (null if it has none). */
    static GazetteerMatch missionMatch(Gazetteer gazetteer, String text, int begin, int end, EntityRef mission) {
        String iri = gazetteer.lookup(mission.label()).filter(g -> mission.equals(g.entity()))
                .map(GazetteerMatch::iri).orElse(null);
        return new GazetteerMatch(begin, end, text.substring(begin, end), GazetteerMatch.Category.MISSION,
                iri, mission.label(), mission);
    }

    private boolean worksWhereTheArticleIs(EntityRef mission, List<GazetteerMatch> matches) {
        List<EntityRef> hosts = gazetteer.hostCountries(mission);
        return hosts.isEmpty() || matches.stream().anyMatch(g -> (g.category() == GazetteerMatch.Category.COUNTRY
                || g.category() == GazetteerMatch.Category.DEMONYM) && hosts.contains(g.entity()));
    }

    /** Who runs the described mission: the organisation or country named right before its kind words. */
    private EntityRef owner(String text, int begin, List<GazetteerMatch> matches) {
        Matcher pointing = POINTING_OWNER.matcher(text.substring(Math.max(0, begin - 40), begin));
        if (pointing.find()) {
            return gazetteer.lookup(OwnerWords.organization(pointing.group(1))).map(GazetteerMatch::entity).orElse(null);
        }
        return namedRightBefore(text, begin, matches, 4,
                Set.of(GazetteerMatch.Category.ORGANIZATION, GazetteerMatch.Category.COUNTRY));
    }

    /** The country of a nationality right before the kind words: "the British task force". */
    private static EntityRef nationality(String text, int begin, List<GazetteerMatch> matches) {
        return namedRightBefore(text, begin, matches, 2, Set.of(GazetteerMatch.Category.DEMONYM));
    }

    /**
     * The entity of a match of one of these categories that ends at most {@code reach} characters before
     * {@code begin}, with only an owner's gap ("'s ", a space) between: the owner of a description.
     */
    private static EntityRef namedRightBefore(String text, int begin, List<GazetteerMatch> matches, int reach,
                                              Set<GazetteerMatch.Category> categories) {
        for (GazetteerMatch g : matches) {
            if (categories.contains(g.category()) && g.end() <= begin && g.end() >= begin - reach && g.entity() != null
                    && OWNER_GAP.matcher(text.substring(g.end(), begin)).matches()) {
                return g.entity();
            }
        }
        return null;
    }

    /** The one mission this country runs (in the host, when one is said) that the article also names by name. */
    private EntityRef namedOfOwner(EntityRef owner, EntityRef host, List<GazetteerMatch> named) {
        return onlyNamed(gazetteer.missionsOperatedBy(owner).stream()
                .filter(m -> host == null || gazetteer.hostCountries(m).contains(host)).toList(), named);
    }

    /** The one candidate the article also names by name, or null when it names none or several. */
    private static EntityRef onlyNamed(List<EntityRef> candidates, List<GazetteerMatch> named) {
        List<EntityRef> alsoNamed = candidates.stream()
                .filter(m -> named.stream().anyMatch(g -> m.equals(g.entity()))).distinct().toList();
        return alsoNamed.size() == 1 ? alsoNamed.get(0) : null;
    }

    /**
     * Whose "its" is: "The Arab League on Saturday suspended its observer mission", "India has brought its
     * evacuation operation to a close". The organisation or country named last before the possessive in the
     * same clause, with no other one between; a mission named between ("NATO said Operation X lost its ...")
     * owns the possessive itself, and then there is no owner here.
     */
    private static EntityRef possessor(String text, int begin, List<GazetteerMatch> matches) {
        int from = Math.max(0, begin - 12);
        Matcher pos = POSSESSIVE.matcher(text.substring(from, begin));
        if (!pos.find()) {
            return null;
        }
        int at = from + pos.start();
        GazetteerMatch last = null;
        for (GazetteerMatch g : matches) {
            if (g.end() <= at && g.start() >= at - 120) {
                last = g;
            }
        }
        if (last == null || last.entity() == null || CLAUSE_BREAK.matcher(text.substring(last.end(), at)).find()
                || last.category() != GazetteerMatch.Category.ORGANIZATION && last.category() != GazetteerMatch.Category.COUNTRY) {
            return null;
        }
        return last.entity();
    }

    /** The organisation named right after the head noun: "a regional force from the SADC", "the mission of the AU". */
    private static EntityRef ownerAfter(String text, int end, List<GazetteerMatch> matches) {
        for (GazetteerMatch g : matches) {
            if (g.category() == GazetteerMatch.Category.ORGANIZATION && g.start() >= end && g.start() <= end + 12
                    && g.entity() != null && OWNER_AFTER_GAP.matcher(text.substring(end, g.start())).matches()) {
                return g.entity();
            }
        }
        return null;
    }

    /** Where it works, when the description says: "… mission in Mozambique". */
    private static EntityRef host(String text, int end, List<GazetteerMatch> matches) {
        for (GazetteerMatch g : matches) {
            if (g.category() == GazetteerMatch.Category.COUNTRY && g.start() >= end && g.start() <= end + 10
                    && HOST_GAP.matcher(text.substring(end, g.start())).matches()) {
                return g.entity();
            }
        }
        return null;
    }

    /**
     * The one mission of this operator that fits: in the host when one is said, with each kind
     * word in its name when some mission's name holds it; several left, the one the article names.
     */
    private EntityRef fit(EntityRef owner, EntityRef host, List<String> kinds, List<GazetteerMatch> named,
                          List<GazetteerMatch> matches, boolean introduced, boolean pointedBack) {
        List<EntityRef> candidates = gazetteer.missionsOperatedBy(owner);
        boolean narrowed = false;
        if (host != null) {
            candidates = candidates.stream().filter(m -> gazetteer.hostCountries(m).contains(host)).toList();
            narrowed = true;
        }
        for (String kind : kinds) {
            if (VAGUE.contains(kind)) {
                continue;
            }
            List<EntityRef> holding = candidates.stream()
                    .filter(m -> Arrays.asList(m.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(kind)).toList();
            if (!holding.isEmpty()) {
                candidates = holding;
                narrowed = true;
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (!narrowed && !introduced) {
            if (!pointedBack) {
                return null; // "the alliance's mission": the sentence reader settles it
            }
            // "India has brought its evacuation operation to a close", nothing in it narrowing India's missions:
            // the one of them the article names by name, if it names only one.
            return onlyNamed(candidates, named);
        }
        if (narrowed && candidates.size() == 1) {
            return candidates.get(0);
        }
        EntityRef alsoNamed = onlyNamed(candidates, named);
        if (alsoNamed != null) {
            return alsoNamed;
        }
        // "the bloc's training mission in the country", in a story on Mozambique: the one that works there
        List<EntityRef> here = candidates.stream().filter(m -> !gazetteer.hostCountries(m).isEmpty()
                && worksWhereTheArticleIs(m, matches)).toList();
        return here.size() == 1 ? here.get(0) : null;
    }
}

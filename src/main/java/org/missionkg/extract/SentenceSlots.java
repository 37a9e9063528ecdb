package org.missionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.annotate.DateResolver;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.NerMention;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.GazetteerMatch.Category;
import org.missionkg.vocab.Iris;

/**
 * Finds the slots of one sentence: gazetteer names (missions, countries, organisations,
 * places, ranks, roles), CoreNLP's people, dates and numbers, and mission phrases such as
 * "the training mission" that stand for the mission in focus. Ranks join the name they stand
 * before; overlaps are settled longest-first, gazetteer names before the tagger's. Reading a
 * date ({@link DateSlots}), a count ({@link NumberSlots}) and the people the tagger missed
 * ({@link PersonSlots}) are jobs of their own; this class gathers the slots and settles overlaps.
 */
final class SentenceSlots {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "it", "we", "i", "you",
            "his", "hers", "their", "them", "us");

    private final DateSlots dates;

    private final MissionPhrases phrases;

    private final Gazetteer gazetteer;

    SentenceSlots(DateResolver dates, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.dates = new DateSlots(dates);
        this.phrases = new MissionPhrases(gazetteer);
    }

    /** The slots of a sentence, in text order, numbered from 0. */
    List<Slot> find(String clean, AnnotatedSentence s, List<GazetteerMatch> gaz, ArticleContext ctx) {
        if (s.index() == 0) {
            ctx.rememberExplicitDate(null);
        }
        List<Slot> found = new ArrayList<>();
        List<int[]> ranks = new ArrayList<>();
        List<String> rankLabels = new ArrayList<>();
        for (GazetteerMatch m : gaz) {
            switch (m.category()) {
                case RANK -> {
                    ranks.add(new int[] {m.start(), m.end()});
                    rankLabels.add(m.label());
                }
                case ROLE -> found.add(new Slot(-1,
                        m.label().equalsIgnoreCase("commander") ? SlotType.COMMAND_ROLE : SlotType.ROLE,
                        m.start(), m.end(), m.surface(), null, null, m.label(), m.iri(), null, null, null, null));
                case MISSION -> found.addAll(missionAndLeader(m));
                default -> found.add(Slot.entity(typeOf(m.category()), m.start(), m.end(), m.surface(), m.entity()));
            }
        }
        ships(clean, s, found, ctx);
        militaryUnits(clean, s, found);
        List<Slot> tagged = new ArrayList<>();
        for (NerMention m : s.mentions()) {
            Slot slot = fromMention(clean, s, m, ctx);
            if (slot != null) {
                tagged.add(slot);
            }
        }
        DateSlots.sameDay(clean, s, tagged, ctx).ifPresent(tagged::add);
        DateSlots.sameYear(clean, s, tagged, ctx).ifPresent(tagged::add);
        DateSlots.restatedInBrackets(clean, tagged);
        NumberSlots.joinSpacedThousands(clean, tagged);
        List<Slot> namedMissions = found.stream().filter(f -> f.type() == SlotType.MISSION).toList();
        for (Slot phrase : phrases.find(clean, s, ctx, namedMissions, gaz)) {
            boolean clash = found.stream().anyMatch(f -> f.overlaps(phrase.begin(), phrase.end())
                    && (f.type() == SlotType.MISSION || f.begin() < phrase.begin() || f.end() > phrase.end()
                    || f.type() == SlotType.PERSON));
            if (!clash) {
                // "the newly-announced NATO mission": the name inside is part of the phrase.
                found.removeIf(f -> f.overlaps(phrase.begin(), phrase.end()));
                found.add(phrase);
            }
        }
        for (Slot shape : placeShapes(clean, s)) {
            List<Slot> inside = found.stream().filter(f -> f.overlaps(shape.begin(), shape.end())).toList();
            if (inside.isEmpty()) {
                found.add(shape);
            } else if (NAMED_BASE.matcher(shape.text()).lookingAt() && inside.size() == 1
                    && inside.get(0).type() == SlotType.PLACE && inside.get(0).begin() >= shape.begin()
                    && inside.get(0).end() <= shape.end() && inside.get(0).text().length() < shape.text().length()) {
                // "at Camp Prizren", where the gazetteer knows the town: one place, the whole name, so that a rule
                // reads "at <place>" and not "at Camp <place>". The camp keeps the town's entity, as the gazetteer
                // itself keeps "Camp Taji" for Taji. Without this, the result hung on how the tagger split the name.
                found.remove(inside.get(0));
                found.add(shape.withEntity(inside.get(0).entity()));
            }
        }
        for (Slot t : tagged) {
            // "University of Ottawa": the tagger's organisation holds the gazetteer's place;
            // "Madhav Kumar Nepal": the tagger's person of several words holds the gazetteer's country.
            if (t.type() == SlotType.ORGANIZATION && holdsOnly(t, found, EnumSet.of(SlotType.PLACE, SlotType.COUNTRY, SlotType.DEMONYM))
                    || t.type() == SlotType.PERSON && t.text().strip().contains(" ")
                    && holdsOnly(t, found, EnumSet.of(SlotType.PLACE, SlotType.COUNTRY))) {
                found.removeIf(f -> f.overlaps(t.begin(), t.end()));
            }
            if (found.stream().noneMatch(f -> f.overlaps(t.begin(), t.end()))
                    && ranks.stream().noneMatch(r -> r[0] < t.end() && t.begin() < r[1])) {
                found.add(t);
            }
        }
        PersonSlots.namesAfterTitles(clean, s, found, ranks);
        PersonSlots.knownSurnames(clean, s, found, ranks, ctx);
        if (s.index() == 0) {
            ctx.rememberSentencePerson(null);
        }
        Slot pronoun = PersonSlots.leadingPronoun(clean, s, found, ctx.sentencePerson(), ctx);
        if (pronoun != null) {
            found.add(pronoun);
        }
        found.sort(Comparator.comparingInt(Slot::begin));
        List<Slot> merged = PersonSlots.joinRanks(clean, PersonSlots.joinParticles(clean, found), ranks, rankLabels, ctx);
        List<Slot> out = new ArrayList<>(merged.size());
        for (Slot slot : merged) {
            out.add(slot.withId(out.size()));
        }
        for (Slot slot : out) {
            if (slot.type() == SlotType.PERSON && slot.entity() != null && slot.entity().kind() == EntityKind.PERSON) {
                ctx.noteRankedPerson(slot.entity(), slot.rank() != null ? slot.rank() : ctx.knownRank(slot.entity()));
            }
        }
        // A sentence that names nobody leaves the person before in place: "He" two sentences on is still that one.
        out.stream().filter(x -> x.type() == SlotType.PERSON && x.entity() != null)
                .map(Slot::entity).findFirst().ifPresent(ctx::rememberSentencePerson);
        return out;
    }

    /** Whether the slots that overlap {@code t} are some, all of these types, and each shorter than {@code t} inside it. */
    private static boolean holdsOnly(Slot t, List<Slot> found, Set<SlotType> types) {
        List<Slot> overlapping = found.stream().filter(f -> f.overlaps(t.begin(), t.end())).toList();
        return !overlapping.isEmpty() && overlapping.stream().allMatch(f -> types.contains(f.type())
                && f.begin() >= t.begin() && f.end() <= t.end() && f.end() - f.begin() < t.end() - t.begin());
    }

    /**
     * Bases the gazetteer does not list, known by how bases are named: "Camp Adazi", "Camp Lemonnier",
     * "Al Udeid Air Base", "Niamey Airport", "Forward Operating Base Fenty".
     */
    private static final Pattern PLACE_SHAPE = Pattern.compile(
            "\\b(?:(?:Camp|Forward\\s+Operating\\s+Base|FOB|Fort)\\s+(?:[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}]+)*)"
                    + "(?:\\s+[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}]+)*){0,2}"
                    + "|(?:(?:[A-Z][\\p{L}'’]+|al|el)(?:-[A-Z]?[\\p{L}]+)*\\s+){1,3}"
                    + "(?:Air\\s+Base|Airbase|Air\\s+Field|Airfield|International\\s+Airport|Airport|Naval\\s+Base))\\b");
    /** A base named by its kind first ("Camp Prizren", "FOB Fenty"), as against an airfield named by its town first. */
    private static final Pattern NAMED_BASE = Pattern.compile("(?:Camp|Forward\\s+Operating\\s+Base|FOB|Fort)\\s");
    private static final Set<String> NOT_A_BASE_NAME = Set.of("The", "A", "An", "At", "In", "From", "To", "Of", "And",
            "Its", "Their", "His", "Her", "Our", "This", "That");

    private static List<Slot> placeShapes(String clean, AnnotatedSentence s) {
        List<Slot> out = new ArrayList<>();
        Matcher m = PLACE_SHAPE.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int begin = m.start();
            String text = m.group();
            String first = text.split("\\s+")[0];
            while (NOT_A_BASE_NAME.contains(first) && text.contains(" ")) {
                // "At Ali Al Salem Air Base": the sentence's first word is not part of the name.
                text = text.substring(first.length()).stripLeading();
                begin = m.end() - text.length();
                first = text.split("\\s+")[0];
            }
            if (text.split("\\s+").length < 2 || NOT_A_BASE_NAME.contains(first)) {
                continue;
            }
            out.add(Slot.entity(SlotType.PLACE, begin, m.end(), text,
                    new EntityRef(EntityKind.PLACE, Iris.slug(text), text)));
        }
        return out;
    }

    /**
     * "5th Infantry Brigade", "1st Canadian Division", "82nd Airborne Division", and the British and
     * Japanese way of numbering, "16 Air Assault Brigade", "Escort Division 6": a unit, by its shape.
     */
    private static final String UNIT_WORD = "(?:Brigade|Division|Regiment|Battalion|Corps|Wing|Squadron|Fleet|Flotilla)";
    private static final Pattern MILITARY_UNIT = Pattern.compile(
            "\\b(?:(?:\\d{1,3}(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
                    + "\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}" + UNIT_WORD + "(?:\\s+(?:Group|Combat\\s+Team))?"
                    + "|(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}" + UNIT_WORD + "\\s+\\d{1,3}(?![\\d,.]\\d))\\b");

    /** Each navy's ship prefix and its country, as a name the gazetteer knows. */
    private static final Map<String, String> NAVY_COUNTRIES = Map.ofEntries(
            Map.entry("HMS", "United Kingdom"), Map.entry("RFA", "United Kingdom"),
            Map.entry("HMCS", "Canada"), Map.entry("CCGS", "Canada"),
            Map.entry("HMAS", "Australia"), Map.entry("HMNZS", "New Zealand"),
            Map.entry("USS", "United States"), Map.entry("USNS", "United States"),
            Map.entry("USCGC", "United States"), Map.entry("LÉ", "Ireland"), Map.entry("LE", "Ireland"),
            Map.entry("INS", "India"), Map.entry("ICGS", "India"), Map.entry("KRI", "Indonesia"),
            Map.entry("KD", "Malaysia"), Map.entry("RSS", "Singapore"), Map.entry("HTMS", "Thailand"),
            Map.entry("BRP", "Philippines"), Map.entry("HNLMS", "Netherlands"),
            Map.entry("HNoMS", "Norway"), Map.entry("KNM", "Norway"), Map.entry("NoCGV", "Norway"),
            Map.entry("HDMS", "Denmark"), Map.entry("HSwMS", "Sweden"), Map.entry("FGS", "Germany"),
            Map.entry("ITS", "Italy"), Map.entry("ESPS", "Spain"), Map.entry("SPS", "Spain"),
            Map.entry("TCG", "Turkey"), Map.entry("JS", "Japan"), Map.entry("ROKS", "South Korea"),
            Map.entry("SAS", "South Africa"), Map.entry("NRP", "Portugal"), Map.entry("ARA", "Argentina"),
            Map.entry("BAP", "Peru"), Map.entry("PNS", "Pakistan"), Map.entry("ENS", "Egypt"),
            Map.entry("ORP", "Poland"));

    /**
     * A ship: a navy's prefix (Britain's HMS, Canada's HMCS, Ireland's LÉ, India's INS, ...; written in
     * capitals, so that "Le Drian" is not one) and her name. The tagger takes "LE James Joyce" for a person,
     * and the person then relieves another ship as if she commanded the mission.
     */
    private static final Pattern SHIP = Pattern.compile(
            "\\b(?:" + String.join("|", new TreeSet<>(NAVY_COUNTRIES.keySet())) + "|BNS|MV)" // BNS: two navies'; MV: a merchant ship
                    + "\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,2})");

    /** Whether the slot is a ship named with her navy's prefix. */
    static boolean isShip(Slot slot) {
        return slot.type() == SlotType.ORGANIZATION && SHIP.matcher(slot.text()).lookingAt();
    }

    /**
     * The country whose navy a ship's prefix names ("RSS Persistence": Singapore's), as a name the gazetteer
     * knows; null for a prefix several navies use (BNS) or none (MV).
     */
    static String navyCountry(String shipName) {
        String prefix = shipName.strip().split("\\s+")[0];
        return NAVY_COUNTRIES.get(prefix);
    }

    private static void ships(String clean, AnnotatedSentence s, List<Slot> found, ArticleContext ctx) {
        shapedOrganizations(SHIP, clean, s, found, m -> ctx.noteShip(m.group(1)));
    }

    private static void militaryUnits(String clean, AnnotatedSentence s, List<Slot> found) {
        shapedOrganizations(MILITARY_UNIT, clean, s, found, m -> { });
    }

    /**
     * An organisation slot for each match of the shape in the sentence that no slot found so far overlaps; {@code seen}
     * is told of every match, overlapped or not.
     */
    private static void shapedOrganizations(Pattern shape, String clean, AnnotatedSentence s, List<Slot> found,
                                            java.util.function.Consumer<Matcher> seen) {
        Matcher m = shape.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            seen.accept(m);
            if (found.stream().anyMatch(f -> f.overlaps(b, e))) {
                continue;
            }
            found.add(organization(b, e, m.group()));
        }
    }

    /** An organisation slot keyed by its text as printed. */
    private static Slot organization(int begin, int end, String text) {
        return Slot.entity(SlotType.ORGANIZATION, begin, end, text, new EntityRef(EntityKind.ORGANIZATION, Iris.slug(text), text));
    }

    private static final Pattern LED = Pattern.compile("^(\\S+(?:\\s\\S+)?)-led\\s+");

    /**
     * A mission the gazetteer names with who leads it ("Kenyan-led Multinational Security Support Mission", one of its
     * names): the country is a slot of its own before the mission's, as if the name had been printed without it, so
     * that the rules read who leads it ("the Kenyan-led mission") as they do for a name listed without it. Not "the
     * U.S.-led coalition": a story mentions it in passing, and the gold sets' readers take no lead from it there.
     */
    private List<Slot> missionAndLeader(GazetteerMatch m) {
        Matcher led = LED.matcher(m.surface());
        Optional<GazetteerMatch> leader = led.find() ? gazetteer.lookup(led.group(1)) : Optional.empty();
        if (leader.isEmpty() || leader.get().entity() == null || m.surface().contains("coalition")
                || leader.get().category() != Category.COUNTRY && leader.get().category() != Category.DEMONYM) {
            return List.of(Slot.entity(SlotType.MISSION, m.start(), m.end(), m.surface(), m.entity()));
        }
        int countryEnd = m.start() + led.group(1).length();
        int missionStart = m.start() + led.end();
        return List.of(Slot.entity(typeOf(leader.get().category()), m.start(), countryEnd, led.group(1), leader.get().entity()),
                Slot.entity(SlotType.MISSION, missionStart, m.end(), m.surface().substring(led.end()), m.entity()));
    }

    private static SlotType typeOf(Category c) {
        return switch (c) {
            case MISSION -> SlotType.MISSION;
            case COUNTRY -> SlotType.COUNTRY;
            case DEMONYM -> SlotType.DEMONYM;
            case ORGANIZATION -> SlotType.ORGANIZATION;
            case PLACE -> SlotType.PLACE;
            case PERSON -> SlotType.PERSON;
            default -> throw new IllegalArgumentException(c.toString());
        };
    }

    private Slot fromMention(String clean, AnnotatedSentence s, NerMention m, ArticleContext ctx) {
        String text = m.text();
        switch (m.type()) {
            case "PERSON" -> {
                if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(text.charAt(0))) {
                    return null;
                }
                if (ctx.isShip(text)) {
                    return organization(m.begin(), m.end(), text);
                }
                return Slot.entity(SlotType.PERSON, m.begin(), m.end(), text, null);
            }
            // CITY and STATE_OR_PROVINCE come only when the fine-grained tags are turned back on (-Dmissionkg.corenlp).
            case "CITY", "LOCATION", "STATE_OR_PROVINCE" -> {
                if (ctx.isKnownSurname(text)) {
                    return Slot.entity(SlotType.PERSON, m.begin(), m.end(), text, null);
                }
                if (!Character.isUpperCase(text.charAt(0)) || text.equals(text.toUpperCase(Locale.ROOT))) {
                    return null;
                }
                return Slot.entity(SlotType.PLACE, m.begin(), m.end(), text,
                        new EntityRef(EntityKind.PLACE, Iris.slug(text), text));
            }
            case "ORGANIZATION" -> {
                if (!Character.isUpperCase(text.charAt(0))) {
                    return null;
                }
                String name = text.replaceFirst("^(?i)the\\s+", "");
                return Slot.entity(SlotType.ORGANIZATION, m.begin(), m.end(), text,
                        new EntityRef(EntityKind.ORGANIZATION, Iris.slug(name), name));
            }
            case "DATE" -> {
                return dates.of(clean, s, m, ctx);
            }
            case "NUMBER" -> {
                return NumberSlots.of(clean, m);
            }
            default -> {
                return null;
            }
        }
    }

}

package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityRef;
import org.missionkg.model.NameTitles;
import org.missionkg.model.Token;

/**
 * Person slots the tagger did not give: names after a title or rank, lone surnames of people the
 * article names in full, and a pronoun or description ("He", "The Danish general") that goes on
 * about the person before; then ranks joined to the names they stand before, which is where each
 * person gets its entity. Split from {@link SentenceSlots}, which finds the other slots and
 * settles overlaps; every method adds to or reads that one list of slots.
 */
final class PersonSlots {
    private PersonSlots() {
    }

    /** A capitalised name right after a title or rank that the tagger missed ("Foreign Minister Francois-Philippe Champagne"). */
    static void namesAfterTitles(String clean, AnnotatedSentence s, List<Slot> found, List<int[]> ranks) {
        List<int[]> anchors = new ArrayList<>(ranks);
        for (Slot f : found) {
            if (f.type() == SlotType.ROLE || f.type() == SlotType.COMMAND_ROLE) {
                anchors.add(new int[] {f.begin(), f.end()});
            }
        }
        Pattern name = Pattern.compile("\\G\\s+((?:(?:\\p{Lu}[\\p{L}'’]+|al|bin|de|van|von|der)(?:-\\p{Lu}?[\\p{L}]+)*\\s+)*"
                + "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}]+)*)");
        for (int[] a : anchors) {
            if (a[1] >= s.end()) {
                continue;
            }
            Matcher m = name.matcher(clean).region(a[1], s.end());
            if (!m.find()) {
                continue;
            }
            int b = m.start(1);
            int e = m.end(1);
            // "will hand over to Major General Park", "Colonel Florence Dubois": a name right after a rank
            // that the tagger took for a place is the person's, however short.
            boolean afterRank = ranks.contains(a);
            List<Slot> places = found.stream().filter(f -> f.overlaps(b, e)).toList();
            if (afterRank && !places.isEmpty() && places.stream().allMatch(f -> f.type() == SlotType.PLACE
                    && f.begin() >= b && f.end() <= e)) {
                found.removeAll(places);
                found.add(Slot.entity(SlotType.PERSON, b, e, m.group(1), null));
                continue;
            }
            // The same without the fine-grained tags, which leave the rank untagged: the tagger takes "Major General
            // Park" whole for a place, and that mention, overlapping the rank, gives no slot. A lone word after a
            // rank that no slot covers is the person's name when the tagger saw a name (a person or a place) there.
            if (afterRank && places.isEmpty() && !m.group(1).contains(" ") && taggedAsName(s, b, e)) {
                found.add(Slot.entity(SlotType.PERSON, b, e, m.group(1), null));
                continue;
            }
            if (m.group(1).split("\\s+").length < 2) {
                continue;
            }
            // "KFOR commander Maj Gen X": the rank is no part of the name; the rank's own anchor finds it.
            if (ranks.stream().anyMatch(r -> r[0] < e && b < r[1])) {
                continue;
            }
            // "Lt.-Gen. Per Pugholm Olsen" where the tagger found only "Pugholm Olsen": the whole name.
            found.removeIf(f -> f.type() == SlotType.PERSON && f.entity() == null && f.begin() > b && f.end() == e);
            if (found.stream().anyMatch(f -> f.overlaps(b, e))) {
                continue;
            }
            found.add(Slot.entity(SlotType.PERSON, b, e, m.group(1), null));
        }
    }

    private static final Set<String> NAME_TAGS = Set.of("PERSON", "LOCATION", "CITY", "STATE_OR_PROVINCE");

    /** Whether every token in [begin, end) carries one of the tagger's person or place tags. */
    private static boolean taggedAsName(AnnotatedSentence s, int begin, int end) {
        List<Token> inside = s.tokens().stream().filter(t -> t.begin() >= begin && t.end() <= end).toList();
        return !inside.isEmpty() && inside.stream().allMatch(t -> NAME_TAGS.contains(t.ner()));
    }

    /**
     * A surname standing alone ("Whitford most recently served as …") that the tagger did not
     * take for a name, where the article names the person in full: that person.
     */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}]+)*(?![\\p{L}-])");

    static void knownSurnames(String clean, AnnotatedSentence s, List<Slot> found, List<int[]> ranks,
                                      ArticleContext ctx) {
        Matcher m = CAPITALISED.matcher(clean).region(s.begin(), s.end());
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            String word = m.group().replaceFirst("['’]s$", "");
            if (!ctx.isKnownSurname(word) || found.stream().anyMatch(f -> f.overlaps(b, e))
                    || ranks.stream().anyMatch(r -> r[0] < e && b < r[1])) {
                continue;
            }
            found.add(Slot.entity(SlotType.PERSON, b, b + word.length(), word, null));
        }
    }

    /**
     * A sentence that opens with "He", "She" or "The Danish general" goes on about the first
     * person the sentence before named ("Her boss is a Dane, Maj.-Gen. X. He took command of
     * the mission in May"): that person, when there is one; otherwise no slot.
     */
    private static final Pattern LEADING_PRONOUN = Pattern.compile(
            "\\G\\s*(He|She|The\\s+(?:(?:new|outgoing|incoming|\\p{Lu}\\p{Ll}+)\\s+)?(?:general|admiral|commodore|brigadier|"
                    + "(?:one|two|three|four)-star(?:\\s+(?:general|admiral))?))\\b(?!['’])");

    /**
     * "Two years later he was in Afghanistan", "where he commanded Sector West": a lower-case
     * "he"/"she" after an opening phrase that names no person is the same person as a leading "He".
     */
    private static final Pattern INNER_PRONOUN = Pattern.compile("\\b(he|she)\\b(?!['’])");

    static Slot leadingPronoun(String clean, AnnotatedSentence s, List<Slot> found, EntityRef previous,
                               ArticleContext ctx) {
        Matcher m = LEADING_PRONOUN.matcher(clean).region(s.begin(), s.end());
        boolean opens = m.find();
        if (opens && !m.group(1).startsWith("He") && !m.group(1).startsWith("She")) {
            // "The Indian general, who has led the force since ...", after a sentence that named a civilian:
            // the person last named with that rank, not the first person of the sentence before.
            String said = m.group(1).toLowerCase(Locale.ROOT);
            String word = ArticleContext.RANK_WORDS.stream().filter(w -> said.matches("(?s).*\\b" + w + "\\b.*"))
                    .findFirst().orElse(null);
            String previousRank = previous == null ? null : ctx.knownRank(previous);
            if (word != null && (previousRank == null || !previousRank.toLowerCase(Locale.ROOT).contains(word))
                    && ctx.lastWithRankWord(word) != null) {
                previous = ctx.lastWithRankWord(word);
            }
        }
        if (previous == null) {
            return null;
        }
        if (!opens) {
            Matcher inner = INNER_PRONOUN.matcher(clean).region(s.begin(), s.end());
            if (!inner.find() || found.stream().anyMatch(f -> f.type() == SlotType.PERSON && f.begin() < inner.start())
                    || found.stream().anyMatch(f -> f.overlaps(inner.start(1), inner.end(1)))) {
                return null;
            }
            return Slot.entity(SlotType.PERSON, inner.start(1), inner.end(1), inner.group(1), previous);
        }
        // "The Italian two-star": the tagger's number inside is part of the person.
        if (found.stream().anyMatch(f -> f.overlaps(m.start(1), m.end(1))
                && f.type() != SlotType.DEMONYM && f.type() != SlotType.NUMBER)) {
            return null;
        }
        found.removeIf(f -> f.overlaps(m.start(1), m.end(1))); // "The Danish general": one person
        return Slot.entity(SlotType.PERSON, m.start(1), m.end(1), m.group(1), previous);
    }

    /** Lower-case particles of names, whatever language: "da Silva", "von der Leyen", "bin Zayed". */
    private static final String PARTICLES = "da|de|do|dos|das|di|del|della|du|van|von|der|den|ter|bin|ibn";

    /** A lower-case particle inside a name: "Fernando Azevedo e Silva", "Luiz Inácio Lula da Silva", "Ursula von der Leyen". */
    private static final Pattern NAME_PARTICLE = Pattern.compile("^\\s+(?:e|y|" + PARTICLES + ")(?:\\s+(?:der|den|la|le))?\\s+$");

    /**
     * Two people the tagger split at a lower-case particle ("Fernando Azevedo" and "Silva" in "Fernando
     * Azevedo e Silva") are one person: the particle joins them into one slot. Slots sorted by begin.
     */
    static List<Slot> joinParticles(String clean, List<Slot> sorted) {
        List<Slot> out = new ArrayList<>();
        for (Slot slot : sorted) {
            Slot last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == SlotType.PERSON && slot.type() == SlotType.PERSON
                    && last.entity() == null && slot.entity() == null && last.end() <= slot.begin()
                    && NAME_PARTICLE.matcher(clean.substring(last.end(), slot.begin())).matches()) {
                out.set(out.size() - 1, last.withSpan(last.begin(), slot.end(), clean.substring(last.begin(), slot.end())));
                continue;
            }
            out.add(particleTail(clean, slot, sorted));
        }
        return out;
    }

    /**
     * A particle and a capitalised word right after a name, which the tagger left out of it and nothing else took: "...
     * Affonso da Costa" (not "Le Messager de Bangui", a paper named after a place the gazetteer knows).
     */
    private static final Pattern PARTICLE_TAIL = Pattern.compile(
            "^\\s+(?:" + PARTICLES + ")(?:\\s+(?:der|den|la|le))?\\s+\\p{Lu}[\\p{L}-]+(?:['’]\\p{Lu}[\\p{L}-]+)?");

    /** The person's slot with a particle tail it lacks added; any other slot as it is. */
    private static Slot particleTail(String clean, Slot slot, List<Slot> all) {
        if (slot.type() != SlotType.PERSON || slot.entity() != null) {
            return slot;
        }
        Matcher tail = PARTICLE_TAIL.matcher(clean.substring(slot.end()));
        if (!tail.find()) {
            return slot;
        }
        int end = slot.end() + tail.end();
        if (all.stream().anyMatch(o -> o != slot && o.begin() < end && o.end() > slot.end())) {
            return slot;
        }
        return slot.withSpan(slot.begin(), end, clean.substring(slot.begin(), end));
    }

    /** A rank directly before a person becomes part of that person's slot; people get their entity here. */
    static List<Slot> joinRanks(String clean, List<Slot> sorted, List<int[]> ranks, List<String> rankLabels,
                                        ArticleContext ctx) {
        List<Slot> out = new ArrayList<>();
        for (Slot slot : sorted) {
            if (slot.type() != SlotType.PERSON) {
                out.add(slot);
                continue;
            }
            String rank = null;
            int named = slot.begin();
            String text = slot.text();
            // "the alliance's secretary general, Lord Robertson", "Vice Admiral Sir Ben Key": the tagger leaves
            // the title out of the name; it is part of how the person is known (PersonNames reads "Lord
            // Robertson"), and a rank stands before it.
            Matcher honorific = NameTitles.NOBILITY_BEFORE.matcher(clean.substring(Math.max(0, named - 12), named));
            if (slot.entity() == null && honorific.find()) {
                named -= honorific.group().length();
                text = clean.substring(named, slot.end());
            }
            int begin = named;
            for (int i = 0; i < ranks.size(); i++) {
                int[] r = ranks.get(i);
                if (r[1] <= named && clean.substring(r[1], named).isBlank()) {
                    rank = rankLabels.get(i);
                    begin = r[0];
                }
            }
            EntityRef person = slot.entity() != null ? slot.entity() : ctx.person(text, rank);
            if (rank == null) {
                rank = ctx.knownRank(person);
            }
            out.add(slot.withEntity(person).withRank(rank).withSpan(begin, slot.end(), clean.substring(begin, slot.end())));
        }
        return out;
    }
}

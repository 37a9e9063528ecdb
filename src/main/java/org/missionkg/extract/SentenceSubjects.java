package org.missionkg.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Token;
import org.missionkg.reference.GazetteerMatch;

/**
 * What a sentence is about, as its subject says (what it names before its first verb): the
 * mission that the next sentences may go on about without naming it, and the country that "it"
 * or "they" in the next sentence stands for. An aside naming a mission later in the sentence does
 * not change the subject.
 */
final class SentenceSubjects {
    private SentenceSubjects() {
    }

    /**
     * The missions a sentence names by name (gazetteer or unlisted names, not "the mission"): one
     * element, that mission, when it is the only one and is named before the sentence's first verb
     * (its subject: "EUTM Mali closed on Saturday"); a null element when it is named otherwise
     * ("Fewer than 20 of them serve with NMI"): an aside does not change what the next sentence is about.
     */
    static List<EntityRef> subjectMission(List<GazetteerMatch> here, List<Slot> found, String sentence, int sentenceBegin,
                                          int firstVerb) {
        // "The UN force numbers some 12,500 uniformed personnel, among them the Force Intervention
        // Brigade": a description that opens the sentence is its subject, whatever the sentence names
        // later (the tagger may take "numbers" for a noun, so the first verb is no sure border).
        Slot opening = found.stream().filter(x -> x.type() == SlotType.MISSION && x.entity() != null)
                .min(java.util.Comparator.comparingInt(Slot::begin)).orElse(null);
        // Not an owner: in "RAMSI's military component, Combined Task Force 635, was stood down" the
        // component is the subject.
        if (opening != null && onlyDateBefore(found, sentence, sentenceBegin, opening.begin()) && opening.begin() < firstVerb
                && here.stream().noneMatch(g -> g.start() < opening.begin())
                && !sentence.substring(opening.end() - sentenceBegin).matches("(?s)^['’](?:s\\b|\\s).*")) {
            return java.util.Collections.singletonList(opening.entity());
        }
        List<GazetteerMatch> named = here.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        List<EntityRef> missions = named.stream().map(GazetteerMatch::entity).distinct().toList();
        // "Unlike its predecessor, EUPOL Kinshasa, it is not limited to one city": the mission the
        // subject follows is named before the verb, but "it" is the story's mission still.
        boolean subject = missions.size() == 1 && named.get(0).start() < firstVerb
                && !ArticleFacts.namedAsPredecessor(sentence, named.get(0).start() - sentenceBegin);
        return java.util.Collections.singletonList(subject ? missions.get(0) : null);
    }

    /** What may stand before a subject besides a date: "31 March: ", "On Monday, ", "In 2003 ". */
    private static final Pattern DATE_OPENING = Pattern.compile("(?i)[\\s:,;\\-–—]*(?:(?:on|in|by|since|at)\\s+)?[\\s:,;\\-–—]*");

    /**
     * Whether nothing but a date opens the sentence before {@code at}: "31 March: Operation Concordia takes over from
     * NATO's Operation Allied Harmony" is about Concordia, as it would be without its timeline's day.
     */
    private static boolean onlyDateBefore(List<Slot> found, String sentence, int sentenceBegin, int at) {
        if (at == sentenceBegin) {
            return true;
        }
        List<Slot> dates = found.stream().filter(x -> x.type() == SlotType.DATE && x.begin() >= sentenceBegin && x.end() <= at)
                .sorted(java.util.Comparator.comparingInt(Slot::begin)).toList();
        if (dates.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(sentence.substring(0, at - sentenceBegin));
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.delete(dates.get(i).begin() - sentenceBegin, dates.get(i).end() - sentenceBegin);
        }
        return DATE_OPENING.matcher(rest).matches();
    }

    /** The country a sentence names before its first verb, as its subject ("Canada has about 1,000 troops in Latvia"), or null. */
    static EntityRef subjectCountry(List<Slot> found, int firstVerb) {
        return found.stream().filter(x -> x.type() != SlotType.DATE && x.type() != SlotType.NUMBER)
                .findFirst().filter(x -> x.type() == SlotType.COUNTRY && x.begin() < firstVerb && x.entity() != null)
                .map(Slot::entity).orElse(null);
    }

    /** Where the sentence's first verb begins (the end of the sentence if it has none): what comes before is its subject. */
    static int firstVerb(AnnotatedSentence s) {
        return s.tokens().stream().filter(t -> t.pos().startsWith("VB")).mapToInt(Token::begin)
                .findFirst().orElse(s.end());
    }

    /** The subject mission of the nearest of the two sentences before that names a mission, else null. */
    static EntityRef recentMission(List<List<EntityRef>> named) {
        for (int i = named.size() - 1; i >= Math.max(0, named.size() - 2); i--) {
            List<EntityRef> ms = named.get(i);
            if (!ms.isEmpty()) {
                return ms.get(0);
            }
        }
        return null;
    }

    /**
     * A part of a national contribution as a sentence's subject: "The current rotation is led
     * by ...", "The Australian contingent is commanded by ...", "Since November the task group has
     * been led by ...". Capitalised words between article and noun are a nationality or a name.
     */
    private static final Pattern COMPONENT_SUBJECT = Pattern.compile(
            "\\b(?:[Tt]he|[Ii]ts|[Tt]his\\s+year['’]s)\\s+(?:(?:current|new|present|final|last|first|latest|outgoing|"
                    + "incoming|next|\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    + "\\p{Lu}[\\p{L}-]+)\\s+){0,2}(?:rotation|contingent|detachment|(?:task|replenishment|air|naval)\\s+group|"
                    + "unit|task\\s+force|battalion)\\b(?!s)");

    /**
     * The mission a sentence that names none means when its subject is a part of a contribution
     * ("The current rotation is led by X" after "About 90 Australian soldiers are based in Britain
     * for Operation Kudu"): the mission named last in the few sentences before, preferring one that
     * no international organisation runs, since rotations and contingents are a country's; null when
     * the subject is no such part or no mission was named near.
     *
     * @param subject the sentence's words before its first verb
     * @param namedBefore the missions each sentence before named, in order, oldest first
     * @param international whether an organisation (the UN, NATO, the EU ...) runs a mission
     */
    static EntityRef componentMission(String subject, List<List<EntityRef>> namedBefore, Predicate<EntityRef> international) {
        if (!COMPONENT_SUBJECT.matcher(subject).find()) {
            return null;
        }
        EntityRef any = null;
        for (int i = namedBefore.size() - 1; i >= Math.max(0, namedBefore.size() - 4); i--) {
            List<EntityRef> named = namedBefore.get(i);
            for (int j = named.size() - 1; j >= 0; j--) {
                EntityRef m = named.get(j);
                if (!international.test(m)) {
                    return m;
                }
                any = any == null ? m : any;
            }
        }
        return any;
    }
}

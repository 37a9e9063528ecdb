package org.missionkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionkg.model.CountQualifier;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.Provenance;
import org.missionkg.model.TroopContribution;

/**
 * One clause's count told for more countries than the one the rules read it for, as news lists contributions:
 * <ul>
 *   <li>the verb and the noun left out of the next country's part: "Germany has about 20 officers in the mission
 *       and France about 15", "Australia has four officers in the command and Britain three";</li>
 *   <li>countries that "each" send the same: "Tanzania, Kenya and Zambia have each sent two officers".</li>
 * </ul>
 * The parser reads neither well (the gapped part hangs from whatever noun is nearest), and a count rule binds one
 * country, so the other countries' counts are read here from the slots, beside the fact the rules made: the same
 * mission, the same kind of troops, the same day. The surface rule troops.country-elided-count reads the gapped
 * part too, but only after a word for troops and with no fact to follow ("The force has 400 soldiers, and Ireland
 * 130"); this reads any count a country was given ("officers", "staff", "members") and the countries that "each"
 * send it. Where both read the same part, the claims are the same and DuplicateClaims keeps one.
 */
final class SharedCounts {
    static final String GAPPED_RULE = "troops.gapped-conjunct";
    static final String EACH_RULE = "troops.each-country";

    /** Between one country's part and the next country's name: "and", ", and", ", while". */
    private static final Pattern BEFORE_NEXT = Pattern.compile("(?i)\\s*,?\\s*(?:and|while|whereas)\\s+");
    /** The same after the counted country's own part, whose words follow its count: "officers in the mission and". */
    private static final Pattern AFTER_FIRST = Pattern.compile("(?i)[^,.;]*?(?:\\s*,)?\\s+(?:and|while|whereas)\\s+");
    /** Between the next country and its count: nothing but the count's own qualifier words. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\s+(?:(?:just\\s+)?(?:about|around|roughly|some|nearly|almost|"
            + "approximately|more\\s+than|over|fewer\\s+than|less\\s+than|under|up\\s+to|at\\s+least)\\s+)?");
    /** After the next country's count: the part ends (no noun of its own, which would make it another count). */
    private static final Pattern AFTER = Pattern.compile("(?i)\\s*(?:[,.;:)]|and\\b|each\\b|$)");
    /** Between coordinated countries: "Tanzania, Kenya and Zambia". */
    private static final Pattern COORDINATION = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|and\\s+)");
    /** From the last coordinated country to the count: "have each sent", "each have", "will each contribute". */
    private static final Pattern EACH = Pattern.compile("(?i)^\\s+(?:\\w+\\s+){0,2}each\\b[^,.;]*$");

    private SharedCounts() {
    }

    /**
     * The sentence's facts, with a count for each other country the clause of a troop count gives one; {@code text}
     * is the cleaned text the slots were found in, {@code articleText} the text evidence quotes (the same offsets).
     */
    static List<Fact> added(List<Fact> sentenceFacts, List<Slot> found, String text, String articleText, int sentenceBegin,
                            int sentenceEnd) {
        List<TroopContribution> counts = sentenceFacts.stream().filter(f -> f instanceof TroopContribution t
                && t.fromCount() == null && t.country() != null).map(f -> (TroopContribution) f).toList();
        if (counts.isEmpty()) {
            return sentenceFacts;
        }
        List<Slot> slots = found.stream().filter(s -> s.begin() >= sentenceBegin && s.end() <= sentenceEnd
                && s.type() != SlotType.DATE).sorted(java.util.Comparator.comparingInt(Slot::begin)).toList();
        Set<EntityRef> counted = new HashSet<>();
        counts.forEach(t -> counted.add(t.country()));
        List<Fact> out = new ArrayList<>(sentenceFacts);
        for (TroopContribution t : counts) {
            int n = numberSlot(slots, t);
            if (n < 0) {
                continue;
            }
            // "... about 20 officers in the mission and France about 15 [, and Italy 12]"
            int after = slots.get(n).end();
            for (int i = n + 1; i + 1 < slots.size(); i++) {
                Slot country = slots.get(i);
                Slot number = slots.get(i + 1);
                if (country.type() != SlotType.COUNTRY || country.entity() == null || number.type() != SlotType.NUMBER
                        || number.number() == null) {
                    continue;
                }
                String gap = text.substring(after, country.begin());
                boolean joined = (after == slots.get(n).end() ? AFTER_FIRST : BEFORE_NEXT).matcher(gap).matches();
                if (!joined || !BETWEEN.matcher(text.substring(country.end(), number.begin())).matches()
                        || !AFTER.matcher(text.substring(number.end(), Math.min(sentenceEnd, number.end() + 12))).lookingAt()
                        || !counted.add(country.entity())) {
                    break;
                }
                out.add(copy(t, country.entity(), number.number(), number.qualifier(), articleText, country.begin(), number.end(),
                        GAPPED_RULE));
                after = number.end();
                i++;
            }
            // "Tanzania, Kenya and Zambia have each sent two officers"
            int c = countrySlot(slots, t, n);
            if (c < 0 || !EACH.matcher(text.substring(slots.get(c).end(), slots.get(n).begin())).find()) {
                continue;
            }
            int first = c;
            while (first > 0 && slots.get(first - 1).type() == SlotType.COUNTRY && slots.get(first - 1).entity() != null
                    && COORDINATION.matcher(text.substring(slots.get(first - 1).end(), slots.get(first).begin())).matches()) {
                first--;
            }
            for (int i = first; i <= c; i++) {
                if (counted.add(slots.get(i).entity())) {
                    out.add(copy(t, slots.get(i).entity(), t.count(), t.qualifier(), articleText, slots.get(i).begin(),
                            slots.get(n).end(), EACH_RULE));
                }
            }
        }
        return out;
    }

    /** The index of the number slot the count was read from, inside its evidence; -1 if none. */
    private static int numberSlot(List<Slot> slots, TroopContribution t) {
        Evidence ev = t.provenance().evidence();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.type() == SlotType.NUMBER && s.number() != null && s.number() == t.count()
                    && s.begin() >= ev.start() && s.end() <= ev.end()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the last of the coordinated countries right before the count's slot ("Tanzania, Kenya and Zambia
     * have each sent two": Zambia, with nothing but the verb between), if the count was read for one of them; else -1.
     */
    private static int countrySlot(List<Slot> slots, TroopContribution t, int number) {
        int i = number - 1;
        if (i < 0 || slots.get(i).type() != SlotType.COUNTRY || slots.get(i).entity() == null) {
            return -1;
        }
        for (int j = i; j >= 0 && slots.get(j).type() == SlotType.COUNTRY; j--) {
            if (t.country().equals(slots.get(j).entity())) {
                return i;
            }
        }
        return -1;
    }

    private static TroopContribution copy(TroopContribution t, EntityRef country, long count, CountQualifier qualifier,
                                          String text, int begin, int end, String rule) {
        Provenance p = t.provenance();
        Provenance own = new Provenance(p.articleId(), Evidence.of(text, begin, end, p.evidence().sentence()), p.confidence(),
                rule, p.asOf(), p.dateSource());
        return new TroopContribution(country, t.mission(), count, qualifier == null ? CountQualifier.EXACT : qualifier,
                t.counts(), null, null, t.date(), own);
    }
}

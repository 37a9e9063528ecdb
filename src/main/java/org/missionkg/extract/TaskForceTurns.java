package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.Leadership;
import org.missionkg.model.Provenance;
import org.missionkg.reference.Gazetteer;

/**
 * The command of a coalition's naval task force passes from navy to navy in turns, so whose officer commands it is
 * which country leads it: "He relieved Commodore X of the Royal Danish Navy, who had directed the task force since
 * December" tells of Denmark's turn in command of Combined Task Force 151, from December to the relief. A tenure of
 * such a task force (a combined task force, a standing naval force or group, a naval squadron) whose sentence gives the
 * commander's country, by his navy or nationality next to his name, yields that country's lead over the same dates,
 * unless the article already says who led it then.
 */
final class TaskForceTurns {
    static final String RULE = "derived.task-force-turn";
    /** Where a turn's date the article leaves out comes from. */
    static final String FROM_TENURE = "the tenure of the officer whose country's turn it is, which the article gives";
    /** Names of formations whose command rotates among the navies that make them up. */
    private static final Pattern ROTATING = Pattern.compile(
            "(?i)\\b(?:combined\\s+task\\s+force|standing\\s+(?:nato\\s+)?(?:naval|maritime|mine\\S*)\\s+(?:force|group)|naval\\s+squadron)\\b");
    /** After the name: "of the Royal Danish Navy", "of Denmark", "of the Republic of Korea Navy". */
    private static final Pattern OF_NAVY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,4})");
    /** Before the name, a nationality and a rank or "officer": "Danish Commodore", "Turkish Rear-Admiral", "a Danish officer, ". */
    private static final Pattern NATIONALITY_BEFORE = Pattern.compile("([\\p{Lu}][\\p{L}]+)\\s+(?:[\\p{L}.-]+\\s+){0,3}(?:officer,\\s+)?$");

    private TaskForceTurns() {
    }

    static List<Fact> led(List<Fact> facts, Gazetteer gazetteer) {
        List<Fact> out = new ArrayList<>(facts);
        for (Fact f : facts) {
            if (!(f instanceof CommandTenure t) || !ROTATING.matcher(t.mission().label()).find()
                    || t.start() == null && t.end() == null) {
                continue;
            }
            EntityRef country = commandersCountry(t, gazetteer);
            if (country == null) {
                continue;
            }
            if (out.stream().anyMatch(o -> o instanceof Leadership l && l.mission().equals(t.mission())
                    && l.country().equals(country))) {
                // "Command passed from Pakistan to the Republic of Korea on Thursday" and "He relieved Commodore X of
                // the Pakistan Navy, who had been in command since January": the turn the article states takes the
                // date it leaves out from its officer's tenure, where the two agree on the date they both give.
                out.replaceAll(o -> o instanceof Leadership l && l.mission().equals(t.mission()) && l.country().equals(country)
                        ? completed(l, t) : o);
                continue;
            }
            Provenance p = t.provenance();
            out.add(new Leadership(country, t.mission(), t.start(), t.end(),
                    new Provenance(p.articleId(), p.evidence(), p.confidence(), RULE, p.asOf(), p.dateSource())));
        }
        return out;
    }

    /**
     * The turn with the date it lacks taken from its officer's tenure: its start where it gives none and both
     * give the same end (or the turn none), its end where it gives none and both give the same start.
     */
    private static Leadership completed(Leadership l, CommandTenure t) {
        boolean startFromTenure = l.start() == null && t.start() != null && (l.end() == null || l.end().equals(t.end()));
        boolean endFromTenure = l.end() == null && t.end() != null && l.start() != null && l.start().equals(t.start());
        if (!startFromTenure && !endFromTenure) {
            return l;
        }
        return new Leadership(l.country(), l.mission(), startFromTenure ? t.start() : l.start(),
                endFromTenure ? t.end() : l.end(), l.provenance().withDateSource(FROM_TENURE));
    }

    /** The country the sentence gives the commander, next to his surname; null when it gives none. */
    private static EntityRef commandersCountry(CommandTenure t, Gazetteer gazetteer) {
        String sentence = t.provenance().evidence().sentence();
        String surname = LastCommanders.surname(t);
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(surname) + "\\b").matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Matcher after = OF_NAVY.matcher(sentence.substring(m.end()));
        if (after.find()) {
            EntityRef c = NameAffiliations.countryInName(gazetteer, after.group(1));
            if (c != null) {
                return c;
            }
        }
        String first = t.commander().label().split("\\s+")[0];
        int nameStart = sentence.toLowerCase(Locale.ROOT).lastIndexOf(first.toLowerCase(Locale.ROOT), m.start());
        Matcher before = NATIONALITY_BEFORE.matcher(sentence.substring(0, nameStart < 0 ? m.start() : nameStart));
        return before.find() ? NameAffiliations.countryInName(gazetteer, before.group(1)) : null;
    }
}

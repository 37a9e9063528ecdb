package org.missionkg.screen;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.missionkg.model.Article;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.GazetteerMatch.Category;
import org.missionkg.reference.MissionNames;

/**
 * A cheap pass over an article's title and text, before any NLP, that decides whether the
 * article can hold a fact about a military mission and so is worth CoreNLP's time. It looks for
 * three kinds of sign, each a scan linear in the text:
 * <ul>
 * <li>names the gazetteer knows ({@link Gazetteer#scan}): a mission ("NATO Mission Iraq", "KFOR")
 *     or a person it lists is enough on its own; a rank or a role ("Major-General", "defence
 *     minister") counts with one military word beside it;</li>
 * <li>mission-shaped names it does not know ({@link MissionNames}: "Operation X", "Task Force X",
 *     "EU Training Mission in Y"), enough on their own;</li>
 * <li>military words ({@link MilitaryWords}: troops, soldiers, deployed, battalion, peacekeepers,
 *     defence minister, …): three different ones are enough on their own.</li>
 * </ul>
 * It errs towards letting an article through: a missed article loses its facts for good, a
 * wrongly passed one costs a second of CoreNLP. Thread-safe.
 *
 * <pre>
 *   RelevanceScreen screen = RelevanceScreen.standard();
 *   if (screen.test(article)) { ...annotate and extract... }
 * </pre>
 */
public final class RelevanceScreen implements Predicate<Article> {
    /** Distinct military words that let an article through with no name at all. */
    static final int WORDS_ALONE = 3;

    private final Gazetteer gazetteer;

    private RelevanceScreen(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The screen over the bundled gazetteer. */
    public static RelevanceScreen standard() {
        return new RelevanceScreen(Gazetteer.bundled());
    }

    public static RelevanceScreen with(Gazetteer gazetteer) {
        return new RelevanceScreen(gazetteer);
    }

    /** What the screen saw in one article and what it decided. */
    public record Verdict(boolean pass, String why, Map<Category, Integer> names, int missionShaped,
                          Set<String> militaryWords) {
    }

    @Override
    public boolean test(Article article) {
        return judge(article).pass();
    }

    /** The decision with its reasons, for reports and tuning. */
    public Verdict judge(Article article) {
        String title = article.meta().title();
        String text = title == null ? article.text() : title + "\n\n" + article.text();
        return judge(text);
    }

    /** Countries or nationalities named (mentions) that, with a role and the word "mission", let an article through. */
    static final int NATIONS_WITH_A_ROLE = 2;
    /**
     * The word "mission" (or "missions"), as any case writes it, or a "mandate" extended or renewed: a civilian team's
     * story may call it only "the team" and say its mandate was renewed.
     */
    private static final Pattern MISSION_WORD = Pattern.compile(
            "(?i)\\bmissions?\\b|\\bmandates?\\b[^.]{0,80}\\b(?:extended|renewed|prolonged)\\b|\\b(?:extended|renewed|prolonged)\\b[^.]{0,40}\\bmandates?\\b");

    /** Every pattern of {@link MissionNames} needs one of these words as written: most texts can skip them. */
    private static boolean mayNameAMission(String text) {
        return text.contains("Operation") || text.contains("Opération") || text.contains("Mission")
                || text.contains("Force");
    }

    /** The decision on a bare text. */
    public Verdict judge(String text) {
        List<GazetteerMatch> matches = gazetteer.scan(text);
        Map<Category, Integer> names = new EnumMap<>(Category.class);
        for (GazetteerMatch m : matches) {
            names.merge(m.category(), 1, Integer::sum);
        }
        Set<String> words = MilitaryWords.in(text);
        if (names.containsKey(Category.MISSION)) {
            return new Verdict(true, "names a mission the gazetteer knows", names, 0, words);
        }
        if (names.containsKey(Category.PERSON)) {
            return new Verdict(true, "names a person the gazetteer knows", names, 0, words);
        }
        int shaped = mayNameAMission(text) ? MissionNames.unlisted(text, matches).size() : 0;
        if (shaped == 0 && text.contains("Mission")) {
            // "the SADC Standby Force Mission in X": a mission named by what it does, which extraction reads too (no
            // listed mission is among the matches here: an article naming one has passed above)
            shaped = (int) MissionNames.byKind(text, matches).stream().filter(m -> m.category() == Category.MISSION).count();
        }
        if (shaped > 0) {
            return new Verdict(true, "names a mission by its shape", names, shaped, words);
        }
        if ((names.containsKey(Category.RANK) || names.containsKey(Category.ROLE)) && !words.isEmpty()) {
            return new Verdict(true, "a rank or role with a military word", names, 0, words);
        }
        int nations = names.getOrDefault(Category.COUNTRY, 0) + names.getOrDefault(Category.DEMONYM, 0);
        if (names.containsKey(Category.ROLE) && nations >= NATIONS_WITH_A_ROLE && MISSION_WORD.matcher(text).find()) {
            // a civilian mission's story ("the head of mission said the monitors would stay", "the foreign minister
            // asked parliament to extend the mission") may name no troops at all; among nations, an office and a
            // mission are seldom sport's or business's
            return new Verdict(true, "a role and a mission among nations", names, 0, words);
        }
        if (words.size() >= WORDS_ALONE) {
            return new Verdict(true, words.size() + " military words", names, 0, words);
        }
        return new Verdict(false, "no mission, no known person, no rank or role with a military word, "
                + words.size() + " military word(s)", names, 0, words);
    }
}

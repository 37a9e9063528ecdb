package org.missionkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionkg.GoldSets;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.Article;
import org.missionkg.model.Dependency;
import org.missionkg.model.Fact;
import org.missionkg.model.SentenceParses;
import org.missionkg.resolve.ArticleMentions;

/**
 * Extracts every gold set's articles from one annotation each twice: with the parse screen off (every sentence holding
 * a trigger word parsed, {@code -Dmissionkg.parseScreen=false}) and on ({@link GrammarLayer#couldMatch}), and prints
 * how many sentences each parsed for the grammar, how many of those gave a grammar match, and how many articles'
 * facts or explain lines differ between the two (tuned and blind sets counted apart; no text is shown), and how many
 * parse edges lack the case word their name says ({@link PatternNeeds#markerNeeds}). The screen must leave every
 * article the same, and no edge may lack its word. {@code ParseScreenCheck [SET...]}: only these sets (default all).
 */
public final class ParseScreenCheck {
    private ParseScreenCheck() {
    }

    /** The sentences asked for a parse that had one: what the grammar cost the parser. */
    private static final class Counted implements SentenceParses {
        private final SentenceParses parses;
        final Set<Integer> parsed = new HashSet<>();

        Counted(SentenceParses parses) {
            this.parses = parses;
        }

        @Override
        public List<Dependency> parse(int position) {
            List<Dependency> d = parses.parse(position);
            if (!d.isEmpty()) {
                parsed.add(position);
            }
            return d;
        }
    }

    /** Totals over one group of sets. */
    private static final class Totals {
        int articles;
        int sentences;
        int parsedOff;
        int parsedOn;
        int matched;
        int differ;
        int unmarked;
    }

    public static void main(String[] args) {
        Set<String> only = Set.of(args);
        RuleBasedExtractor x = RuleBasedExtractor.create(ArticleMentions::over);
        Totals tuned = new Totals();
        Totals blind = new Totals();
        for (GoldSets.GoldSet set : GoldSets.all()) {
            if (!only.isEmpty() && !only.contains(set.name())) {
                continue;
            }
            Totals t = set.blind() ? blind : tuned;
            for (Article article : set.readArticles()) {
                Compared c = compare(x, article);
                t.articles++;
                t.sentences += c.sentences();
                t.parsedOff += c.parsedOff();
                t.parsedOn += c.parsedOn();
                t.matched += c.matched();
                t.differ += c.same() ? 0 : 1;
                t.unmarked += c.unmarked();
            }
        }
        print("tuned", tuned);
        print("blind", blind);
    }

    /**
     * One article extracted with the screen off and on: its sentences, those parsed for the grammar in each, those a
     * rule matched, whether facts and explain lines were the same, and the parse edges without their case word.
     */
    record Compared(int sentences, int parsedOff, int parsedOn, int matched, boolean same, int unmarked) {
    }

    /** Extracts the article from one annotation with the screen off and then on, and compares. */
    static Compared compare(RuleBasedExtractor x, Article article) {
        AnnotatedArticle a = x.annotate(article);
        Counted off = new Counted(a.parses());
        Counted on = new Counted(a.parses());
        List<Fact> factsOff;
        List<String> explainOff;
        String before = System.getProperty(GrammarLayer.SCREEN_PROPERTY);
        System.setProperty(GrammarLayer.SCREEN_PROPERTY, "false");
        try {
            factsOff = x.extract(new AnnotatedArticle(a.article(), a.cleanText(), a.sentences(), off));
            explainOff = x.explain(a);
        } finally {
            System.clearProperty(GrammarLayer.SCREEN_PROPERTY);
        }
        List<Fact> factsOn = x.extract(new AnnotatedArticle(a.article(), a.cleanText(), a.sentences(), on));
        List<String> explainOn = x.explain(a);
        if (before != null) {
            System.setProperty(GrammarLayer.SCREEN_PROPERTY, before);
        }
        return new Compared(a.sentences().size(), off.parsed.size(), on.parsed.size(), matchedSentences(explainOff),
                factsOff.equals(factsOn) && explainOff.equals(explainOn), unmarkedRelations(a));
    }

    /** The sentences whose explain lines show a grammar rule matching (a match that gave no fact counts too). */
    static int matchedSentences(List<String> explain) {
        int matched = 0;
        boolean counted = false;
        for (String line : explain) {
            if (line.startsWith("S")) {
                counted = false;
            } else if (!counted && line.startsWith("    grammar.") && line.contains(" at «")) {
                matched++;
                counted = true;
            }
        }
        return matched;
    }

    /**
     * The edges of the article's parses (every sentence holding a trigger word: explain parsed them all) whose name
     * asks for a case word ({@link PatternNeeds#markerNeeds}) that no word of the sentence is: the screen assumes none.
     */
    static int unmarkedRelations(AnnotatedArticle a) {
        int unmarked = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            org.missionkg.model.AnnotatedSentence s = a.withParse(i);
            Set<String> lower = new HashSet<>();
            s.tokens().forEach(t -> lower.add(t.word().toLowerCase(Locale.ROOT)));
            for (Dependency d : s.dependencies()) {
                Set<String> need = PatternNeeds.markerNeeds(d.relation());
                if (!need.isEmpty() && java.util.Collections.disjoint(need, lower)) {
                    unmarked++;
                }
            }
        }
        return unmarked;
    }

    private static void print(String group, Totals t) {
        System.out.printf(Locale.ROOT, "%s: %d articles, %d sentences; parsed for the grammar: screen off %d (%.2f an "
                        + "article), on %d (%.2f); sentences with a grammar match %d; articles that differ: %d; edges "
                        + "without their case word: %d%n", group, t.articles, t.sentences, t.parsedOff,
                t.parsedOff / (double) Math.max(1, t.articles), t.parsedOn, t.parsedOn / (double) Math.max(1, t.articles),
                t.matched, t.differ, t.unmarked);
    }
}

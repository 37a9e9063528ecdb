package org.missionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;

/**
 * Runs every grammar rule's example sentences through a whole extractor, each in a one-line
 * article after a line naming NATO Mission Iraq (so "the mission" has something to mean): for
 * {@link GrammarExamplesIT}, which requires each to yield a fact, and for the rule workbench.
 */
final class GrammarExamples {
    /** How many examples there were, and those that yielded no fact from their rule (with the explain lines). */
    record Result(int total, List<String> silent) {
    }

    private GrammarExamples() {
    }

    static Result run(RuleBasedExtractor x, GrammarRules grammar) {
        int total = 0;
        List<String> silent = new ArrayList<>();
        for (GrammarRules.GrammarRule rule : grammar.rules()) {
            for (String example : rule.examples()) {
                total++;
                Article a = new Article("example", "rule " + rule.id(), "This story is about NATO Mission Iraq.\n" + example + ".\n",
                        new ArticleMeta(null, null, null, FuzzyDate.parse("2021-01-10"), null, "en", Map.of()), "0");
                List<String> lines = x.explain(a);
                boolean fired = lines.stream().map(String::strip)
                        .anyMatch(l -> l.startsWith(rule.id() + " ->") && !l.startsWith(rule.id() + " -> 0 "));
                if (!fired) {
                    silent.add(rule.id() + ": " + example + "\n      "
                            + String.join("\n      ", lines.subList(Math.min(lines.size(), 3), lines.size())));
                }
            }
        }
        return new Result(total, silent);
    }
}

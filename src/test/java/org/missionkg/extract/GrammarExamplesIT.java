package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;

/**
 * Every grammar rule's example sentences, through the whole extractor (parse included): each
 * must yield at least one fact from its rule. No tolerance: an example that stops working is a
 * rule that stopped covering what it claims to.
 */
class GrammarExamplesIT {
    @Test
    void grammarRulesYieldFactsOnTheirExamples() {
        RuleBasedExtractor x = NlpHolder.extractor();
        List<String> silent = new ArrayList<>();
        int total = 0;
        for (GrammarRules.GrammarRule rule : GrammarRules.bundled().rules()) {
            for (String example : rule.examples()) {
                total++;
                String text = "This story is about NATO Mission Iraq.\n" + example + ".\n";
                Article a = new Article("example", "rule " + rule.id(), text,
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
        System.out.println("grammar examples: " + (total - silent.size()) + " of " + total + " yield facts");
        silent.forEach(s -> System.out.println("  silent: " + s));
        assertTrue(silent.isEmpty(), "grammar examples that yield nothing:\n" + String.join("\n", silent));
    }
}

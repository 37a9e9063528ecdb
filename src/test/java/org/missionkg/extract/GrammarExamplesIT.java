package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every grammar rule's example sentences, through the whole extractor (parse included): each
 * must yield at least one fact from its rule. No tolerance: an example that stops working is a
 * rule that stopped covering what it claims to.
 */
class GrammarExamplesIT {
    @Test
    void grammarRulesYieldFactsOnTheirExamples() {
        GrammarExamples.Result r = GrammarExamples.run(NlpHolder.extractor(), GrammarRules.bundled());
        List<String> silent = r.silent();
        int total = r.total();
        System.out.println("grammar examples: " + (total - silent.size()) + " of " + total + " yield facts");
        silent.forEach(s -> System.out.println("  silent: " + s));
        assertTrue(silent.isEmpty(), "grammar examples that yield nothing:\n" + String.join("\n", silent));
    }
}

package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The rules file format: macros, repeated group names, errors that name the file and line. */
class RuleBookTest {

    @Test
    void aGroupNameMayBeUsedInTwoBranches() {
        var p = RuleBook.compile("(?:{P:new}\\s+took over|{P:new}\\s+succeeded)", "t.rules", 3);
        Matcher m = p.matcher("⟦P4⟧ succeeded ⟦P2⟧");
        assertTrue(m.find());
        assertNull(m.group("new"));
        assertEquals("4", m.group("new" + RuleBook.REPEAT + "2"));
    }

    @Test
    void macrosExpandToSlotMarkers() {
        var p = RuleBook.compile("{P:new}{_}\\bcommand\\s+of\\s+{M:mission}", "t.rules", 1);
        Matcher m = p.matcher("⟦P1⟧ took command of the ⟦M3⟧");
        assertTrue(m.find());
        assertEquals("1", m.group("new"));
        assertEquals("3", m.group("mission"));
    }

    @Test
    void aBadRuleNamesItsFileAndLine() {
        var e = assertThrows(IllegalStateException.class,
                () -> RuleBook.parse("rule: x.bad\npattern: {P:new} (unclosed\nconfidence: 0.5\n", "bad.rules"));
        assertTrue(e.getMessage().startsWith("bad.rules [line "), e.getMessage());
    }

    @Test
    void theBundledRulesLoadAndHaveUniqueIds() {
        List<Rule> rules = RuleBook.bundled().rules();
        assertTrue(rules.size() > 40, "rules: " + rules.size());
        assertEquals(rules.size(), rules.stream().map(Rule::id).distinct().count());
    }
}

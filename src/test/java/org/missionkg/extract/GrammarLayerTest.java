package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Dependency;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Token;

/**
 * The grammar layer on hand-built parses, without CoreNLP: which clause a date belongs to,
 * what negation and modality do, and the lede's day standing in for an unstated one.
 */
class GrammarLayerTest {
    private static final EntityRef MISSION = new EntityRef(EntityKind.MISSION, "nato-mission-iraq", "NATO Mission Iraq");
    private static final EntityRef SMITH = new EntityRef(EntityKind.PERSON, "ann-smith", "Ann Smith");
    private static final EntityRef ROE = new EntityRef(EntityKind.PERSON, "john-roe", "John Roe");
    private final GrammarLayer layer = new GrammarLayer(GrammarRules.bundled(), m -> null);

    /** A sentence built word by word: text, tags, lemmas, and its dependency edges. */
    private static final class Built {
        final StringBuilder text = new StringBuilder();
        final List<Token> tokens = new ArrayList<>();
        final List<Dependency> deps = new ArrayList<>();
        final List<Slot> slots = new ArrayList<>();

        Built word(String word, String pos, String lemma) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int b = text.length();
            text.append(word);
            tokens.add(new Token(word, pos, lemma, "O", b, text.length()));
            return this;
        }

        Built dep(int gov, String rel, int dep) {
            deps.add(new Dependency(gov, rel, dep));
            return this;
        }

        Built person(int token, EntityRef who) {
            Token t = tokens.get(token);
            slots.add(new Slot(slots.size(), SlotType.PERSON, t.begin(), t.end(), t.word(), who, null, null, null, null,
                    null, null, null));
            return this;
        }

        Built mission(int token) {
            Token t = tokens.get(token);
            slots.add(new Slot(slots.size(), SlotType.MISSION, t.begin(), t.end(), t.word(), MISSION, null, null, null,
                    null, null, null, null));
            return this;
        }

        Built date(int token, String edtf, DateRole role) {
            Token t = tokens.get(token);
            slots.add(new Slot(slots.size(), SlotType.DATE, t.begin(), t.end(), t.word(), null, null, null, null,
                    FuzzyDate.parse(edtf), role, null, null));
            return this;
        }

        Built country(int token, EntityRef country) {
            Token t = tokens.get(token);
            slots.add(new Slot(slots.size(), SlotType.COUNTRY, t.begin(), t.end(), t.word(), country, null, null, null,
                    null, null, null, null));
            return this;
        }

        Built number(int token, long n) {
            Token t = tokens.get(token);
            slots.add(new Slot(slots.size(), SlotType.NUMBER, t.begin(), t.end(), t.word(), null, null, null, null,
                    null, null, n, org.missionkg.model.CountQualifier.EXACT));
            return this;
        }

        AnnotatedSentence sentence(int index) {
            return new AnnotatedSentence(index, 0, text.length(), tokens, List.of(), deps);
        }
    }

    private List<Fact> run(Built b, int index) {
        ArticleContext ctx = new ArticleContext(new ArticleFacts("a1", LocalDate.parse("2023-06-07"), MISSION, null, null, 0, null, null));
        GrammarLayer.Reading reading = new GrammarLayer.Reading();
        // The article's prose began at its first sentence, so a sentence at this index is where it is in a real story.
        reading.inLede(b.sentence(0));
        return layer.extract(b.sentence(index), b.slots, b.text.toString(), ctx, MISSION, reading, null);
    }

    /** "Smith succeeds Roe , who led Mission since 2017 ." */
    private static Built succeedsWhoLedSince() {
        Built b = new Built().word("Smith", "NNP", "Smith").word("succeeds", "VBZ", "succeed").word("Roe", "NNP", "Roe")
                .word(",", ",", ",").word("who", "WP", "who").word("led", "VBD", "lead").word("Mission", "NNP", "Mission")
                .word("since", "IN", "since").word("2017", "CD", "2017").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 1).dep(1, "nsubj", 0).dep(1, "obj", 2).dep(2, "acl:relcl", 5).dep(5, "nsubj", 2)
                .dep(2, "ref", 4).dep(5, "obj", 6).dep(5, "obl:since", 8).dep(8, "case", 7).dep(1, "punct", 9);
        return b.person(0, SMITH).person(2, ROE).mission(6).date(8, "2017", DateRole.SINCE);
    }

    @Test
    void aRelativeClausesDateIsThePredecessorsNotTheSuccessors() {
        List<Fact> facts = run(succeedsWhoLedSince(), 5);
        CommandTenure smith = facts.stream().filter(f -> f instanceof CommandTenure c && c.commander().equals(SMITH))
                .map(CommandTenure.class::cast).findFirst().orElseThrow();
        assertNull(smith.start(), "the successor has no start from the predecessor's 'since'");
        CommandTenure roe = facts.stream().filter(f -> f instanceof CommandTenure c && c.commander().equals(ROE)
                && c.start() != null).map(CommandTenure.class::cast).findFirst().orElseThrow();
        assertEquals("2017", roe.start().edtf());
        assertTrue(facts.stream().anyMatch(f -> f instanceof MissionEvent e && e.agent().equals(SMITH)), "a handover to Smith");
    }

    /** "Canada had sent 200 soldiers by Monday ." (further down than the lede, where no day stands in) */
    private static Built hadSentBy(String verbTag) {
        Built b = new Built().word("Canada", "NNP", "Canada").word("had", "VBD", "have").word("sent", verbTag, "send")
                .word("200", "CD", "200").word("soldiers", "NNS", "soldier").word("by", "IN", "by").word("Monday", "NNP", "Monday")
                .word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 2).dep(2, "nsubj", 0).dep(2, "aux", 1).dep(2, "obj", 4).dep(4, "nummod", 3)
                .dep(2, "obl:by", 6).dep(6, "case", 5).dep(2, "punct", 7);
        return b.country(0, new EntityRef(EntityKind.COUNTRY, "canada", "Canada")).number(3, 200)
                .date(6, "2023-06-05", DateRole.UNTIL);
    }

    @Test
    void aCountReachedByADayInThePastHoldsOnThatDay() {
        Fact count = run(hadSentBy("VBN"), 9).stream().filter(f -> f instanceof org.missionkg.model.TroopContribution)
                .findFirst().orElseThrow();
        assertEquals("2023-06-05", ((org.missionkg.model.TroopContribution) count).date().edtf());
    }

    @Test
    void anUndatedWhenClauseTakesTheDateOfTheClauseItModifies() {
        // "Command passed on Monday , when Smith replaced Roe ."
        Built b = new Built().word("Command", "NN", "command").word("passed", "VBD", "pass").word("on", "IN", "on")
                .word("Monday", "NNP", "Monday").word(",", ",", ",").word("when", "WRB", "when").word("Smith", "NNP", "Smith")
                .word("replaced", "VBD", "replace").word("Roe", "NNP", "Roe").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 1).dep(1, "nsubj", 0).dep(1, "obl:on", 3).dep(3, "case", 2).dep(1, "punct", 4)
                .dep(1, "advcl", 7).dep(7, "advmod", 5).dep(7, "nsubj", 6).dep(7, "obj", 8).dep(1, "punct", 9);
        b.person(6, SMITH).person(8, ROE).date(3, "2023-06-05", DateRole.AT);
        List<Fact> facts = run(b, 1);
        CommandTenure smith = facts.stream().filter(f -> f instanceof CommandTenure c && c.commander().equals(SMITH))
                .map(CommandTenure.class::cast).findFirst().orElseThrow();
        assertEquals("2023-06-05", smith.start().edtf());
        assertNull(smith.provenance().dateSource(), "a stated date, not the publication day standing in");
    }

    @Test
    void aChangeTheLedeReportsWithoutADateTakesThePublicationDayAndSaysSo() {
        List<Fact> facts = run(succeedsWhoLedSince(), 1);
        CommandTenure smith = facts.stream().filter(f -> f instanceof CommandTenure c && c.commander().equals(SMITH))
                .map(CommandTenure.class::cast).findFirst().orElseThrow();
        assertEquals("2023-06-07", smith.start().edtf());
        assertEquals(GrammarLayer.PUBLICATION_DATE, smith.provenance().dateSource());
    }

    /** "Smith did not take command of Mission ." */
    @Test
    void aNegatedTriggerStatesNothing() {
        Built b = new Built().word("Smith", "NNP", "Smith").word("did", "VBD", "do").word("not", "RB", "not")
                .word("take", "VB", "take").word("command", "NN", "command").word("of", "IN", "of")
                .word("Mission", "NNP", "Mission").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 3).dep(3, "nsubj", 0).dep(3, "aux", 1).dep(3, "advmod", 2).dep(3, "obj", 4)
                .dep(4, "nmod:of", 6).dep(6, "case", 5).dep(3, "punct", 7);
        b.person(0, SMITH).mission(6);
        assertEquals(List.of(), run(b, 9));
        b.deps.remove(3); // without "not" the same clause states the tenure
        assertTrue(run(b, 9).stream().anyMatch(f -> f instanceof CommandTenure c && c.commander().equals(SMITH)));
    }

    /** "Smith did not take command of Mission until May .": the until says when, not that it never happened. */
    @Test
    void aNegatedTriggerWithItsOwnUntilHappenedThen() {
        Built b = new Built().word("Smith", "NNP", "Smith").word("did", "VBD", "do").word("not", "RB", "not")
                .word("take", "VB", "take").word("command", "NN", "command").word("of", "IN", "of")
                .word("Mission", "NNP", "Mission").word("until", "IN", "until").word("May", "NNP", "May")
                .word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 3).dep(3, "nsubj", 0).dep(3, "aux", 1).dep(3, "advmod", 2).dep(3, "obj", 4)
                .dep(4, "nmod:of", 6).dep(6, "case", 5).dep(3, "obl:until", 8).dep(8, "case", 7).dep(3, "punct", 9);
        b.person(0, SMITH).mission(6).date(8, "2023-05", DateRole.UNTIL);
        CommandTenure smith = run(b, 9).stream().filter(f -> f instanceof CommandTenure c && c.commander().equals(SMITH))
                .map(CommandTenure.class::cast).findFirst().orElseThrow();
        assertEquals("2023-05", smith.start().edtf());
        assertNull(smith.end(), "May is when the command began, not when it ended");
    }

    /** "Smith commanded the joint task force .": a task force, joint or not, is the force the story is about. */
    @Test
    void theJointTaskForcePointsAtTheStorysMissionAsTheForceDoes() {
        Built b = new Built().word("Smith", "NNP", "Smith").word("commanded", "VBD", "command").word("the", "DT", "the")
                .word("joint", "JJ", "joint").word("task", "NN", "task").word("force", "NN", "force").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 1).dep(1, "nsubj", 0).dep(1, "obj", 5).dep(5, "det", 2).dep(5, "amod", 3)
                .dep(5, "compound", 4).dep(1, "punct", 6);
        b.person(0, SMITH);
        assertTrue(run(b, 9).stream().anyMatch(f -> f instanceof CommandTenure c && c.commander().equals(SMITH)
                && c.mission().equals(MISSION)));
        b.deps.set(5, new Dependency(5, "amod", 4)); // "the joint peacekeeping force": a description, not a pointer
        b.tokens.set(4, new Token("peacekeeping", "NN", "peacekeeping", "O", b.tokens.get(4).begin(), b.tokens.get(4).end()));
        assertTrue(run(b, 9).stream().noneMatch(f -> f instanceof CommandTenure));
    }

    /** "Mission 's deputy commander , Smith , spoke .": a deputy holds an office in the mission, not its command. */
    @Test
    void aDeputyCommanderHoldsAnOfficeInTheMission() {
        Built b = new Built().word("Mission", "NNP", "Mission").word("'s", "POS", "'s").word("deputy", "JJ", "deputy")
                .word("commander", "NN", "commander").word(",", ",", ",").word("Smith", "NNP", "Smith").word(",", ",", ",")
                .word("spoke", "VBD", "speak").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 7).dep(7, "nsubj", 3).dep(3, "nmod:poss", 0).dep(0, "case", 1).dep(3, "amod", 2)
                .dep(3, "punct", 4).dep(3, "appos", 5).dep(3, "punct", 6).dep(7, "punct", 8);
        b.mission(0).person(5, SMITH);
        List<Fact> facts = run(b, 9);
        assertTrue(facts.stream().noneMatch(f -> f instanceof CommandTenure), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f instanceof org.missionkg.model.RoleHolding r && r.person().equals(SMITH)
                && r.role().equals("deputy commander") && r.organization().equals(MISSION)), facts.toString());
    }

    /** "A general will command Mission ." */
    private static Built describedWillCommand() {
        Built b = new Built().word("A", "DT", "a").word("general", "NN", "general").word("will", "MD", "will")
                .word("command", "VB", "command").word("Mission", "NNP", "Mission").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 3).dep(1, "det", 0).dep(3, "nsubj", 1).dep(3, "aux", 2).dep(3, "obj", 4)
                .dep(3, "punct", 5);
        return b.mission(4);
    }

    /** "Smith spoke ." with Smith printed with this rank, or none. */
    private static Built spoke(String rank) {
        Built b = new Built().word("Smith", "NNP", "Smith").word("spoke", "VBD", "speak").word(".", ".", ".");
        b.dep(Dependency.ROOT, "root", 1).dep(1, "nsubj", 0).dep(1, "punct", 2);
        Token t = b.tokens.get(0);
        b.slots.add(new Slot(0, SlotType.PERSON, t.begin(), t.end(), t.word(), SMITH, rank, null, null, null, null,
                null, null));
        return b;
    }

    @Test
    void aDescribedCommanderToComeIsTheNextRankedPersonNamedWithNoHandover() {
        ArticleContext ctx = new ArticleContext(new ArticleFacts("a1", LocalDate.parse("2023-06-07"), MISSION, null, null, 0, null, null));
        GrammarLayer.Reading reading = new GrammarLayer.Reading();
        Built described = describedWillCommand();
        reading.inLede(described.sentence(0));
        assertEquals(List.of(), layer.extract(described.sentence(0), described.slots, described.text.toString(), ctx,
                MISSION, reading, null), "nobody is named yet");
        Built expert = spoke(null);
        assertEquals(List.of(), layer.extract(expert.sentence(1), expert.slots, expert.text.toString(), ctx, MISSION,
                reading, null), "a person without a rank is not the general a held command described");
        Built general = spoke("Maj. Gen.");
        List<Fact> named = layer.extract(general.sentence(2), general.slots, general.text.toString(), ctx, MISSION,
                reading, null);
        assertEquals(1, named.size(), "a command to come, not a change of command: " + named);
        CommandTenure c = (CommandTenure) named.get(0);
        assertEquals(SMITH, c.commander());
        assertEquals(MISSION, c.mission());
    }

    @Test
    void printedRanksFitTheRankADescriptionNames() {
        assertTrue(GrammarLayer.rankFits("Rear Adm.", "admiral"));
        assertTrue(GrammarLayer.rankFits("Maj.-Gen.", "general"));
        assertTrue(!GrammarLayer.rankFits("Rear Adm.", "general"));
        assertTrue(GrammarLayer.rankFits(null, "general"));
    }

    /** A sentence of words with these tags, at this index. */
    private static AnnotatedSentence tagged(int index, String... wordTag) {
        Built b = new Built();
        for (String wt : wordTag) {
            String[] p = wt.split("/");
            b.word(p[0], p[1], p[0].toLowerCase(java.util.Locale.ROOT));
        }
        return b.sentence(index);
    }

    @Test
    void theLedeCountsFromTheFirstSentenceOfProseNotFromTheHeadlineBylineAndDateline() {
        GrammarLayer.Reading reading = new GrammarLayer.Reading();
        AnnotatedSentence headline = tagged(0, "General/NNP", "takes/VBZ", "charge/NN", "of/IN", "regional/JJ",
                "force/NN", "against/IN", "rebels/NNS");
        AnnotatedSentence byline = tagged(1, "By/IN", "Ann/NNP", "Smith/NNP");
        AnnotatedSentence dateline = tagged(2, "ABUJA/NNP", ",/,", "July/NNP", "31/CD");
        assertTrue(reading.inLede(headline));
        assertTrue(reading.inLede(byline));
        assertTrue(reading.inLede(dateline));
        String[] prose = {"A/DT", "general/NN", "took/VBD", "command/NN", "of/IN", "the/DT", "force/NN", "on/IN",
                "Friday/NNP", "./."};
        assertTrue(reading.inLede(tagged(3, prose)), "the first sentence of prose");
        assertTrue(reading.inLede(tagged(6, prose)), "the fourth sentence of prose");
        assertFalse(reading.inLede(tagged(7, prose)), "the fifth sentence of prose is past the lede");
    }
}

package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.model.Token;

/**
 * Facts from the grammar: the Semgrex patterns of {@link GrammarRules} run over a parsed
 * sentence whose nodes carry the extractor's slot types as their {@code ner} value (a person
 * slot's words are PERSON, a mission's MISSION, …), so one pattern covers every wording with
 * the same structure: active or passive, relative or participial clause, inserted asides.
 *
 * What no single pattern should have to say is read once, here, from the parse:
 * <ul>
 *   <li>a negated trigger ("did not extend") or one in a conditional ("if it were extended") gives no fact;</li>
 *   <li>a trigger under a modal of possibility ("could", "might", "should") gives no fact, and
 *       under "will" or a verb of intent ("plans to", "is expected to") only where the rule allows
 *       the future;</li>
 *   <li>a fact's date is a date in its own clause: the trigger's temporal and oblique dependents
 *       ("on Tuesday", "in May 2019", "since 2018", "until March 2026"), never one inside a relative
 *       or participial clause hanging from a participant ("Y, who had led it since 2018").</li>
 * </ul>
 * This class finds the matches and lets through those a fact may come of; {@link GrammarFacts}
 * turns each into facts, and {@link Reading} keeps what one sentence leaves for the next.
 */
final class GrammarLayer {
    /** How many sentences from the top of the body count as the lede, whose reported changes are the news of the day. */
    static final int LEDE_SENTENCES = 4;
    static final String LEDE_DATE = "the date the article's lede gives";
    static final String PUBLICATION_DATE = "the publication date";
    /**
     * What the grammar layer remembers while it reads one article: the day the lede reports
     * ("on Tuesday", "Today (3 May 2023)"), and a command change told of a described person
     * ("A French rear admiral took command …") waiting for the sentence that names them.
     */
    static final class Reading {
        /** Planned ends told as a length, dated once the whole article is read. */
        final PlannedDurations durations = new PlannedDurations();
        /** The mission the sentences before this one were about: what "its" means before any name in this one. */
        EntityRef backward;
        private FuzzyDate ledeDay;
        /** The day a dateline line gives ("PRISTINA, Oct 20"): when it was filed, which the lede's own day beats. */
        private FuzzyDate datelineDay;
        private Pending pending;
        /** The first sentence of prose: the headline, byline and dateline before it are no lede. */
        private int firstProse = -1;

        /**
         * Whether the sentence is in the lede: among the first sentences of the body, counting
         * from the first sentence of prose, so that a headline, a byline and a dateline line
         * ("ABUJA, July 31 (SWS)") do not use the lede up.
         */
        boolean inLede(AnnotatedSentence s) {
            if (firstProse < 0 && prose(s)) {
                firstProse = s.index();
            }
            return s.index() < LEDE_SENTENCES || firstProse >= 0 && s.index() < firstProse + LEDE_SENTENCES;
        }

        /** A sentence of running text: eight words or more, a verb, and a full stop (or ! or ?) at its end. */
        static boolean prose(AnnotatedSentence s) {
            List<Token> t = s.tokens();
            if (t.size() < 8 || t.stream().noneMatch(x -> x.pos() != null && x.pos().startsWith("VB"))) {
                return false;
            }
            for (int i = t.size() - 1; i >= 0; i--) {
                String w = t.get(i).word();
                if (!w.matches("[\"'’”'']+|-RRB-|\\)")) {
                    return w.equals(".") || w.equals("!") || w.equals("?");
                }
            }
            return false;
        }

        /**
         * The day that stands in for an undated change told near the top ("X took command of the
         * mission", no date in the clause): the lede's day, else the publication day; null further
         * down, where background is told. The surface rules take it from here too.
         */
        FuzzyDate standIn(AnnotatedSentence s, ArticleContext ctx) {
            if (!inLede(s)) {
                return null;
            }
            if (ledeDay != null) {
                return ledeDay;
            }
            if (datelineDay != null) {
                return datelineDay;
            }
            return ctx.facts().published() == null ? null : FuzzyDate.ofDay(ctx.facts().published());
        }

        /** What {@link #standIn} gave: the lede's day or the publication day, as the graph records it. */
        String standInSource() {
            return ledeDay != null || datelineDay != null ? LEDE_DATE : PUBLICATION_DATE;
        }

        /** Keeps a described commander ("A French rear admiral took command …") for the next sentences to name. */
        void await(Pending described) {
            pending = described;
        }
    }

    /**
     * A command told of a described person, waiting for the sentence that names them; {@code handover} when the
     * sentence told a change ("took command"), not a command held or to come ("now heads", "will command").
     */
    record Pending(String rule, EntityRef mission, String rankHead, FuzzyDate date, Provenance provenance,
                   int sentence, boolean handover) {
    }

    private final GrammarRules rules;
    private final GrammarFacts facts;
    /** The country whose capital a place is, or null: "Rome will lead" is Italy's lead. */
    private final java.util.function.Function<EntityRef, EntityRef> capitals;

    GrammarLayer(GrammarRules rules, java.util.function.Function<EntityRef, EntityRef> operator) {
        this(rules, operator, name -> null, place -> null, CivilianMissions.byLabel());
    }

    /**
     * {@code operator}: whom a count of the whole mission is counted for, who runs it (the
     * gazetteer's mkg:operatedBy) or the mission itself when nobody does ({@code Gazetteer.totalCountedFor});
     * {@code nationality}: the country a national force's name carries ("Royal Canadian Navy" → Canada), or null;
     * {@code capitals}: the country whose capital a place is, or null; {@code civilian}: which missions civilians head.
     */
    GrammarLayer(GrammarRules rules, java.util.function.Function<EntityRef, EntityRef> operator,
                 java.util.function.Function<String, EntityRef> nationality,
                 java.util.function.Function<EntityRef, EntityRef> capitals, CivilianMissions civilian) {
        this.rules = rules;
        this.capitals = capitals;
        this.facts = new GrammarFacts(operator, nationality, civilian);
    }

    /** Whether a fact of this rule gives way to any other count its sentence yields ({@link Rule#FALLBACK}). */
    boolean isFallback(String ruleId) {
        return rules.rules().stream().anyMatch(r -> r.id().equals(ruleId) && r.has(Rule.FALLBACK));
    }

    /**
     * Whether any rule could match the sentence with these slots, by what its words hold before the parse
     * ({@link SentenceWords}, {@link GrammarRules#couldMatch}): if not, its parse would give nothing.
     * {@code -Dmissionkg.parseScreen=false} has every sentence holding a trigger word parsed, for measuring and for
     * {@code ParseScreenCheck}.
     */
    boolean couldMatch(AnnotatedSentence s, List<Slot> slots) {
        return SCREEN_OFF.equals(System.getProperty(SCREEN_PROPERTY)) || rules.couldMatch(SentenceWords.of(s, slots, capitals));
    }

    static final String SCREEN_PROPERTY = "missionkg.parseScreen";
    private static final String SCREEN_OFF = "false";

    /** What a parsed sentence states by its grammar; nothing for an unparsed one. */
    List<Fact> extract(AnnotatedSentence s, List<Slot> slots, String articleText, ArticleContext ctx,
                       EntityRef sentenceMission, Reading reading, List<String> explain) {
        noteLedeDay(s, slots, ctx, reading);
        List<Fact> out = new ArrayList<>(resolvePending(s, slots, reading, explain));
        if (!s.parsed()) {
            return out;
        }
        ParseGraph g = ParseGraph.of(s, slots, capitals);
        for (GrammarRules.GrammarRule rule : rules.rules()) {
            SemgrexMatcher m = rule.pattern().matcher(g.graph);
            Set<Integer> seenTriggers = new java.util.HashSet<>();
            while (m.find()) {
                IndexedWord trigger = m.getNode("trigger");
                if (trigger == null || !seenTriggers.add(trigger.index())
                        || rule.has(Rule.LEDE_ONLY) && !reading.inLede(s)) {
                    continue;
                }
                Modality.Mood mood = Modality.of(g, trigger);
                // "Norway said it would contribute 10 officers" is a plan worth a count; "would take
                // command" or "would be extended" is too often a condition to state a change.
                // "The minister said the operation would continue through 2025" is the future seen from
                // the past of reported speech, not a condition (a mission's event only: "announced that
                // Canada would take command" of a mission to come is its lead, which the lead rules read).
                if (mood == Modality.Mood.WOULD) {
                    mood = rule.kind().equals("troops") || rule.kind().equals("event") && Modality.saidToCome(g, trigger)
                            ? Modality.Mood.FUTURE : Modality.Mood.UNREAL;
                }
                // "must leave by the end of 2024", "may stay only until 1 September" set a deadline (a
                // planned end); "must be extended", "should take command" state no change.
                if (mood == Modality.Mood.MUST || mood == Modality.Mood.MAY) {
                    mood = rule.eventType() == EventType.PLANNED_END ? Modality.Mood.FUTURE : Modality.Mood.UNREAL;
                }
                if (mood == Modality.Mood.UNREAL || mood == Modality.Mood.FUTURE && rule.has(Rule.PAST_ONLY)) {
                    if (explain != null) {
                        explain.add("    " + rule.id() + " -> 0 fact(s): " + mood.name().toLowerCase(Locale.ROOT)
                                + " at «" + trigger.word() + "»");
                    }
                    continue;
                }
                List<Fact> made = facts.build(rule, m, g, trigger, mood, s, articleText, ctx, sentenceMission, reading);
                out.addAll(made);
                if (explain != null) {
                    explain.add("    " + rule.id() + " -> " + made.size() + " fact(s) at «" + trigger.word() + "»"
                            + nodes(m));
                }
            }
        }
        return out;
    }

    /**
     * The day the lede reports: the first day-precise date of the top sentences ("on Tuesday",
     * "Today (3 May 2023)") that falls in the two weeks before publication.
     */
    private static void noteLedeDay(AnnotatedSentence s, List<Slot> slots, ArticleContext ctx, Reading reading) {
        if (s.index() == 0) {
            reading.ledeDay = null;
            reading.datelineDay = null;
            reading.pending = null;
            reading.firstProse = -1;
        }
        if (reading.ledeDay != null || !reading.inLede(s) || ctx.facts().published() == null) {
            return;
        }
        // "Today (6 June 2023)": a date written out beats a relative one beside it.
        FuzzyDate relative = null;
        for (Slot slot : slots) {
            FuzzyDate d = slot.date();
            if (slot.type() == SlotType.DATE && slot.dateRole() == DateRole.AT && d != null && d.earliest() != null
                    && d.earliest().equals(d.latest()) && !d.earliest().isAfter(ctx.facts().published())
                    && !d.earliest().isBefore(ctx.facts().published().minusDays(14))) {
                if (slot.text().matches("(?s).*\\d.*")) {
                    if (!Reading.prose(s)) {
                        // A dateline: the day of filing stands in only if the lede gives none of its own.
                        reading.datelineDay = reading.datelineDay == null ? d : reading.datelineDay;
                        return;
                    }
                    reading.ledeDay = d;
                    return;
                }
                relative = relative == null ? d : relative;
            }
        }
        reading.ledeDay = relative;
    }

    /** The described commander of a sentence or two before, now named: the first person here whose rank fits. */
    private static List<Fact> resolvePending(AnnotatedSentence s, List<Slot> slots, Reading reading, List<String> explain) {
        Pending p = reading.pending;
        if (p == null || s.index() == p.sentence()) {
            return List.of();
        }
        if (s.index() > p.sentence() + 2) {
            reading.pending = null;
            return List.of();
        }
        for (Slot slot : slots) {
            // A command held ("a Canadian officer leads it") is no news the next sentences must name: only a
            // person printed with a rank is that officer, not the expert quoted after.
            if (slot.type() == SlotType.PERSON && slot.entity() != null && rankFits(slot.rank(), p.rankHead())
                    && (p.handover() || slot.rank() != null)) {
                reading.pending = null;
                Provenance prov = p.provenance();
                CommandTenure tenure = new CommandTenure(slot.entity(), p.mission(), slot.rank(), p.date(), null, prov);
                List<Fact> named = p.handover()
                        ? List.of(tenure, new MissionEvent(p.mission(), EventType.HANDOVER, p.date(), null, slot.entity(), null, prov))
                        : List.of(tenure);
                if (explain != null) {
                    explain.add("    " + p.rule() + " -> " + named.size() + " fact(s): the " + p.rankHead() + " of sentence "
                            + p.sentence() + " is " + slot.entity().label());
                }
                return named;
            }
        }
        return List.of();
    }

    /** Whether a printed rank ("Rear Adm.", "Maj.-Gen.") can be the rank a description names ("admiral", "general"). */
    static boolean rankFits(String printed, String head) {
        if (printed == null) {
            return true;
        }
        String r = printed.toLowerCase(Locale.ROOT);
        return switch (head) {
            case "admiral", "rear-admiral", "vice-admiral" -> r.contains("adm");
            case "general", "major-general", "lieutenant-general" -> r.contains("gen");
            case "commodore" -> r.contains("cdre") || r.contains("commodore") || r.contains("cmdre");
            case "colonel" -> r.contains("col");
            case "brigadier" -> r.contains("brig");
            default -> true;
        };
    }

    private static String nodes(SemgrexMatcher m) {
        StringBuilder sb = new StringBuilder();
        for (String name : m.getNodeNames()) {
            IndexedWord w = m.getNode(name);
            if (w != null && !name.equals("trigger")) {
                sb.append(' ').append(name).append('=').append(w.word());
            }
        }
        return sb.toString();
    }
}

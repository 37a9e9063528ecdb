package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.Stationing;
import org.missionkg.model.Token;
import org.missionkg.model.TroopContribution;

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
        private static boolean prose(AnnotatedSentence s) {
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
            return ctx.published() == null ? null : FuzzyDate.ofDay(ctx.published());
        }

        /** What {@link #standIn} gave: the lede's day or the publication day, as the graph records it. */
        String standInSource() {
            return ledeDay != null || datelineDay != null ? LEDE_DATE : PUBLICATION_DATE;
        }
    }

    private record Pending(String rule, EntityRef mission, String rankHead, FuzzyDate date, Provenance provenance,
                           int sentence) {
    }

    private final GrammarRules rules;
    /**
     * Whom a count of the whole mission is counted for: who runs it (the gazetteer's mkg:operatedBy),
     * or the mission itself when nobody does ({@code Gazetteer.totalCountedFor}).
     */
    private final java.util.function.Function<EntityRef, EntityRef> operator;

    /** The country a national force's name carries ("Royal Canadian Navy" → Canada), or null. */
    private final java.util.function.Function<String, EntityRef> nationality;

    GrammarLayer(GrammarRules rules, java.util.function.Function<EntityRef, EntityRef> operator) {
        this(rules, operator, name -> null);
    }

    GrammarLayer(GrammarRules rules, java.util.function.Function<EntityRef, EntityRef> operator,
                 java.util.function.Function<String, EntityRef> nationality) {
        this.rules = rules;
        this.operator = operator;
        this.nationality = nationality;
    }

    /** A country node, or a national force standing for its country ("the Royal Canadian Navy took command"). */
    /** "an Australian", "another Dane": a person of that country. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

    private EntityRef countryOf(ParseGraph g, IndexedWord w) {
        Slot demonym = w == null ? null : g.slotAt(w);
        if (demonym != null && demonym.type() == SlotType.DEMONYM && g.hasDependent(w, "det", INDEFINITE)) {
            return null; // "an Australian has led the force": a person of that country, not the country
        }
        EntityRef c = g.entity(w, EntityKind.COUNTRY);
        if (c != null || w == null) {
            return c;
        }
        Slot slot = g.slotAt(w);
        return slot != null && slot.type() == SlotType.ORGANIZATION ? nationality.apply(slot.text()) : null;
    }


    Set<String> triggerLemmas() {
        return rules.triggerLemmas();
    }

    /** Whether a fact of this rule gives way to any other count its sentence yields ({@link Rule#FALLBACK}). */
    boolean isFallback(String ruleId) {
        return rules.rules().stream().anyMatch(r -> r.id().equals(ruleId) && r.has(Rule.FALLBACK));
    }

    /** What a parsed sentence states by its grammar; nothing for an unparsed one. */
    List<Fact> extract(AnnotatedSentence s, List<Slot> slots, String articleText, ArticleContext ctx,
                       EntityRef sentenceMission, Reading reading, List<String> explain) {
        noteLedeDay(s, slots, ctx, reading);
        List<Fact> out = new ArrayList<>(resolvePending(s, slots, reading, explain));
        if (!s.parsed()) {
            return out;
        }
        ParseGraph g = ParseGraph.of(s, slots);
        for (GrammarRules.GrammarRule rule : rules.rules()) {
            SemgrexMatcher m = rule.pattern().matcher(g.graph);
            java.util.Set<Integer> seenTriggers = new java.util.HashSet<>();
            while (m.find()) {
                IndexedWord trigger = m.getNode("trigger");
                if (trigger == null || !seenTriggers.add(trigger.index())) {
                    continue;
                }
                Modality.Mood mood = Modality.of(g, trigger);
                // "Norway said it would contribute 10 officers" is a plan worth a count; "would take
                // command" or "would be extended" is too often a condition to state a change.
                if (mood == Modality.Mood.WOULD) {
                    mood = rule.kind().equals("troops") ? Modality.Mood.FUTURE : Modality.Mood.UNREAL;
                }
                // "must leave by the end of 2024" sets a deadline (a planned end); "must be extended" states no change.
                if (mood == Modality.Mood.MUST) {
                    mood = rule.eventType() == EventType.PLANNED_END ? Modality.Mood.FUTURE : Modality.Mood.UNREAL;
                }
                if (mood == Modality.Mood.UNREAL || mood == Modality.Mood.FUTURE && rule.has(Rule.PAST_ONLY)) {
                    if (explain != null) {
                        explain.add("    " + rule.id() + " -> 0 fact(s): " + mood.name().toLowerCase(Locale.ROOT)
                                + " at «" + trigger.word() + "»");
                    }
                    continue;
                }
                List<Fact> made = build(rule, m, g, trigger, mood, s, articleText, ctx, sentenceMission, reading);
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
        if (reading.ledeDay != null || !reading.inLede(s) || ctx.published() == null) {
            return;
        }
        // "Today (6 June 2023)": a date written out beats a relative one beside it.
        FuzzyDate relative = null;
        for (Slot slot : slots) {
            FuzzyDate d = slot.date();
            if (slot.type() == SlotType.DATE && slot.dateRole() == DateRole.AT && d != null && d.earliest() != null
                    && d.earliest().equals(d.latest()) && !d.earliest().isAfter(ctx.published())
                    && !d.earliest().isBefore(ctx.published().minusDays(14))) {
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
            if (slot.type() == SlotType.PERSON && slot.entity() != null && rankFits(slot.rank(), p.rankHead())) {
                reading.pending = null;
                Provenance prov = p.provenance();
                if (explain != null) {
                    explain.add("    " + p.rule() + " -> 2 fact(s): the " + p.rankHead() + " of sentence " + p.sentence()
                            + " is " + slot.entity().label());
                }
                return List.of(new CommandTenure(slot.entity(), p.mission(), slot.rank(), p.date(), null, prov),
                        new MissionEvent(p.mission(), EventType.HANDOVER, p.date(), null, slot.entity(), null, prov));
            }
        }
        return List.of();
    }

    /** Verbs of a relative clause that say when a predecessor's own tour ended. */
    private static final Set<String> TOUR_ENDS = Set.of("end", "finish", "complete", "conclude", "expire");

    /**
     * "succeeds Y, whose assignment ended on Nov. 7", "takes over from Y, who completes his tour
     * this month": the predecessor's end is the date of that relative clause, not the handover's.
     */
    private static FuzzyDate ownEnd(ParseGraph g, IndexedWord old) {
        if (old == null) {
            return null;
        }
        for (var e : g.graph.outgoingEdgeIterable(old)) {
            IndexedWord verb = e.getDependent();
            if (e.getRelation().toString().equals("acl:relcl") && TOUR_ENDS.contains(ParseGraph.lemma(verb))) {
                FuzzyDate d = ClauseDates.of(g, verb).any();
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
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

    /** Verbs whose object is counted people the mission acts on, not people it has. */
    private static final Set<String> NOT_CONTRIBUTED = Set.of("train", "kill", "wound", "capture", "arrest", "injure",
            "evacuate", "rescue", "graduate", "recruit", "lose", "mentor", "advise", "abduct", "kidnap");

    /** Verbs whose subject, when counted, are losses, not strength: "12 soldiers died". */
    private static final Set<String> LOSSES = Set.of("die", "perish", "desert", "defect", "surrender", "flee", "mutiny");

    /**
     * "Ann Smith, the executive secretary of the Lake Chad Basin Commission": the person holds
     * the title (the trigger with the words that modify it: "executive secretary", "deputy
     * spokesman") in the organisation or country the match binds.
     */
    private static List<Fact> role(SemgrexMatcher m, ParseGraph g, IndexedWord trigger, Provenance p, ArticleContext ctx) {
        Slot person = g.slot(m.getNode("person"), SlotType.PERSON);
        Slot orgSlot = g.slotAt(m.getNode("org"));
        if (person == null || person.entity() == null || orgSlot == null || orgSlot.entity() == null
                || orgSlot.entity().kind() != EntityKind.COUNTRY && orgSlot.entity().kind() != EntityKind.ORGANIZATION) {
            return List.of();
        }
        if (trigger.tag() != null && trigger.tag().startsWith("VB")) {
            // "who heads the Joint Force Headquarters": the verb says the office.
            String office = ParseGraph.lemma(trigger).equals("direct") ? "director" : ParseGraph.lemma(trigger);
            ctx.rememberRole(person.entity(), office, orgSlot.entity());
            return List.of(new RoleHolding(person.entity(), office, orgSlot.entity(), p));
        }
        java.util.TreeMap<Integer, String> words = new java.util.TreeMap<>();
        words.put(trigger.index(), trigger.word().toLowerCase(Locale.ROOT));
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("amod") || rel.equals("compound")) && g.slotAt(d) == null && d.tag() != null
                    && !d.tag().startsWith("NNP")) {
                words.put(d.index(), d.word().toLowerCase(Locale.ROOT));
            }
        }
        String label = String.join(" ", words.values());
        ctx.rememberRole(person.entity(), label, orgSlot.entity());
        return List.of(new RoleHolding(person.entity(), label, orgSlot.entity(), p));
    }

    /**
     * When a count held: the date its own clause states ("France sent 1,600 troops in December
     * 2013"), read from the verb the count hangs from when the rule's trigger is the noun itself;
     * null when the clause states none (the publication day then stands).
     */
    private static FuzzyDate countDate(ParseGraph g, IndexedWord trigger, IndexedWord noun) {
        IndexedWord clause = trigger;
        for (int step = 0; step < 3 && clause.tag() != null && !clause.tag().startsWith("VB"); step++) {
            IndexedWord up = g.graph.getParent(clause);
            if (up == null) {
                return null;
            }
            String rel = g.graph.reln(up, clause).toString();
            if (!(rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                return null;
            }
            clause = up;
        }
        if (clause.tag() == null || !clause.tag().startsWith("VB")) {
            return null;
        }
        // "Established in 2010, ..., MONUSCO has 16,000 troops": a count in the present tense is as of
        // the story, whatever year the parser hangs on its verb.
        if (clause.tag().equals("VBZ") || clause.tag().equals("VBP")) {
            return null;
        }
        return ClauseDates.of(g, clause).at();
    }

    /** Relations by which a country owns the words it governs: "Kenya sent", "Kenya's deployment", "Royal Navy officers". */
    private static final Set<String> OWNER_RELATIONS = Set.of("nsubj", "nmod:poss", "compound", "amod");

    /**
     * Whose troops an uncaught count is, from the words above it: the country (or national force)
     * that is the subject or owner of the noun or of the words it hangs from ("Uganda has promised
     * about 1,000 soldiers", "Kenya's parliament approved the deployment of 900 troops", "a staff
     * of about 20 Royal Navy officers"), at most three steps up; null when none is.
     */
    private EntityRef sender(ParseGraph g, IndexedWord noun) {
        IndexedWord w = noun;
        for (int step = 0; step < 4 && w != null; step++) {
            for (var e : g.graph.outgoingEdgeIterable(w)) {
                IndexedWord d = e.getDependent();
                if (OWNER_RELATIONS.contains(e.getRelation().toString()) && d.index() != noun.index()) {
                    EntityRef c = countryOf(g, d);
                    if (c != null) {
                        return c;
                    }
                    // "Kenya's parliament approved": the owner of the subject speaks for the country.
                    for (var f : g.graph.outgoingEdgeIterable(d)) {
                        if (f.getRelation().toString().equals("nmod:poss")) {
                            EntityRef p = countryOf(g, f.getDependent());
                            if (p != null) {
                                return p;
                            }
                        }
                    }
                }
            }
            IndexedWord up = g.graph.getParent(w);
            String rel = up == null ? "" : g.graph.reln(up, w).toString();
            // Up through objects and modifiers only: a clause's own subject owns it ("Canada said the
            // mission has 500 soldiers" says nothing of Canada's soldiers).
            if (!(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nmod") || rel.startsWith("obl")
                    || rel.equals("appos") || rel.equals("xcomp"))) {
                return null;
            }
            w = up;
        }
        return null;
    }

    /** Nouns that say a person in apposition is no soldier: "Quinton Devlin, an Australian diplomat, has led the mission". */
    private static final Set<String> CIVILIAN_NOUNS = Set.of("diplomat", "civilian", "envoy", "politician", "lawyer",
            "official", "representative", "coordinator", "ambassador", "administrator", "economist", "minister");

    /**
     * Whether a rankless person who leads, heads or runs a mission is its civilian head: the
     * sentence calls him a diplomat (or such), or the article gave him a civilian post before
     * (special representative, special coordinator, envoy).
     */
    private static boolean civilian(ParseGraph g, IndexedWord person, Slot slot, ArticleContext ctx) {
        if (person != null && g.hasDependent(person, "appos", CIVILIAN_NOUNS)) {
            return true;
        }
        return ctx.holdsCivilianPost(slot.entity());
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

    private List<Fact> build(GrammarRules.GrammarRule rule, SemgrexMatcher m, ParseGraph g, IndexedWord trigger, Modality.Mood mood,
                             AnnotatedSentence s, String articleText, ArticleContext ctx, EntityRef sentenceMission,
                             Reading reading) {
        Evidence ev = evidence(m, g, s, articleText);
        Provenance p = new Provenance(ctx.articleId(), ev, 0.85, rule.id(),
                ctx.published() == null ? null : FuzzyDate.ofDay(ctx.published()));
        if (rule.kind().equals("role")) {
            return role(m, g, trigger, p, ctx); // an office needs no mission
        }
        EntityRef mission = g.entity(m.getNode("mission"), EntityKind.MISSION);
        if (mission == null) {
            mission = sentenceMission;
        }
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return List.of();
        }
        ClauseDates dates = ClauseDates.of(g, trigger);
        // A change the news reports without a date in its clause happened on the day the lede
        // gives, else on the publication day: only near the top, where the news is, and only
        // for a change told as done (took, has taken, takes), never a planned one.
        boolean change = rule.has(Rule.HANDOVER) || rule.kind().equals("event") && rule.eventType() != EventType.PLANNED_END;
        FuzzyDate standIn = change && dates.dates().isEmpty() && mood == Modality.Mood.REAL ? reading.standIn(s, ctx) : null;
        if (standIn != null && Modality.reported(g, trigger)) {
            dates = dates.withStandIn(standIn);
            p = p.withDateSource(reading.standInSource());
        }
        IndexedWord described = m.getNode("described");
        if (described != null && rule.kind().equals("command")) {
            // "A French rear admiral took command of …": the next sentences name the admiral.
            reading.pending = new Pending(rule.id(), mission, ParseGraph.lemma(described), dates.at(), p, s.index());
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        switch (rule.kind()) {
            case "command" -> {
                Slot newer = g.slot(m.getNode("new"), SlotType.PERSON);
                Slot older = g.slot(m.getNode("old"), SlotType.PERSON);
                Slot current = g.slot(m.getNode("cmd"), SlotType.PERSON);
                FuzzyDate at = dates.at();
                if (rule.has(Rule.RANKED) && (newer == null || newer.rank() == null)) {
                    return List.of();
                }
                boolean civilianMission = CivilianMissions.isCivilian(mission);
                if (newer != null && newer.entity() != null) {
                    if (newer.rank() == null && (civilianMission || civilian(g, m.getNode("new"), newer, ctx))) {
                        // "Marek Szczygiel ... was appointed Head of the EU Monitoring Mission": a civilian head.
                        out.add(new RoleHolding(newer.entity(), "head of mission", mission, p));
                    } else {
                        out.add(new CommandTenure(newer.entity(), mission, newer.rank(), at, null, p));
                    }
                }
                if (older != null && older.entity() != null) {
                    FuzzyDate own = ownEnd(g, m.getNode("old"));
                    if (older.rank() == null && (civilianMission || civilian(g, m.getNode("old"), older, ctx))) {
                        out.add(new RoleHolding(older.entity(), "head of mission", mission, p));
                    } else {
                        out.add(new CommandTenure(older.entity(), mission, older.rank(), null, own != null ? own : at, p));
                    }
                }
                String triggerLemma = ParseGraph.lemma(trigger);
                if (current != null && current.entity() != null && current.rank() == null
                        && (triggerLemma.equals("head") || triggerLemma.equals("chief") || civilianMission
                        || !triggerLemma.equals("command") && civilian(g, m.getNode("cmd"), current, ctx))) {
                    // "Bintou Keita, the head of MONUSCO": a head with no military rank is the
                    // civilian head of mission, not its commander.
                    out.add(new RoleHolding(current.entity(), "head of mission", mission, p));
                } else if (current != null && current.entity() != null) {
                    out.add(new CommandTenure(current.entity(), mission, current.rank(), dates.since(), dates.until(), p));
                }
                // A handover event needs both sides ("replaced Y", "took over from Y"): "X assumed
                // command" alone is a tenure's start, which news also tells of long-past tenures.
                if (rule.has(Rule.HANDOVER) && newer != null && newer.entity() != null && older != null
                        && older.entity() != null) {
                    out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer.entity(),
                            "from " + older.entity().label(), p));
                }
            }
            case "lead" -> {
                EntityRef newer = countryOf(g, m.getNode("new"));
                EntityRef older = countryOf(g, m.getNode("old"));
                EntityRef current = countryOf(g, m.getNode("country"));
                FuzzyDate at = dates.at();
                if (newer != null) {
                    out.add(new Leadership(newer, mission, at, null, p));
                }
                if (older != null) {
                    out.add(new Leadership(older, mission, null, at, p));
                }
                if (current != null) {
                    out.add(new Leadership(current, mission, dates.since(), dates.until(), p));
                    // "will continue to command the mission until November 2020": the lead is extended.
                    if (rule.has("extension") && dates.until() != null) {
                        out.add(new MissionEvent(mission, EventType.EXTENSION, dates.at(), dates.until(), current, null, p));
                    }
                }
                if (rule.has(Rule.HANDOVER) && newer != null) {
                    out.add(new MissionEvent(mission, EventType.HANDOVER, at, null, newer,
                            older == null ? null : "from " + older.label(), p));
                }
            }
            case "event" -> {
                EventType type = rule.eventType();
                if ((type == EventType.LAUNCH || type == EventType.START) && mood == Modality.Mood.REAL && dates.dates().isEmpty()) {
                    return List.of(); // "the mission was set up to train the army": background with no date says nothing new
                }
                FuzzyDate date = type == EventType.EXTENSION ? dates.at() : dates.any();
                if ((type == EventType.END || type == EventType.PLANNED_END) && dates.at() == null && dates.until() != null) {
                    date = dates.until(); // "ran from March to August", "runs until March 2023": the end is the "until"
                }
                FuzzyDate until = type == EventType.EXTENSION ? dates.until() : null;
                Integer months = Durations.monthsFor(g, trigger);
                if (type == EventType.EXTENSION && until == null && date != null && months != null) {
                    until = Durations.plusMonths(date, months); // "extended in April for a further 12 months"
                }
                if (type == EventType.EXTENSION && until == null && date == null) {
                    return List.of(); // "extended its stay": nothing says until when, or when
                }
                EntityRef agent = g.entity(m.getNode("agent"), null);
                if (type == EventType.RELOCATION) {
                    agent = g.entity(m.getNode("destination"), null);
                }
                String note = mood == Modality.Mood.FUTURE ? "planned" : null;
                out.add(new MissionEvent(mission, type, date, until, agent, note, p));
                if ((type == EventType.LAUNCH || type == EventType.START) && date != null && months != null) {
                    // "opens tomorrow for an initial twelve months": the planned end is that far on.
                    FuzzyDate end = Durations.plusMonths(date, months);
                    if (end != null) {
                        out.add(new MissionEvent(mission, EventType.PLANNED_END, end, null, null, null, p));
                    }
                }
            }
            case "location" -> {
                Slot place = g.slotAt(m.getNode("place"));
                if (place == null || place.entity() == null || mood == Modality.Mood.UNREAL) {
                    return List.of();
                }
                out.add(new Stationing(mission, place.entity(), null, p));
            }
            case "troops" -> {
                Slot num = g.slot(m.getNode("num"), SlotType.NUMBER);
                if (num == null || num.number() == null || num.number() < 2 || num.qualifier() == null) {
                    return List.of();
                }
                IndexedWord noun = m.getNode("noun") != null ? m.getNode("noun") : trigger;
                // "trained 15,000 Malian soldiers", "killed 20 soldiers": those counted are not the mission's.
                for (var e : g.graph.incomingEdgeIterable(noun)) {
                    String rel = e.getRelation().toString();
                    // "trained 15,000 soldiers", "three soldiers were killed": those counted are not the mission's strength.
                    if ((rel.startsWith("obj") || rel.equals("nsubj:pass")) && NOT_CONTRIBUTED.contains(ParseGraph.lemma(e.getGovernor()))) {
                        return List.of();
                    }
                    if (rel.equals("nsubj") && LOSSES.contains(ParseGraph.lemma(e.getGovernor()))) {
                        return List.of();
                    }
                }
                EntityRef country = g.entity(m.getNode("country"), EntityKind.COUNTRY);
                if (country == null) {
                    // "the mission, which includes 250 Canadian soldiers": the count is Canada's, not the whole mission's.
                    country = g.nationalityOf(noun);
                }
                if (country == null && rule.has(Rule.FALLBACK)) {
                    country = sender(g, noun);
                }
                if (country == null && rule.has(Rule.MISSION_WIDE)) {
                    EntityRef whole = g.entity(m.getNode("mission"), EntityKind.MISSION);
                    whole = whole != null ? whole : mission;
                    country = operator.apply(whole); // the MFO, with no parent organisation, counts as itself
                }
                if (country == null) {
                    return List.of();
                }
                // "the mission trains 5,000 Iraqi soldiers": the host's own forces are no contribution to a mission named for it.
                if (rule.has(Rule.FALLBACK) && country.kind() == EntityKind.COUNTRY
                        && mission.label().toLowerCase(Locale.ROOT).contains(country.label().toLowerCase(Locale.ROOT))) {
                    return List.of();
                }
                EntityRef where = g.entity(m.getNode("mission"), EntityKind.MISSION);
                out.add(new TroopContribution(country, where != null ? where : mission, num.number(), num.qualifier(),
                        "troops", null, null, countDate(g, trigger, noun), p));
            }
            default -> {
                return List.of();
            }
        }
        return out;
    }

    /** The evidence: from the first to the last word the match binds, in the article text. */
    private static Evidence evidence(SemgrexMatcher m, ParseGraph g, AnnotatedSentence s, String articleText) {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        for (String name : m.getNodeNames()) {
            IndexedWord w = m.getNode(name);
            if (w == null) {
                continue;
            }
            Token t = g.token(w);
            Slot slot = g.slotAt(w);
            int b = slot != null ? Math.min(slot.begin(), t.begin()) : t.begin();
            int e = slot != null ? Math.max(slot.end(), t.end()) : t.end();
            begin = Math.min(begin, b);
            end = Math.max(end, e);
        }
        IndexedWord trigger = m.getNode("trigger");
        if (trigger != null) {
            Token t = g.token(trigger);
            begin = Math.min(begin, t.begin());
            end = Math.max(end, t.end());
        }
        return Evidence.of(articleText, begin, end, articleText.substring(s.begin(), s.end()));
    }
}

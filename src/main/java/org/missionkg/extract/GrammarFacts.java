package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
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

/**
 * Turns one Semgrex match of a grammar rule, which {@link GrammarLayer} found and let through
 * (not negated, not unreal), into facts: the rule's kind says which, the match's named nodes who
 * plays which part ({@code new}, {@code old}, {@code cmd}, {@code country}, {@code mission},
 * {@code person}, {@code org}, {@code place}…), and the trigger's own clause when.
 */
final class GrammarFacts {
    private final GrammarCountries countries;
    private final GrammarTroopCounts troopCounts;
    private final CivilianMissions civilianMissions;
    private final Function<EntityRef, EntityRef> operator;

    /**
     * {@code operator}: whom a count of the whole mission is counted for; {@code nationality}: the
     * country a national force's name carries (see {@link GrammarLayer}'s constructor).
     */
    GrammarFacts(Function<EntityRef, EntityRef> operator, Function<String, EntityRef> nationality,
                 CivilianMissions civilianMissions) {
        this.operator = operator;
        this.countries = new GrammarCountries(nationality);
        this.civilianMissions = civilianMissions;
        this.troopCounts = new GrammarTroopCounts(operator, countries);
    }

    /**
     * Whether a mission is a country's own or one whose operator the gazetteer does not know (a contingent the
     * article introduced, "the Zambian Battalion"): its "force commander" is then the multinational mission's.
     */
    private boolean noOrganisationsOwn(EntityRef mission) {
        return operator.apply(mission) == null || runByACountry(mission);
    }

    private boolean runByACountry(EntityRef mission) {
        EntityRef runBy = operator.apply(mission);
        return runBy != null && runBy.kind() == EntityKind.COUNTRY;
    }

    /**
     * The mission "its", "it" or a bare "the force" stands for: the nearest mission named before it
     * in the sentence, else the one the sentences before were about ("At a ceremony yesterday its
     * French force commander handed command to X, who now commands MINURCAT": not MINURCAT).
     */
    private static EntityRef pointedAt(ParseGraph g, IndexedWord pointer, GrammarLayer.Reading reading) {
        for (int i = pointer.index() - 2; i >= 0; i--) {
            Slot slot = g.slotAt(i);
            if (slot != null && slot.type() == SlotType.MISSION && slot.entity() != null) {
                return slot.entity();
            }
        }
        return reading.backward;
    }

    /**
     * A title as printed: its head word with the words that modify it ("executive secretary", "deputy force
     * commander"), leaving out a name inside it (a slot or a proper noun: "the UN's deputy force commander").
     */
    private static String titleOf(ParseGraph g, IndexedWord head) {
        java.util.TreeMap<Integer, String> words = new java.util.TreeMap<>();
        words.put(head.index(), head.word().toLowerCase(Locale.ROOT));
        for (var e : g.graph.outgoingEdgeIterable(head)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("amod") || rel.equals("compound")) && g.slotAt(d) == null && d.tag() != null
                    && !d.tag().startsWith("NNP")) {
                words.put(d.index(), d.word().toLowerCase(Locale.ROOT));
            }
            if (rel.equals("nmod:of") && ParseGraph.lemma(d).equals("staff")) {
                words.put(d.index() - 1, "of");  // "chief of staff"
                words.put(d.index(), "staff");
            }
        }
        return String.join(" ", words.values());
    }

    /** Words that make a commander's title a deputy's. */
    private static final Set<String> SECOND_IN_COMMAND = Set.of("deputy", "vice", "assistant", "second");

    /** Adverbial clauses of their own time or reason; not one of purpose ("crossed into Congo to join its forces in X"). */
    private static final Set<String> OWN_TIME_CLAUSE = Set.of("advcl:after", "advcl:before", "advcl:while", "advcl:when",
            "advcl:since", "advcl:although", "advcl:though", "advcl:because", "advcl:until");

    /**
     * Whether every word of the sentence that names {@code mission} lies in an adverbial clause of the trigger that
     * tells its own time or reason ("after serving as ...", "while visiting ..."), so that the trigger's own clause
     * names no mission.
     */
    private static boolean onlyInOwnClause(ParseGraph g, IndexedWord trigger, EntityRef mission) {
        Set<IndexedWord> inClauses = new HashSet<>();
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            if (OWN_TIME_CLAUSE.contains(e.getRelation().toString())) {
                inClauses.add(e.getDependent());
                inClauses.addAll(g.graph.descendants(e.getDependent()));
            }
        }
        if (inClauses.isEmpty() || inClauses.contains(trigger)) {
            return false;
        }
        boolean named = false;
        for (IndexedWord w : g.graph.vertexSet()) {
            if (mission.equals(g.entity(w, EntityKind.MISSION))) {
                if (!inClauses.contains(w)) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /**
     * What the match states. A command change told of a described person ("A French rear admiral
     * took command") gives nothing yet: {@code reading} keeps it for the sentence that names them.
     */
    List<Fact> build(GrammarRules.GrammarRule rule, SemgrexMatcher m, ParseGraph g, IndexedWord trigger, Modality.Mood mood,
                     AnnotatedSentence s, String articleText, ArticleContext ctx, EntityRef sentenceMission,
                     GrammarLayer.Reading reading) {
        // "alternates between Italy and Greece": the countries listed after the first lead too, and the evidence names them
        List<IndexedWord> listed = rule.has(Rule.EACH_COUNTRY) ? coordinated(g, m.getNode("country")) : List.of();
        Evidence ev = evidence(m, g, s, articleText, listed);
        Provenance p = new Provenance(ctx.facts().articleId(), ev, 0.85, rule.id(),
                ctx.facts().published() == null ? null : FuzzyDate.ofDay(ctx.facts().published()));
        if (rule.kind().equals("role")) {
            // an office needs no mission; "Its chief of staff, X": the mission "its" points at
            IndexedWord org = m.getNode("org");
            EntityRef pointed = null;
            if (org != null && g.slotAt(org) == null && "IT".equals(org.ner())) {
                pointed = pointedAt(g, org, reading);
                pointed = pointed != null ? pointed : sentenceMission;
            }
            return role(m, g, trigger, p, ctx, pointed);
        }
        EntityRef mission = g.entity(m.getNode("mission"), EntityKind.MISSION);
        if (mission == null && m.getNode("mission") != null) {
            mission = pointedAt(g, m.getNode("mission"), reading);
        }
        if (mission == null) {
            mission = sentenceMission;
            // "She took over as force commander in March, after serving as deputy commander of the UN mission in
            // Liberia": a mission the sentence names only in a clause of its own is that clause's, not the match's.
            if (mission != null && onlyInOwnClause(g, trigger, mission) && ctx.contextMission() != null) {
                mission = ctx.contextMission();
            }
            if (rule.kind().equals("command") && g.hasDependent(trigger, "compound", Set.of("force"))) {
                mission = ctx.facts().missions().forceOf(mission, g.token(trigger).begin(), this::noOrganisationsOwn);
            }
        }
        if (mission == null || mission.kind() != EntityKind.MISSION) {
            return List.of();
        }
        ClauseDates dates = ClauseDates.of(g, trigger);
        // A change the news reports without a date in its clause happened on the day the lede
        // gives, else on the publication day: only near the top, where the news is, and only
        // for a change told as done (took, has taken, takes), never a planned one.
        boolean change = rule.has(Rule.HANDOVER) || rule.kind().equals("event") && rule.eventType() != EventType.PLANNED_END;
        // Not a past relative clause: "closing a mission that began after the 2001 attacks" is background
        // ("the Peace Monitoring Group, which replaces the Truce Monitoring Group" is the news).
        boolean relative = false;
        for (var e : g.graph.incomingEdgeIterable(trigger)) {
            relative |= e.getRelation().toString().startsWith("acl:relcl") && trigger.tag() != null
                    && trigger.tag().equals("VBD");
        }
        // An extension told with only its new end ("extended the mission until 2028") was decided on that day too.
        boolean undated = dates.dates().isEmpty()
                || rule.kind().equals("event") && rule.eventType() == EventType.EXTENSION && dates.at() == null;
        FuzzyDate standIn = change && !relative && undated && mood == Modality.Mood.REAL
                ? reading.standIn(s, ctx) : null;
        if (standIn != null && Modality.reported(g, trigger)) {
            dates = dates.withStandIn(standIn);
            p = p.withDateSource(reading.standInSource());
        }
        IndexedWord described = m.getNode("described");
        if (described != null && rule.kind().equals("command")) {
            // "A French rear admiral took command of …": the next sentences name the admiral.
            reading.await(new GrammarLayer.Pending(rule.id(), mission, ParseGraph.lemma(described), dates.at(), p,
                    s.index(), rule.has(Rule.HANDOVER)));
            return List.of();
        }
        // "MONUC's deputy force commander, Brigadier General X": a second in command holds an
        // office in the mission, not its command, whatever rule read the title.
        if (rule.kind().equals("command") && (g.hasDependent(trigger, "compound", SECOND_IN_COMMAND)
                || g.hasDependent(trigger, "amod", SECOND_IN_COMMAND))) {
            Slot deputy = g.slot(m.getNode("cmd"), SlotType.PERSON);
            deputy = deputy != null ? deputy : g.slot(m.getNode("new"), SlotType.PERSON);
            return deputy == null || deputy.entity() == null ? List.of()
                    : List.of(new RoleHolding(deputy.entity(), titleOf(g, trigger), mission, p));
        }
        List<Fact> out = new ArrayList<>();
        switch (rule.kind()) {
            case "command" -> {
                Slot newer = g.slot(m.getNode("new"), SlotType.PERSON);
                Slot older = g.slot(m.getNode("old"), SlotType.PERSON);
                Slot current = g.slot(m.getNode("cmd"), SlotType.PERSON);
                FuzzyDate at = dates.at();
                // "X replaced Y, force commander from August 2021 to April 2023": Y's own tour, and
                // X's start where it ended when the sentence gives no day of its own.
                ClauseDates oldTour = appositiveTour(g, m.getNode("old"));
                if (at == null && oldTour != null && oldTour.until() != null) {
                    at = oldTour.until();
                }
                // "X succeeds Y, whose assignment ends on 28 February": the day Y's own clause ends the tour is the
                // succession's, over the lede's day that stands in for a clause with no date of its own (not the
                // day Y "leaves the country", which may come after the handover).
                FuzzyDate oldEnds = tourEnd(g, m.getNode("old"));
                if (oldEnds != null && (at == null || dates.stoodIn())) {
                    at = oldEnds;
                    p = p.withDateSource(null);
                }
                Slot ranked = newer != null ? newer : current; // the one taking or holding the command
                if (rule.has(Rule.RANKED) && (ranked == null || ranked.rank() == null)) {
                    return List.of();
                }
                boolean civilianMission = civilianMissions.isCivilian(mission);
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
                        FuzzyDate from = oldTour != null ? oldTour.since() : ownStart(g, m.getNode("old"));
                        FuzzyDate to = own != null ? own : at;
                        if (from == null) {
                            // "Y, who had commanded the task force for 11 months", "Y handed over after 14 months"
                            from = Durations.before(to, tourLength(g, trigger, m.getNode("old")));
                        }
                        out.add(new CommandTenure(older.entity(), mission, older.rank(), from, to, p));
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
                    // "The former commander, X, who left in March, had led it since September": his own end.
                    FuzzyDate until = dates.until() != null ? dates.until() : ownEnd(g, m.getNode("cmd"));
                    // "X became force commander of MINUSCA earlier this year": the day of becoming starts it
                    FuzzyDate since = dates.since() == null && becomes(g, trigger) ? dates.at() : dates.since();
                    if (since == null) {
                        // "The force is commanded by X, who took the post in December": the day X took it up
                        since = tourStart(g, m.getNode("cmd"));
                    }
                    out.add(new CommandTenure(current.entity(), mission, current.rank(), since, until, p));
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
                EntityRef newer = countries.countryOf(g, m.getNode("new"));
                EntityRef older = countries.countryOf(g, m.getNode("old"));
                EntityRef current = countries.countryOf(g, m.getNode("country"));
                FuzzyDate at = dates.at();
                if (newer != null) {
                    out.add(new Leadership(newer, mission, at, null, p));
                }
                // "took over alert duties from Romanian pilots": a unit handing over stands for its country only when the
                // one taking over is a country too, or the duties could be anything the pilots did.
                if (older != null && (newer != null || g.slotAt(m.getNode("old")) != null)) {
                    out.add(new Leadership(older, mission, leadStart(g, m.getNode("old")), at, p));
                }
                if (current != null) {
                    out.add(new Leadership(current, mission, dates.since(), dates.until(), p));
                    for (IndexedWord w : listed) {
                        EntityRef more = countries.countryOf(g, w);
                        if (more != null) {
                            out.add(new Leadership(more, mission, dates.since(), dates.until(), p));
                        }
                    }
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
                EventType type = rule.has(Rule.SIZE_BY_FIGURES) ? SizeChange.direction(g, trigger, m.getNode("from")) : rule.eventType();
                if (type == null) {
                    return List.of(); // "from 300 to 300", or no "to" figure found: no change in size told
                }
                if ((type == EventType.LAUNCH || type == EventType.START) && mood == Modality.Mood.REAL && dates.dates().isEmpty()) {
                    return List.of(); // "the mission was set up to train the army": background with no date says nothing new
                }
                FuzzyDate date = type == EventType.EXTENSION ? dates.at() : dates.any();
                if ((type == EventType.END || type == EventType.PLANNED_END) && dates.at() == null && dates.until() != null) {
                    date = dates.until(); // "ran from March to August", "runs until March 2023": the end is the "until"
                }
                if ((type == EventType.DRAWDOWN || type == EventType.EXPANSION) && mood == Modality.Mood.FUTURE
                        && date == null && dates.until() != null && (p.asOf() == null || !dates.until().certainlyBefore(p.asOf()))) {
                    // "will fall to about 900 by September": a planned change is dated by when it is due (a day
                    // before the story's is a misread year, as "will have left by Christmas" read in the past)
                    date = dates.until();
                }
                FuzzyDate until = type == EventType.EXTENSION ? dates.until() : null;
                if (until != null && date != null && until.certainlyBefore(date)) {
                    // "extended in June to 26 October" told a year on: a prolongation ends after it is
                    // decided, so a year-less "until" read into the year before is the year after
                    FuzzyDate later = Durations.plusMonths(until, 12);
                    until = later != null && !later.certainlyBefore(date) ? later : until;
                }
                Durations.Length length = Durations.lengthFor(g, trigger);
                if (type == EventType.PLANNED_END && rule.has(Rule.LENGTH_FROM_DATE)) {
                    // "authorised on 2 October for an initial 12 months": the end is that far on
                    date = Durations.after(date, length);
                    if (date == null) {
                        return List.of();
                    }
                }
                Provenance told = p;
                if (type == EventType.EXTENSION && until == null && date != null && length != null) {
                    until = Durations.after(date, length); // "extended in April for a further 12 months"
                    // counted, not stated: an end the text states for the same extension is the one it means (a
                    // day that is itself a stand-in keeps saying so)
                    told = until == null || p.dateSource() != null ? p : p.withDateSource(Durations.FROM_LENGTH);
                }
                if (type == EventType.EXTENSION && until == null && date == null) {
                    return List.of(); // "extended its stay": nothing says until when, or when
                }
                EntityRef agent = g.entity(m.getNode("agent"), null);
                if (type == EventType.RELOCATION) {
                    agent = g.entity(m.getNode("destination"), null);
                }
                String note = mood == Modality.Mood.FUTURE ? "planned" : null;
                MissionEvent event = new MissionEvent(mission, type, date, until, agent, note, told);
                if (type == EventType.PLANNED_END && date == null && length != null) {
                    // "is planned to last six months": that far after the start another sentence gives.
                    reading.durations.note(event, length);
                }
                out.add(event);
                if ((type == EventType.LAUNCH || type == EventType.START) && date != null && length != null) {
                    // "opens tomorrow for an initial twelve months": the planned end is that far on.
                    FuzzyDate end = Durations.after(date, length);
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
                // "sector commands in Warri, Port Harcourt and Yenagoa": each place of the list (a
                // trigger yields one match, on the first).
                for (var e : g.graph.outgoingEdgeIterable(m.getNode("place"))) {
                    Slot more = e.getRelation().toString().startsWith("conj") ? g.slotAt(e.getDependent()) : null;
                    if (more != null && more.type() == SlotType.PLACE && more.entity() != null) {
                        out.add(new Stationing(mission, more.entity(), null, p));
                    }
                }
            }
            case "troops" -> {
                // "The AU took 4,664 Kenyan personnel onto its books" under a lede dated Friday: a
                // count told as done near the top held on the lede's day, not the day of printing.
                FuzzyDate toldDay = mood == Modality.Mood.REAL ? reading.standIn(s, ctx) : null;
                // A mission the gazetteer records no runner for, in a story told from one country's side: that country's.
                EntityRef storyCountry = operator.apply(mission) == null && ctx.facts().focusCountryWeight() >= 2
                        ? ctx.facts().focusCountry() : null;
                out.addAll(troopCounts.count(rule, m, g, trigger, mission, p, toldDay, reading.standInSource(), storyCountry));
            }
            default -> {
                return List.of();
            }
        }
        return out;
    }

    /** Verbs of a relative clause that say when a holder's own tour ended ("who left in March"). */
    private static final Set<String> TOUR_ENDS = Set.of("end", "finish", "complete", "conclude", "expire", "leave", "depart");

    /** Titles whose dates in apposition are the person's tour ("Y, force commander from 2021 to 2023"). */
    private static final Set<String> TOUR_TITLES = Set.of("commander", "head", "chief", "leader");

    /** The dates of a commander title in apposition to the person ("Y, force commander from 2021 to 2023"), or null. */
    private static ClauseDates appositiveTour(ParseGraph g, IndexedWord person) {
        if (person == null) {
            return null;
        }
        for (var e : g.graph.outgoingEdgeIterable(person)) {
            if (e.getRelation().toString().equals("appos")
                    && TOUR_TITLES.contains(ParseGraph.lemma(e.getDependent()))) {
                ClauseDates d = ClauseDates.of(g, e.getDependent());
                return d.since() != null || d.until() != null ? d : null;
            }
        }
        return null;
    }

    /** Whether the title is what someone became: "X became force commander of M". */
    private static boolean becomes(ParseGraph g, IndexedWord title) {
        for (var e : g.graph.incomingEdgeIterable(title)) {
            if (e.getRelation().toString().equals("xcomp") && ParseGraph.lemma(e.getGovernor()).equals("become")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of holding a command in a predecessor's relative clause ("Y, who had led the task force since July"). */
    private static final Set<String> TOUR_HOLDS = Set.of("lead", "command", "head", "run", "direct");

    /**
     * "replaced Y, who had led the command since March 2021", "succeeded Y, who had commanded it
     * since October", "relieved Y, whose unit had been in Juba since June": the predecessor's start
     * is the date that relative clause gives with "since" or "from"; null when it gives none.
     */
    private static FuzzyDate ownStart(ParseGraph g, IndexedWord old) {
        return relativeClauseDate(g, old, verb -> holdsTour(g, verb) || whoseSubject(g, verb, old), ClauseDates::since);
    }

    /**
     * "took over the lead from Spain, which had led it since April": the start of the lead handed over, from a relative
     * clause on the country handing it over, or on the mission the parser hangs "from Spain" on when the clause comes
     * right after that country; null when none says.
     */
    private static FuzzyDate leadStart(ParseGraph g, IndexedWord old) {
        FuzzyDate own = ownStart(g, old);
        if (own != null || old == null) {
            return own;
        }
        for (var e : g.graph.incomingEdgeIterable(old)) {
            if (!e.getRelation().toString().equals("nmod:from")) {
                continue;
            }
            for (IndexedWord clause : relativeClauses(g, e.getGovernor())) {
                if (clause.index() > old.index() && holdsTour(g, clause)) {
                    FuzzyDate d = ClauseDates.of(g, clause).since();
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /**
     * How long the one leaving held the command, when the sentence says so: a length on the
     * predecessor's relative clause of holding it ("Y, who had commanded the task force for 11
     * months"), or "after" a length on the handover itself ("Y handed over on Friday after 14
     * months"); null otherwise.
     */
    private static Durations.Length tourLength(ParseGraph g, IndexedWord trigger, IndexedWord old) {
        for (IndexedWord verb : relativeClauses(g, old)) {
            if (holdsTour(g, verb)) {
                Durations.Length held = Durations.lengthFor(g, verb);
                if (held != null) {
                    return held;
                }
            }
        }
        return Durations.lengthAfter(g, trigger);
    }

    /** Posts one holds ("Y, who has held the post since January 2022"): the post the main clause hands over. */
    private static final Set<String> POSTS = Set.of("post", "position", "office", "command", "job", "appointment", "role");

    /**
     * A verb of holding a command: "led", "commanded", "headed", "ran", "has held the post", "had served as
     * force commander".
     */
    private static boolean holdsTour(ParseGraph g, IndexedWord verb) {
        String lemma = ParseGraph.lemma(verb);
        return TOUR_HOLDS.contains(lemma) || lemma.equals("hold") && g.hasDependent(verb, "obj", POSTS)
                || lemma.equals("serve") && g.hasDependent(verb, "obl:as", TOUR_TITLES);
    }

    /**
     * The first date {@code pick} takes from a relative clause on the predecessor whose verb passes
     * {@code verb}; null when the predecessor is unknown or no such clause gives one.
     */
    private static FuzzyDate relativeClauseDate(ParseGraph g, IndexedWord old, java.util.function.Predicate<IndexedWord> verb,
                                                java.util.function.Function<ClauseDates, FuzzyDate> pick) {
        for (IndexedWord clause : relativeClauses(g, old)) {
            if (verb.test(clause)) {
                FuzzyDate d = pick.apply(ClauseDates.of(g, clause));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The verbs of the relative clauses told of a person: on the name, on the title the name is
     * in apposition to ("The force's former commander, General X, who left in March, ..." hangs the
     * clause on "commander") or on a common noun in apposition to the name ("X, an Alpini officer who
     * arrived in February"), including those the parser hung as a bare {@code dep}; none for null.
     */
    private static List<IndexedWord> relativeClauses(ParseGraph g, IndexedWord person) {
        List<IndexedWord> out = new ArrayList<>();
        if (person == null) {
            return out;
        }
        List<IndexedWord> heads = new ArrayList<>(List.of(person));
        for (var e : g.graph.incomingEdgeIterable(person)) {
            if (e.getRelation().toString().equals("appos")) {
                heads.add(e.getGovernor());
            }
        }
        // "Colonel X, an Alpini officer who arrived in February": the clause on the noun in apposition to the name
        for (var e : g.graph.outgoingEdgeIterable(person)) {
            if (e.getRelation().toString().equals("appos") && g.slotAt(e.getDependent()) == null) {
                heads.add(e.getDependent());
            }
        }
        for (IndexedWord head : heads) {
            for (var e : g.graph.outgoingEdgeIterable(head)) {
                String rel = e.getRelation().toString();
                if (g.opensRelativeClause(rel, e.getDependent())) {
                    out.add(e.getDependent());
                }
            }
        }
        return out;
    }

    /**
     * "Y, whose unit had been in Juba since June": the clause's subject is the predecessor's own unit
     * or ship (the enhanced graph puts Y itself in place of "whose").
     */
    private static boolean whoseSubject(ParseGraph g, IndexedWord verb, IndexedWord old) {
        for (var e : g.graph.outgoingEdgeIterable(verb)) {
            if (!e.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            for (var p : g.graph.outgoingEdgeIterable(e.getDependent())) {
                if (p.getRelation().toString().equals("nmod:poss")
                        && (p.getDependent().equals(old) || ParseGraph.lemma(p.getDependent()).equals("whose"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Objects of "take" that make it taking up a post: "took the post", "took the helm", "took charge". */
    private static final Set<String> TAKEN_POSTS = java.util.stream.Stream.concat(POSTS.stream(),
            java.util.stream.Stream.of("helm", "charge", "reins")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The day a holder took up the post, from a relative clause on the holder: "X, who took the post in December", "who
     * took over in May", "who assumed command last year", "who was appointed in June"; null when no clause says so.
     */
    private static FuzzyDate tourStart(ParseGraph g, IndexedWord person) {
        return relativeClauseDate(g, person, verb -> takesUpPost(g, verb), ClauseDates::at);
    }

    private static boolean takesUpPost(ParseGraph g, IndexedWord verb) {
        return switch (ParseGraph.lemma(verb)) {
            case "take" -> g.hasDependent(verb, "obj", TAKEN_POSTS) || g.hasDependent(verb, "compound:prt", Set.of("over"));
            case "assume" -> g.hasDependent(verb, "obj", TAKEN_POSTS);
            case "appoint", "name" -> g.hasDependent(verb, "aux:pass", Set.of("be"));
            // "led by Captain X, who arrived in November": a commander's arrival is his tour's start (one still to
            // come, "who arrives at the weekend", starts nothing yet)
            case "arrive" -> verb.tag() != null && (verb.tag().equals("VBD") || verb.tag().equals("VBN"));
            default -> false;
        };
    }

    /**
     * "succeeds Y, whose assignment ended on Nov. 7", "takes over from Y, who completes his tour
     * this month": the predecessor's end is the date of that relative clause, not the handover's;
     * so is a holder's ("The former commander, X, who left in March, had led it since September").
     */
    private static FuzzyDate ownEnd(ParseGraph g, IndexedWord person) {
        return endInClause(g, person, verb -> true);
    }

    /** Nouns for a person's time in a post: "whose assignment ends", "whose tour ends", "whose term expires". */
    private static final Set<String> TOUR_NOUNS = Set.of("assignment", "tour", "term", "posting", "mandate", "tenure",
            "appointment", "deployment", "rotation", "secondment");

    /** The end of a person's tour as a clause about the tour itself gives it: "Y, whose assignment ends on 28 February". */
    private static FuzzyDate tourEnd(ParseGraph g, IndexedWord person) {
        return endInClause(g, person, verb -> g.hasDependent(verb, "nsubj", TOUR_NOUNS));
    }

    /** The date of a relative clause on the person whose verb ends a tour and passes {@code clause}, else of a tour's noun. */
    private static FuzzyDate endInClause(ParseGraph g, IndexedWord person, java.util.function.Predicate<IndexedWord> clause) {
        FuzzyDate d = relativeClauseDate(g, person, verb -> TOUR_ENDS.contains(ParseGraph.lemma(verb)) && clause.test(verb),
                ClauseDates::any);
        return d != null ? d : tourNounEnd(g, person);
    }

    /**
     * "Y, whose assignment ends on 28 February": the parser may make the tour's noun Y's apposition, its verb a bare
     * {@code dep} and hang the date on the noun; the date is the end of Y's tour all the same.
     */
    private static FuzzyDate tourNounEnd(ParseGraph g, IndexedWord person) {
        if (person == null) {
            return null;
        }
        for (var e : g.graph.outgoingEdgeIterable(person)) {
            IndexedWord noun = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !TOUR_NOUNS.contains(ParseGraph.lemma(noun))) {
                continue;
            }
            for (var v : g.graph.outgoingEdgeIterable(noun)) {
                if (v.getRelation().toString().equals("dep") && TOUR_ENDS.contains(ParseGraph.lemma(v.getDependent()))) {
                    return ClauseDates.of(g, noun).any();
                }
            }
        }
        return null;
    }

    /**
     * "Ann Smith, the executive secretary of the Lake Chad Basin Commission": the person holds
     * the title (the trigger with the words that modify it: "executive secretary", "deputy
     * spokesman") in the organisation or country the match binds.
     */
    private static List<Fact> role(SemgrexMatcher m, ParseGraph g, IndexedWord trigger, Provenance p, ArticleContext ctx,
                                   EntityRef pointedMission) {
        Slot person = g.slot(m.getNode("person"), SlotType.PERSON);
        Slot orgSlot = g.slotAt(m.getNode("org"));
        EntityRef org = orgSlot != null ? orgSlot.entity()
                : pointedMission != null && pointedMission.kind() == EntityKind.MISSION ? pointedMission : null;
        if (person == null || person.entity() == null || org == null
                || org.kind() != EntityKind.COUNTRY && org.kind() != EntityKind.ORGANIZATION && org.kind() != EntityKind.MISSION
                && !(org.kind() == EntityKind.PLACE && ParseGraph.lemma(trigger).equals("governor"))) {
            // a mission's own offices ("a spokesman for the mission, X") are roles in it too, and a
            // state's governor is the state's
            return List.of();
        }
        if (trigger.tag() != null && trigger.tag().startsWith("VB")) {
            // "who heads the Joint Force Headquarters", "the officer who commands the Combined Maritime Forces": the verb says the office.
            String office = switch (ParseGraph.lemma(trigger)) {
                case "direct" -> "director";
                case "command" -> "commander";
                default -> ParseGraph.lemma(trigger);
            };
            ctx.rememberRole(person.entity(), office, org, p.evidence().start());
            return List.of(new RoleHolding(person.entity(), office, org, p));
        }
        String label = titleOf(g, trigger);
        ctx.rememberRole(person.entity(), label, org, p.evidence().start());
        return List.of(new RoleHolding(person.entity(), label, org, p));
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

    /** The words coordinated with this one ("Italy and Greece", "France, Spain and Italy"), in order; none for null. */
    private static List<IndexedWord> coordinated(ParseGraph g, IndexedWord w) {
        List<IndexedWord> out = new ArrayList<>();
        if (w != null) {
            for (var e : g.graph.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().startsWith("conj")) {
                    out.add(e.getDependent());
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    /** The evidence, in the article text: from the first to the last word the match binds (or its slot), and these words besides. */
    private static Evidence evidence(SemgrexMatcher m, ParseGraph g, AnnotatedSentence s, String articleText,
                                     List<IndexedWord> besides) {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        List<IndexedWord> words = new ArrayList<>(besides);
        m.getNodeNames().forEach(name -> words.add(m.getNode(name)));
        for (IndexedWord w : words) {
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

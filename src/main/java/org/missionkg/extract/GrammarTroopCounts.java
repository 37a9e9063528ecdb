package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Provenance;
import org.missionkg.model.TroopContribution;

/**
 * A troop count from a grammar rule's match: whose troops they are (the bound country, the
 * nationality on the noun, the country that sends them, or who runs the mission for a count of the
 * whole), and as of when. Apart from the other kinds because a count needs more than its match:
 * the verbs that make the counted people someone else's, and the owners found up the parse.
 */
final class GrammarTroopCounts {
    /**
     * Verbs whose object is counted people the mission acts on, not people it has, or people something befell:
     * "rebels seized 45 Fijian peacekeepers" counts hostages, not Fiji's contingent.
     */
    private static final Set<String> NOT_CONTRIBUTED = Set.of("train", "kill", "wound", "capture", "arrest", "injure",
            "evacuate", "rescue", "graduate", "recruit", "lose", "mentor", "advise", "abduct", "kidnap", "seize", "detain",
            "free", "release", "attack", "ambush");

    /** Verbs whose subject, when counted, are losses, not strength: "12 soldiers died". */
    private static final Set<String> LOSSES = Set.of("die", "perish", "desert", "defect", "surrender", "flee", "mutiny");

    /** Relations by which a country owns the words it governs: "Kenya sent", "Kenya's deployment", "Royal Navy officers". */
    private static final Set<String> OWNER_RELATIONS = Set.of("nsubj", "nmod:poss", "compound", "amod");

    /**
     * Whom a count of the whole mission is counted for: who runs it (the gazetteer's mkg:operatedBy),
     * or the mission itself when nobody does ({@code Gazetteer.totalCountedFor}).
     */
    private final Function<EntityRef, EntityRef> operator;
    private final GrammarCountries countries;

    GrammarTroopCounts(Function<EntityRef, EntityRef> operator, GrammarCountries countries) {
        this.operator = operator;
        this.countries = countries;
    }

    /**
     * The count a troops rule's match states about {@code mission}, or nothing when the match is no count of its strength;
     * {@code storyCountry}, when not null, is whose a catch-all count of a mission with no known runner is.
     */
    List<Fact> count(GrammarRules.GrammarRule rule, SemgrexMatcher m, ParseGraph g, IndexedWord trigger,
                     EntityRef mission, Provenance p, FuzzyDate toldDay, String toldSource, EntityRef storyCountry) {
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
            EntityRef runBy = operator.apply(whole); // the MFO, with no parent organisation, counts as itself
            // The catch-all reading credits no unknown mission with its own total; a worded rule does.
            country = rule.has(Rule.FALLBACK) ? runBy
                    : TroopFacts.wholeCountedFor(whole, runBy == null && whole.equals(mission) ? storyCountry : runBy);
            if (country == null && rule.has(Rule.FALLBACK) && whole.equals(mission)) {
                country = storyCountry; // "Diplomats put the force at some 11,000 soldiers" in a story on Zimbabwe's intervention
            }
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
        FuzzyDate asOf = countDate(g, trigger, noun, toldDay);
        // A day the sentence does not give is recorded as taken from where it was (the lede's day, the publication's).
        Provenance told = asOf != null && asOf == toldDay && toldSource != null ? p.withDateSource(toldSource) : p;
        return List.of(new TroopContribution(country, where != null ? where : mission, num.number(), num.qualifier(),
                "troops", null, null, asOf, told));
    }

    /**
     * When a count held: the date its own clause states ("France sent 1,600 troops in December
     * 2013"), read from the verb the count hangs from when the rule's trigger is the noun itself;
     * null when the clause states none (the publication day then stands).
     */
    private static FuzzyDate countDate(ParseGraph g, IndexedWord trigger, IndexedWord noun, FuzzyDate toldDay) {
        IndexedWord clause = trigger;
        for (int step = 0; step < 3 && clause.tag() != null && !clause.tag().startsWith("VB") && pastCopula(g, clause) == null; step++) {
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
        IndexedWord copula = pastCopula(g, clause);
        if (copula != null) {
            // "By noon yesterday about 450 were in the capital": the clause's head is the place, its verb
            // the past "were"; the day that clause states is the day the count held.
            ClauseDates dates = ClauseDates.of(g, clause);
            return dates.at() != null ? dates.at() : dates.until();
        }
        if (clause.tag() == null || !clause.tag().startsWith("VB")) {
            return null;
        }
        // "Established in 2010, ..., MONUSCO has 16,000 troops": a count in the present tense is as of
        // the story, whatever year the parser hangs on its verb, unless the one who gave it is said to
        // have given it on a day ("Poland has about 15,000 soldiers there, the minister said on Tuesday").
        if (clause.tag().equals("VBZ") || clause.tag().equals("VBP")) {
            return reportedOn(g, clause);
        }
        ClauseDates dates = ClauseDates.of(g, clause);
        FuzzyDate at = dates.at();
        if (at == null) {
            at = reportedOn(g, clause);
        }
        boolean past = clause.tag().equals("VBD") || clause.tag().equals("VBN") && g.hasDependent(clause, "aux", Set.of("have"));
        if (at == null && past) {
            // "About 200 soldiers had already left by Wednesday night": in a past clause the day a count was
            // reached by is the day it held.
            at = dates.until();
        }
        // A count in a past clause with no date of its own ("the AU took 4,664 personnel onto its
        // books") near the top: the day the lede reports ({@code toldDay}, null further down).
        return at == null && clause.tag().equals("VBD") ? toldDay : at;
    }

    /**
     * Verbs of saying ({@link Modality#SAY}) that announce or declare: what is announced is mostly planned, and a
     * plan's count stands as of the story, so the day it was announced does not date it.
     */
    private static final Set<String> ANNOUNCING = Set.of("announce", "declare");

    /** Whether the word reports what someone said: the day they said it is the day a count they give held. */
    private static boolean reports(IndexedWord w) {
        String lemma = ParseGraph.lemma(w);
        return Modality.SAY.contains(lemma) && !ANNOUNCING.contains(lemma);
    }

    /**
     * The day a count's clause was reported on, when the reporting verb carries a day of its own: the
     * clause's "said on Tuesday" in parenthesis ("..., officials said on Tuesday"), or the verb the
     * clause is the content of ("officials said on Tuesday that 300 troops remain"). Null otherwise.
     */
    private static FuzzyDate reportedOn(ParseGraph g, IndexedWord clause) {
        IndexedWord reporter = null;
        for (var e : g.graph.outgoingEdgeIterable(clause)) {
            if (e.getRelation().toString().equals("parataxis") && reports(e.getDependent())) {
                reporter = e.getDependent();
            }
        }
        IndexedWord up = g.graph.getParent(clause);
        if (reporter == null && up != null && g.graph.reln(up, clause).toString().equals("ccomp")
                && reports(up)) {
            reporter = up;
        }
        FuzzyDate day = reporter == null ? null : ClauseDates.of(g, reporter).at();
        // A day only ("said on Tuesday"): "told MPs earlier this year" dates the telling too loosely to date the count.
        return day != null && !day.isInterval() && day.precision() == FuzzyDate.Precision.DAY ? day : null;
    }

    /** The past "was" or "were" that makes a non-verb the head of a clause ("were in the capital"), or null. */
    private static IndexedWord pastCopula(ParseGraph g, IndexedWord head) {
        for (var e : g.graph.outgoingEdgeIterable(head)) {
            if (e.getRelation().toString().equals("cop") && "VBD".equals(e.getDependent().tag())) {
                return e.getDependent();
            }
        }
        return null;
    }

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
                // (not "nearly half of them Portuguese", a share the parser hangs on the noun)
                if (OWNER_RELATIONS.contains(e.getRelation().toString()) && d.index() != noun.index()
                        && !g.hasRelation(d, "obl:npmod")) {
                    EntityRef c = countries.countryOf(g, d);
                    if (c != null) {
                        return c;
                    }
                    // "Kenya's parliament approved": the owner of the subject speaks for the country.
                    for (var f : g.graph.outgoingEdgeIterable(d)) {
                        if (f.getRelation().toString().equals("nmod:poss")) {
                            EntityRef p = countries.countryOf(g, f.getDependent());
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
            // Through a coordination too: "eight F-18s and about 200 personnel" are both what the verb has.
            if (!(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nmod") || rel.startsWith("obl")
                    || rel.equals("appos") || rel.equals("xcomp") || rel.startsWith("conj"))) {
                return null;
            }
            w = up;
        }
        return null;
    }
}

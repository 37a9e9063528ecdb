package org.missionkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Dependency;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Token;

/**
 * The dates of a trigger's own clause, by what they do: the trigger's oblique and temporal
 * dependents (and what hangs from them, short of another clause) that lie in date slots.
 */
record ClauseDates(List<Slot> dates) {
    /** Relations that open another clause (or a subject): dates below them are not this clause's. */
    private static final Set<String> OTHER_CLAUSE = Set.of("ccomp", "xcomp", "parataxis", "csubj", "dep", "appos", "list");
    /** Complements that only say the object goes on: their dates are the governing verb's. */
    private static final Set<String> GOING_ON = Set.of("go", "run");
    /** Verbs of beginning and ending whose complement's dates are theirs ("began deploying that September"). */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "stop", "cease", "finish", "resume", "continue");
    /** Words that open a date the parser may hang off as a clause of its own ("that September"). */
    private static final Set<String> DATE_DETERMINERS = Set.of("that", "this", "last", "next");
    private static final List<String> OTHER_CLAUSE_PREFIXES = List.of("acl", "advcl", "conj", "nsubj");

    static ClauseDates of(ParseGraph g, IndexedWord trigger) {
        List<Slot> found = new ArrayList<>();
        java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>();
        java.util.Set<IndexedWord> seen = new java.util.HashSet<>();
        todo.add(trigger);
        seen.add(trigger);
        // "agreed on Friday to prolong it": a complement's act is dated by the verb it completes;
        // so is a participle's ("took over on Thursday, succeeding Italy").
        boolean participle = trigger.tag() != null && trigger.tag().equals("VBG");
        for (var e : g.graph.incomingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("xcomp") || participle && (rel.equals("advcl") || rel.equals("dep")))
                    && seen.add(e.getGovernor())) {
                todo.add(e.getGovernor());
            }
        }
        // "X is to succeed Y, who has led the mission since 2008, on 1 October": the parser hangs the last
        // date on the relative clause, but the comma closing that clause gives it back to this one.
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            for (var r : g.graph.outgoingEdgeIterable(e.getDependent())) {
                String rel = r.getRelation().toString();
                IndexedWord relative = r.getDependent();
                if (rel.equals("acl:relcl") && setOffRelative(g, relative)) {
                    for (Slot slot : datesBelow(g, relative)) {
                        if (afterClosingComma(g, relative, slot) && !found.contains(slot)) {
                            found.add(slot);
                        }
                    }
                }
                if (g.opensRelativeClause(rel, relative)) {
                    // "succeeded Y, who had led it since the ships left Durban on July 14, at a brief ceremony
                    // on July 26": the parser hangs the ceremony on the clause inside the relative one, but a
                    // phrase opened after a comma that far on is the succeeding's.
                    for (Slot slot : setOffPhraseDates(g, relative)) {
                        if (!found.contains(slot)) {
                            found.add(slot);
                        }
                    }
                }
            }
        }
        boolean asideVerb = setOffRelative(g, trigger);
        while (!todo.isEmpty()) {
            IndexedWord at = todo.poll();
            for (var e : g.graph.outgoingEdgeIterable(at)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (at == trigger && rel.startsWith("advcl") && (g.hasDependent(d, "advmod", Set.of("when")) || g.hasDependent(d, "mark", Set.of("when")))
                        && !g.hasDependent(d, "mark", Set.of("since"))) {
                    // "had taken command when the headquarters opened that autumn": that clause's date is this one's.
                    for (Slot slot : datesBelow(g, d)) {
                        found.add(slot.withDateRole(DateRole.AT));
                    }
                    continue;
                }
                if (at == trigger && rel.startsWith("advcl") && g.hasDependent(d, "mark", Set.of("since"))) {
                    // "has led the mission since it was set up in July 2021": that clause's date starts this one.
                    for (Slot slot : datesBelow(g, d)) {
                        found.add(slot.withDateRole(DateRole.SINCE));
                    }
                    continue;
                }
                if (at == trigger && rel.startsWith("advcl") && g.hasDependent(d, "mark", Set.of("until", "till"))) {
                    // "had been the force's first commander until the president named him army chief
                    // on July 13": that clause's date ends this one.
                    for (Slot slot : datesBelow(g, d)) {
                        found.add(slot.withDateRole(DateRole.UNTIL));
                    }
                    continue;
                }
                if (at == trigger && (rel.equals("xcomp") || rel.equals("dep"))
                        && (GOING_ON.contains(ParseGraph.lemma(d)) || rel.equals("xcomp") && ASPECTUAL.contains(ParseGraph.lemma(trigger)))
                        && seen.add(d)) {
                    todo.add(d); // "keep the operation going until 2016": the until is the keeping's
                    continue;
                }
                if (rel.startsWith("nsubj") && d.index() < at.index()) {
                    // "The Security Council on Friday voted to extend ...": the parser hangs the day
                    // the verb happened on the subject before it.
                    for (var f : g.graph.outgoingEdgeIterable(d)) {
                        Slot slot = g.slotAt(f.getDependent());
                        if (f.getRelation().toString().equals("nmod:on") && f.getDependent().index() < at.index()
                                && slot != null && slot.type() == SlotType.DATE && !found.contains(slot)) {
                            found.add(slot);
                        }
                    }
                }
                if (at == trigger && (rel.startsWith("obl") || rel.startsWith("nmod")) && anotherHoldersPost(g, trigger, d)) {
                    continue;
                }
                // "was closed at a parade in Maseru on Tuesday" parsed as advcl(closed, at), dep(at, parade):
                // a "clause" headed by a preposition is a misread phrase of this clause, and its dates are this one's.
                // So is "began work that September" parsed as dep(work, that), dep(that, September).
                boolean phrase = (rel.startsWith("advcl") || rel.equals("dep")) && d.tag() != null && d.tag().equals("IN")
                        && !hasSubject(g, d)
                        || rel.equals("dep") && at != trigger && at.tag() != null && at.tag().equals("IN")
                        || rel.equals("dep") && (DATE_DETERMINERS.contains(d.word().toLowerCase(java.util.Locale.ROOT))
                        || DATE_DETERMINERS.contains(at.word().toLowerCase(java.util.Locale.ROOT)))
                        // "became force commander of the United Nations Mission in Haiti, known as UNMIH, at a
                        // ceremony on Friday": a name given in passing has no time of its own; the parser hangs the
                        // clause's phrases after it on it.
                        || ParseGraph.lemma(d).equals("know") && g.hasRelation(d, "obl:as");
                if (!phrase && (OTHER_CLAUSE.contains(rel) || OTHER_CLAUSE_PREFIXES.stream().anyMatch(rel::startsWith))
                        || rel.equals("obj") && at == trigger
                        && g.slotAt(d) != null && g.slotAt(d).type() != SlotType.DATE) {
                    continue;
                }
                if (!seen.add(d)) {
                    continue;
                }
                Slot slot = g.slotAt(d);
                if (slot != null && slot.type() == SlotType.DATE && !found.contains(slot)
                        && !(asideVerb && at == trigger && afterClosingComma(g, trigger, slot))) {
                    found.add(slot);
                }
                todo.add(d);
            }
        }
        if (found.isEmpty() && (g.hasDependent(trigger, "advmod", Set.of("when")) || g.hasDependent(trigger, "mark", Set.of("when")))) {
            // "passed to Germany on Monday, when Commander X handed the group to Commander Y": an
            // undated "when" clause happened when the clause it modifies (or the day it follows) did.
            for (var e : g.graph.incomingEdgeIterable(trigger)) {
                String rel = e.getRelation().toString();
                Slot head = g.slotAt(e.getGovernor());
                if (rel.startsWith("acl") && head != null && head.type() == SlotType.DATE) {
                    found.add(head.withDateRole(DateRole.AT));
                } else if (rel.startsWith("advcl")) {
                    for (Slot slot : datesBelow(g, e.getGovernor())) {
                        found.add(slot.withDateRole(DateRole.AT));
                    }
                }
            }
        }
        if (found.isEmpty() && trigger.tag() != null && trigger.tag().matches("VB[DN]")) {
            // "The troops were re-hatted on that day and ECOMIL ceased to exist": a past clause joined
            // by "and" to a dated past one, with no date of its own, happened on the same day.
            for (var e : g.graph.incomingEdgeIterable(trigger)) {
                IndexedWord head = e.getGovernor();
                if (e.getRelation().toString().equals("conj:and") && head.tag() != null && head.tag().matches("VB[DN]")
                        && head.index() < trigger.index()) {
                    datesBelow(g, head).stream().filter(d -> d.dateRole() == DateRole.AT).forEach(found::add);
                }
            }
        }
        if (found.isEmpty() && HOLDING.contains(ParseGraph.lemma(trigger))) {
            // "The battalion is commanded by X, who arrived in the zone in May": a command held now, undated,
            // by someone whose own relative clause says when they came to it, was held since then.
            List<IndexedWord> holders = new ArrayList<>();
            for (var e : g.graph.outgoingEdgeIterable(trigger)) {
                holders.add(e.getDependent());
                // "is commanded by a South African officer, Colonel X, who arrived ...": the name in apposition
                g.graph.outgoingEdgeIterable(e.getDependent()).forEach(a -> {
                    if (a.getRelation().toString().equals("appos")) {
                        holders.add(a.getDependent());
                    }
                });
            }
            for (IndexedWord holder : holders) {
                Slot person = g.slotAt(holder);
                if (person == null || person.type() != SlotType.PERSON) {
                    continue;
                }
                for (var r : g.graph.outgoingEdgeIterable(holder)) {
                    IndexedWord relative = r.getDependent();
                    if (g.opensRelativeClause(r.getRelation().toString(), relative) && cameToThePost(g, relative)) {
                        datesBelow(g, relative).forEach(d -> found.add(d.withDateRole(DateRole.SINCE)));
                    }
                }
            }
        }
        if (Modality.notUntil(g, trigger)) {
            // "did not restart until early October": the until is when it restarted.
            found.replaceAll(d -> d.dateRole() == DateRole.UNTIL ? d.withDateRole(DateRole.AT) : d);
        }
        found.sort(java.util.Comparator.comparingInt((Slot x) -> x.begin()));
        return new ClauseDates(found);
    }


    /** Triggers of a command held rather than changed hands: "is commanded by", "is led by", "heads". */
    private static final Set<String> HOLDING = Set.of("command", "lead", "head");

    /**
     * Whether a relative clause tells how its person came to the post: "who arrived in Moroni last
     * week", "who took up the post in January", "who was appointed in June", "who was named to the post".
     */
    private static boolean cameToThePost(ParseGraph g, IndexedWord verb) {
        String lemma = ParseGraph.lemma(verb);
        if (lemma.equals("arrive")) {
            // "who arrived in May", not "who arrives at the weekend": an arrival to come starts nothing yet
            return verb.tag() != null && verb.tag().matches("VB[DN]");
        }
        if (lemma.equals("take")) {
            return g.hasDependent(verb, "compound:prt", Set.of("up")) && g.hasDependent(verb, "obj", Set.of("post"));
        }
        return (lemma.equals("appoint") || lemma.equals("name")) && g.hasDependent(verb, "aux:pass", Set.of("be"));
    }

    /** Events a handover happens at: a phrase headed by one of these is dated for the act it follows. */
    private static final Set<String> CEREMONIES = Set.of("ceremony", "parade", "event");

    /**
     * The dates of a ceremony phrase that a comma sets off inside a relative clause, after the clause's own
     * dated words ("..., at a brief ceremony off Pemba on July 26"): what the sentence's main verb was done at.
     */
    private static List<Slot> setOffPhraseDates(ParseGraph g, IndexedWord relative) {
        List<Slot> out = new ArrayList<>();
        for (IndexedWord x : g.graph.descendants(relative)) {
            for (var e : g.graph.outgoingEdgeIterable(x)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || !CEREMONIES.contains(ParseGraph.lemma(d))
                        || d.index() < relative.index()) {
                    continue;
                }
                int first = d.index();
                for (IndexedWord w : g.graph.descendants(d)) {
                    first = Math.min(first, w.index());
                }
                IndexedWord before = g.graph.getNodeByIndexSafe(first - 1);
                if (before != null && before.word().equals(",") && before.index() > relative.index()) {
                    out.addAll(datesBelow(g, d));
                }
            }
        }
        return out;
    }

    private static final Set<String> POSTS_HELD = Set.of("charge", "command", "post", "office", "helm");

    /**
     * Whether this phrase of the trigger is a post held by the person named right before it, a comma
     * between: "X is the new commander, having replaced Y, in charge since May 2022" (the parser hangs
     * "in charge" on "commander"); its date is Y's start, not X's.
     */
    private static boolean anotherHoldersPost(ParseGraph g, IndexedWord trigger, IndexedWord phrase) {
        if (!POSTS_HELD.contains(ParseGraph.lemma(phrase)) || phrase.index() < trigger.index()) {
            return false;
        }
        int first = phrase.index();
        for (IndexedWord w : g.graph.descendants(phrase)) {
            first = Math.min(first, w.index());
        }
        IndexedWord comma = g.graph.getNodeByIndexSafe(first - 1);
        Slot person = g.slotAt(first - 3); // the token before the comma, 0-based
        if (comma == null || !comma.word().equals(",") || person == null || person.type() != SlotType.PERSON) {
            return false;
        }
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            if (e.getRelation().toString().startsWith("nsubj") && g.slotAt(e.getDependent()) == person) {
                return false; // the trigger's own holder: "X, in charge since 2019, ..." dates X
            }
        }
        return true;
    }

    /** Whether this verb heads a relative clause set off by a comma (", who has led the mission since 2008"). */
    private static boolean setOffRelative(ParseGraph g, IndexedWord verb) {
        for (var e : g.graph.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("acl:relcl")) {
                for (var w : g.graph.vertexSet()) {
                    if (w.word().equals(",") && w.index() > e.getGovernor().index() && w.index() < verb.index()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a comma lies between the relative clause's own words and this date: the clause closed
     * before it ("Y, who has led EUSEC since July 2008, on 1 October").
     */
    private static boolean afterClosingComma(ParseGraph g, IndexedWord verb, Slot date) {
        int dateToken = Integer.MAX_VALUE;
        for (var w : g.graph.vertexSet()) {
            if (g.slotAt(w) == date) {
                dateToken = Math.min(dateToken, w.index());
            }
        }
        int lastOwn = verb.index();
        for (var e : g.graph.outgoingEdgeIterable(verb)) {
            IndexedWord d = e.getDependent();
            Slot s = g.slotAt(d);
            String rel = e.getRelation().toString();
            if (d.index() > verb.index() && d.index() < dateToken && !rel.equals("punct") && !rel.startsWith("nsubj")
                    && !rel.equals("ref") && s != date) {
                lastOwn = Math.max(lastOwn, lastWordBelow(g, d, dateToken));
            }
        }
        for (var w : g.graph.vertexSet()) {
            if (w.word().equals(",") && w.index() > lastOwn && w.index() < dateToken) {
                return true;
            }
        }
        return false;
    }

    private static int lastWordBelow(ParseGraph g, IndexedWord w, int limit) {
        int last = w.index();
        for (IndexedWord d : g.graph.descendants(w)) {
            if (d.index() < limit && !d.word().equals(",")) {
                last = Math.max(last, d.index());
            }
        }
        return last;
    }

    private static boolean hasSubject(ParseGraph g, IndexedWord w) {
        for (var e : g.graph.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The date slots in a clause's own words (its obliques and modifiers), as that clause dates them. */
    private static List<Slot> datesBelow(ParseGraph g, IndexedWord clause) {
        List<Slot> out = new ArrayList<>();
        for (var e : g.graph.outgoingEdgeIterable(clause)) {
            Slot slot = g.slotAt(e.getDependent());
            if (slot != null && slot.type() == SlotType.DATE && !out.contains(slot)) {
                out.add(slot);
            }
        }
        return out;
    }

    /** These dates and a day standing in for the one the clause does not state: when the change happened. */
    ClauseDates withStandIn(FuzzyDate day) {
        List<Slot> all = new ArrayList<>(dates);
        all.add(0, new Slot(-1, SlotType.DATE, 0, 0, "", null, null, null, null, day, DateRole.AT, null, null));
        return new ClauseDates(all);
    }

    /** Whether the day these dates say a change happened is one standing in ({@link #withStandIn}), no word of the text. */
    boolean stoodIn() {
        return dates.stream().anyMatch(d -> d.text().isEmpty() && d.begin() == 0 && d.end() == 0);
    }

    private FuzzyDate first(Set<DateRole> roles) {
        return dates.stream().filter(d -> d.date() != null && roles.contains(d.dateRole())).map(Slot::date)
                .findFirst().orElse(null);
    }

    FuzzyDate at() {
        return first(EnumSet.of(DateRole.AT));
    }

    FuzzyDate since() {
        return first(EnumSet.of(DateRole.SINCE, DateRole.FROM));
    }

    FuzzyDate until() {
        return first(EnumSet.of(DateRole.UNTIL));
    }

    FuzzyDate any() {
        FuzzyDate d = at();
        return d != null ? d : first(EnumSet.of(DateRole.SINCE, DateRole.FROM));
    }
}

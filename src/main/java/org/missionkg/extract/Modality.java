package org.missionkg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * What a trigger's clause says of its fact, read once from the parse for every grammar rule:
 * that it holds or happened, that it will, that it would, or nothing at all (negated, possible,
 * conditional). Rules never spell out these guards themselves.
 */
final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MAYBE = Set.of("could", "might", "can");
    /** "may stay only until 1 September", "should last six months": a limit or an expectation, a planned end at most. */
    private static final Set<String> ALLOWED = Set.of("may", "should");
    /** "must leave by the end of 2024": an obligation, which states a deadline but no change. */
    private static final Set<String> OBLIGED = Set.of("must");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> INTENT = Set.of("plan", "expect", "intend", "want", "propose", "aim", "hope",
            "set", "schedule", "due", "consider", "seek", "prepare");
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "whether");

    /**
     * REAL: told as done or holding; FUTURE: will, plans to; WOULD: reported plan or condition;
     * MUST: an obligation; MAY: a limit or expectation (may, should); UNREAL: negated, possible, conditional.
     */
    enum Mood { REAL, FUTURE, WOULD, MUST, MAY, UNREAL }


    /** Whether the trigger's clause states a fact, a future one, or none (negated, conditional, possible). */
    static Mood of(ParseGraph g, IndexedWord trigger) {
        Mood mood = Mood.REAL;
        IndexedWord at = trigger;
        for (int depth = 0; at != null && depth < 4; depth++) {
            for (var e : g.graph.outgoingEdgeIterable(at)) {
                String rel = e.getRelation().toString();
                String lemma = ParseGraph.lemma(e.getDependent());
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(lemma)
                        && depth == 0 && !notUntil(g, at)) {
                    return Mood.UNREAL;
                }
                // "no Canadian troops have been withdrawn": the subject's "no" negates the clause.
                if (depth == 0 && (rel.startsWith("nsubj") || rel.equals("obj")) && g.hasDependent(e.getDependent(), "det", Set.of("no"))) {
                    return Mood.UNREAL;
                }
                // "will no longer be based in Baghdad": what stops is not stated as holding.
                if (rel.equals("advmod") && lemma.equals("longer") && depth == 0) {
                    for (var n : g.graph.outgoingEdgeIterable(e.getDependent())) {
                        if (NEGATORS.contains(ParseGraph.lemma(n.getDependent()))) {
                            return Mood.UNREAL;
                        }
                    }
                }
                if (rel.startsWith("aux") && MAYBE.contains(lemma)) {
                    return Mood.UNREAL;
                }
                if (rel.startsWith("aux") && ALLOWED.contains(lemma)) {
                    mood = Mood.MAY;
                }
                if (rel.startsWith("aux") && OBLIGED.contains(lemma)) {
                    mood = Mood.MUST;
                }
                if (rel.startsWith("aux") && FUTURE.contains(lemma)) {
                    mood = Mood.FUTURE;
                }
                if (rel.startsWith("aux") && lemma.equals("would")) {
                    mood = Mood.WOULD;
                }
                if (rel.equals("mark") && CONDITION_MARKS.contains(lemma)) {
                    return Mood.UNREAL;
                }
            }
            // "plans to extend", "is expected to take over": the trigger is the complement of intent;
            // "would expand its mission and take command": a conjunct shares the first verb's auxiliary.
            IndexedWord up = null;
            for (var edge : g.graph.incomingEdgeIterable(at)) {
                String rel = edge.getRelation().toString();
                if (rel.equals("xcomp") || rel.startsWith("conj") && depth == 0) {
                    up = edge.getGovernor();
                    break;
                }
            }
            if (up == null) {
                break;
            }
            at = up;
            if (INTENT.contains(ParseGraph.lemma(at))) {
                mood = mood == Mood.REAL ? Mood.FUTURE : mood;
            }
        }
        return mood;
    }


    /**
     * "did not restart until early October", "will not take command until March": a negated trigger
     * with its own "until" date says when it happened, or will, not that it did not.
     */
    static boolean notUntil(ParseGraph g, IndexedWord trigger) {
        boolean until = false;
        boolean negated = false;
        for (var e : g.graph.outgoingEdgeIterable(trigger)) {
            String rel = e.getRelation().toString();
            until |= rel.equals("obl:until") || rel.equals("obl:till") || rel.equals("advcl:until");
            negated |= (rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(ParseGraph.lemma(e.getDependent()));
        }
        return until && negated;
    }

    /** Verbs that report what someone said: their clausal complement is the speaker's. */
    static final Set<String> SAY = Set.of("say", "announce", "tell", "confirm", "state", "add", "report", "declare");

    /** Whether the trigger's clause is the complement of a verb of saying ("said the mission would ..."). */
    static boolean saidToCome(ParseGraph g, IndexedWord trigger) {
        for (var edge : g.graph.incomingEdgeIterable(trigger)) {
            if (edge.getRelation().toString().equals("ccomp") && SAY.contains(ParseGraph.lemma(edge.getGovernor()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger tells of a change as done: past, perfect, or the headline present ("takes over"). */
    static boolean reported(ParseGraph g, IndexedWord trigger) {
        String tag = trigger.tag() == null ? "" : trigger.tag();
        if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        if (tag.equals("VBN")) {
            for (var e : g.graph.outgoingEdgeIterable(trigger)) {
                String rel = e.getRelation().toString();
                String t = e.getDependent().tag();
                if (rel.equals("aux") && "VBD".equals(t) && ParseGraph.lemma(e.getDependent()).equals("have")) {
                    return false; // "had taken command": the past perfect tells background, not today's news
                }
                if (rel.startsWith("aux") && t != null && (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP"))) {
                    return true;
                }
            }
        }
        return false;
    }


    private Modality() {
    }
}

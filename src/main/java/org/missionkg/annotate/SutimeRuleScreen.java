package org.missionkg.annotate;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SUTime's token and composite rules, each tried on a sequence only when every token its pattern cannot match without
 * is there.
 *
 * <p>Why: SUTime tries each of its several hundred TokensRegex rules (english.sutime.txt, CoreNLP 4.5.10) at every
 * token of a sentence, and its matcher sets up a fresh state for every rule and start token (a few hash maps each,
 * {@code SequenceMatcher.getStartStates}): that set-up, not the matching, was about a fifth of the ingest's processor
 * time (JFR, 6 December 2026, 300 articles), most of it for rules whose words the sentence does not hold.
 *
 * <p>A rule's required tokens are the node states of its pattern's automaton that every path from the start to the
 * accepting state passes through (with one removed, the accepting state cannot be reached along the states' next
 * links, which are all the matcher follows but for a repeat's jump back into what it repeats, a loop that passes the
 * same states again). Each such state consumes one element that its node pattern matches, so where that pattern
 * matches no element of the sequence the rule matches nothing, and skipping it changes no result. Only annotation
 * tests ({@link ComplexNodePattern}: a word, a tag, a regular expression over an annotation, a time's type), alone or
 * as parts of a conjunction, are read as requirements, since they depend on the element alone; the sequence is the
 * one the rule itself reads (the sentence's tokens, or for a composite rule the list of tokens and the times read so
 * far). The rules are kept in the same order, so the times found are the same.
 *
 * <p>A pattern that is an alternation at its start ({@code /late/|/end/}, {@code /early/|/beginning|start|dawn/}) has
 * no one state every path passes, but every path passes one of its first node states: with all of those left out the
 * accepting state cannot be reached either. Such a rule is tried only where some element matches one of those
 * states' tests (all of a state's tests, each by some element). Sixteen rules that had no requirement before are
 * screened so (7 December 2026): token rules such as those two, and composite ones such as
 * {@code /the/? $EARLY_LATE_MOD [a time]}; the rules screened before keep exactly their requirements.
 *
 * <p>The rules are private fields of CoreNLP's extractor, reached by reflection; should they not be found (another
 * CoreNLP version), nothing is changed. {@code -Dmissionkg.sutimeRuleScreen=false} leaves the rules as they are,
 * for measuring.
 */
final class SutimeRuleScreen {
    /** System property that, set to {@code false}, leaves SUTime's rules unscreened. */
    static final String PROPERTY = "missionkg.sutimeRuleScreen";

    /** CoreNLP's automaton states, their next links and a node state's pattern (null on another CoreNLP version). */
    private static final Class<?> STATE = stateClass("State");
    private static final Class<?> NODE_STATE = stateClass("NodePatternState");
    private static final java.lang.reflect.Field NEXT = stateField(STATE, "next");
    private static final java.lang.reflect.Field NODE_PATTERN = stateField(NODE_STATE, "pattern");

    private SutimeRuleScreen() {
    }

    /** Screens the rules of this extractor (a rule screened already is left as it is); how many it screened. */
    static int install(TimeExpressionExtractor sutime) {
        if ("false".equals(System.getProperty(PROPERTY)) || sutime.getClass() != TimeExpressionExtractorImpl.class) {
            return 0;
        }
        int screened = 0;
        try {
            Object extractor = CoreNlpAnnotator.field(sutime, TimeExpressionExtractorImpl.class, "expressionExtractor");
            Map<?, ?> stages = (Map<?, ?>) CoreNlpAnnotator.field(extractor, CoreMapExpressionExtractor.class,
                    "stages");
            for (Object stage : stages.values()) {
                for (String kind : List.of("basicExtractRule", "compositeExtractRule")) {
                    Object rules = CoreNlpAnnotator.field(stage, CoreMapExpressionExtractor.Stage.class, kind);
                    for (Object rule : rules(rules)) {
                        if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> r && screen(r)) {
                            screened++;
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another CoreNLP version: the rules stay as they are (one screened before this stays so: same results)
        }
        return screened;
    }

    /** The rules a stage holds in one place: a list of them, one, or none. */
    private static Collection<?> rules(Object rule) throws ReflectiveOperationException {
        if (rule instanceof SequenceMatchRules.ListExtractRule<?, ?>) {
            return (Collection<?>) CoreNlpAnnotator.field(rule, SequenceMatchRules.ListExtractRule.class, "rules");
        }
        return rule == null ? List.of() : List.of(rule);
    }

    /**
     * Puts a screen in front of what this rule runs, when it runs a token pattern over a sequence in one of the two
     * ways CoreNLP builds them (over an annotation of the sentence, or over the list it is given) and the pattern has
     * requirements; true if it did.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean screen(SequenceMatchRules.AnnotationExtractRule rule) throws ReflectiveOperationException {
        SequenceMatchRules.ExtractRule inner = rule.extractRule;
        Class<?> key = null;
        if (inner instanceof SequenceMatchRules.CoreMapExtractRule<?, ?>) {
            Class<?> owner = SequenceMatchRules.CoreMapExtractRule.class;
            key = (Class<?>) CoreNlpAnnotator.field(inner, owner, "annotationField");
            inner = (SequenceMatchRules.ExtractRule) CoreNlpAnnotator.field(inner, owner, "extractRule");
        }
        if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule<?, ?>)
                || !(CoreNlpAnnotator.field(inner, SequenceMatchRules.SequencePatternExtractRule.class, "pattern")
                        instanceof SequencePattern<?> pattern)) {
            return false;
        }
        Object root = CoreNlpAnnotator.field(pattern, SequencePattern.class, "root");
        List<List<List<NodePattern<Object>>>> needs = new ArrayList<>();
        for (NodePattern<Object> test : required(root)) {
            needs.add(List.of(List.of(test))); // this test, matched by some element
        }
        if (needs.isEmpty()) {
            List<List<NodePattern<Object>>> first = firstStatesTests(root);
            if (!first.isEmpty()) {
                needs.add(first);
            }
        }
        if (needs.isEmpty()) {
            return false;
        }
        rule.extractRule = new Screened(rule.extractRule, key, List.copyOf(needs));
        return true;
    }

    /**
     * The annotation tests of the node states every path through the pattern's automaton passes: with the state left
     * out, no state without a next one (the accepting state) is reachable from the start.
     */
    @SuppressWarnings("unchecked")
    private static List<NodePattern<Object>> required(Object root) throws ReflectiveOperationException {
        List<NodePattern<Object>> required = new ArrayList<>();
        for (Object state : reachable(root, identitySet(List.of()))) {
            if (NODE_STATE.isInstance(state)) {
                List<NodePattern<Object>> tests = tests((NodePattern<Object>) NODE_PATTERN.get(state));
                if (!tests.isEmpty() && !acceptsWithout(root, identitySet(List.of(state)))) {
                    required.addAll(tests);
                }
            }
        }
        return required;
    }

    /**
     * The tests of each first node state (reached from the start without passing another node state), when every
     * path passes one of them and each has tests; else none. A match's path passes one of them, whose element passes
     * all of that state's tests.
     */
    @SuppressWarnings("unchecked")
    private static List<List<NodePattern<Object>>> firstStatesTests(Object root) throws ReflectiveOperationException {
        List<Object> first = new ArrayList<>();
        Set<Object> seen = identitySet(List.of(root));
        ArrayDeque<Object> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Object s = todo.poll();
            if (NODE_STATE.isInstance(s)) {
                first.add(s);
                continue; // what follows a first node state is not first
            }
            for (Object n : next(s)) {
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        List<List<NodePattern<Object>>> tests = new ArrayList<>();
        for (Object s : first) {
            List<NodePattern<Object>> t = tests((NodePattern<Object>) NODE_PATTERN.get(s));
            if (t.isEmpty()) {
                return List.of(); // a first state whose element this screen cannot test: no requirement
            }
            tests.add(List.copyOf(t));
        }
        return first.isEmpty() || acceptsWithout(root, identitySet(first)) ? List.of() : tests;
    }

    /** Whether a state without a next one (the accepting state) is reachable from the start without these states. */
    private static boolean acceptsWithout(Object root, Set<Object> without) {
        return reachable(root, without).stream().anyMatch(s -> next(s).isEmpty());
    }

    private static Set<Object> identitySet(Collection<?> of) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(of);
        return set;
    }

    /**
     * The annotation tests an element must pass to match this node pattern: itself, or for a conjunction ("a time,
     * and not a set": {@code [$hasTemporal & !{temporal::IS_TIMEX_SET}]}) those of its parts that are such tests.
     */
    @SuppressWarnings("unchecked")
    private static List<NodePattern<Object>> tests(NodePattern<Object> p) throws ReflectiveOperationException {
        if (p instanceof ComplexNodePattern<?, ?>) {
            return List.of(p);
        }
        List<NodePattern<Object>> tests = new ArrayList<>();
        if (p instanceof NodePattern.ConjNodePattern<?>) {
            for (Object part : (List<?>) CoreNlpAnnotator.field(p, NodePattern.ConjNodePattern.class, "nodePatterns")) {
                if (part instanceof ComplexNodePattern<?, ?>) {
                    tests.add((NodePattern<Object>) part);
                }
            }
        }
        return tests;
    }

    /** The states reachable from the start along next links without passing any of {@code without}. */
    private static Set<Object> reachable(Object start, Set<Object> without) {
        Set<Object> seen = identitySet(List.of());
        ArrayDeque<Object> todo = new ArrayDeque<>();
        if (!without.contains(start)) {
            seen.add(start);
            todo.add(start);
        }
        while (!todo.isEmpty()) {
            for (Object n : next(todo.poll())) {
                if (!without.contains(n) && seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return seen;
    }

    private static Collection<?> next(Object state) {
        try {
            Collection<?> next = (Collection<?>) NEXT.get(state);
            return next == null ? List.of() : next;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> stateClass(String name) {
        try {
            return Class.forName(SequencePattern.class.getName() + "$" + name);
        } catch (ClassNotFoundException e) {
            return null; // another CoreNLP version: install finds nothing to screen
        }
    }

    private static java.lang.reflect.Field stateField(Class<?> owner, String name) {
        try {
            java.lang.reflect.Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A rule run only on sequences that meet each of its needs; a need is met when, for one of its alternatives, each
     * test of that alternative matches some element.
     */
    private record Screened(SequenceMatchRules.ExtractRule<Object, Object> rule, Class<?> key,
            List<List<List<NodePattern<Object>>>> needs) implements SequenceMatchRules.ExtractRule<Object, Object> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean extract(Object in, List<Object> out) {
            Object sequence = key == null ? in : in instanceof CoreMap m ? m.get((Class) key) : null;
            if (sequence instanceof List<?> elements && !couldMatch(elements)) {
                return false;
            }
            return rule.extract(in, out);
        }

        private boolean couldMatch(List<?> elements) {
            try {
                for (List<List<NodePattern<Object>>> need : needs) {
                    if (need.stream().noneMatch(alternative -> allFound(alternative, elements))) {
                        return false;
                    }
                }
            } catch (RuntimeException e) {
                // a test that fails on some element fails in the rule too: let the rule run and say so itself
            }
            return true;
        }

        private static boolean allFound(List<NodePattern<Object>> tests, List<?> elements) {
            for (NodePattern<Object> p : tests) {
                if (elements.stream().noneMatch(p::match)) {
                    return false;
                }
            }
            return true;
        }
    }
}

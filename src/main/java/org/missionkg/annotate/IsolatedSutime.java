package org.missionkg.annotate;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunction;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunctions;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * SUTime as the NER step calls it, made to read every sentence as if it had read nothing before, and, when
 * {@link #screen} is on, run only on the sentences {@link TimeScreen#couldHoldTime} lets through.
 *
 * <p>Why: SUTime's tense rules (english.sutime.txt, CoreNLP 4.5.10) mark a time read near a past verb or "have"
 * ("arrived on Thursday") to be resolved to the past, and one read near "will", "would", "going to" to the future.
 * They write that mark ({@code VTag(..., "resolveTo", ...)}) on the time's value, and for a weekday, a month or a
 * season read from one word that value is the rule set's shared constant ({@code THURSDAY = DayOfWeek(4)}): the mark
 * stayed, and every later "Thursday" that no tense rule marked itself was resolved by the last mark set, in whatever
 * sentence or article that was. So a date depended on what the process had read before, and with two ingest workers
 * sharing the one pooled NER step, on which worker got there first. Here every mark SUTime writes while reading a
 * sentence is taken back once the sentence's times are resolved (they are resolved before SUTime returns), and one
 * sentence is read at a time, so that no worker sees another's marks: a sentence is read as by a fresh process.
 *
 * <p>The marks are recorded by binding SUTime's own {@code VTag} function, in its rule environment, to one that notes
 * what it changes and then does the same ({@link TagLog}); the environment is a private field of CoreNLP's
 * extractor, reached by reflection. Should it not be found (another CoreNLP version), sentences are still read one
 * at a time but the marks stay, as before.
 */
final class IsolatedSutime implements TimeExpressionExtractor {
    /**
     * Whether sentences are read in isolation (the default). Off, SUTime runs as CoreNLP made it, from several threads
     * at once and with its marks kept: for measuring what isolation costs ({@code SutimeIsolationBench}).
     */
    static volatile boolean isolating = true;

    final TimeExpressionExtractor sutime;
    /** Whether SUTime runs only on sentences that could hold a time. */
    volatile boolean screen;
    /** What SUTime's {@code VTag} changed while reading the current sentence; null when it could not be bound. */
    private final TagLog marks;

    IsolatedSutime(TimeExpressionExtractor sutime, boolean screen) {
        this.sutime = sutime;
        this.screen = screen;
        this.marks = TagLog.bindInto(sutime);
    }

    /** Whether SUTime's marks are taken back after each sentence (false only if its environment could not be reached). */
    boolean undoesMarks() {
        return marks != null;
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return read(sentence, () -> sutime.extractTimeExpressionCoreMaps(sentence, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return read(sentence, () -> sutime.extractTimeExpressionCoreMaps(sentence, docDate));
    }

    private List<CoreMap> read(CoreMap sentence, Supplier<List<CoreMap>> run) {
        TimeScreen.numbers(sentence);
        if (screen && !TimeScreen.couldHoldTime(sentence)) {
            return new ArrayList<>();
        }
        if (!isolating) {
            return run.get();
        }
        synchronized (this) {
            try {
                return run.get();
            } finally {
                if (marks != null) {
                    marks.undo();
                }
            }
        }
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }

    /**
     * SUTime's {@code VTag} (set a tag on a value), noting each value's tag as it was before so that {@link #undo}
     * can put it back. Used only under the extractor's lock, one sentence at a time.
     */
    static final class TagLog implements ValueFunction {
        private record Change(Value value, Tags tagsBefore, String tag, boolean had, Value before) {
        }

        private final ValueFunction tag = ValueFunctions.SET_VALUE_TAG_FUNCTION;
        private final List<Change> changes = new ArrayList<>();

        /** Binds a log as {@code VTag} in this SUTime's rule environment; null if the environment is not reachable. */
        static TagLog bindInto(TimeExpressionExtractor sutime) {
            try {
                Object p = CoreNlpAnnotator.field(sutime, TimeExpressionExtractorImpl.class, "timexPatterns");
                if (CoreNlpAnnotator.field(p, GenericTimeExpressionPatterns.class, "env") instanceof Env env) {
                    TagLog log = new TagLog();
                    env.bind("VTag", log);
                    return log;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not CoreNLP's extractor, or another version of it: the marks stay, as CoreNLP keeps them
            }
            return null;
        }

        @Override
        public boolean checkArgs(List<Value> in) {
            return tag.checkArgs(in);
        }

        @Override
        public Value apply(Env env, List<Value> in) {
            if (isolating && in.size() >= 2 && in.get(0) != null && in.get(1) != null && in.get(1).get() instanceof String name) {
                Value v = in.get(0);
                Tags t = v.getTags();
                changes.add(new Change(v, t, name, t != null && t.hasTag(name), t == null ? null : t.getTag(name)));
            }
            return tag.apply(env, in);
        }

        /** Puts every tag changed since the last call back as it was, the last change first. */
        void undo() {
            for (int i = changes.size() - 1; i >= 0; i--) {
                Change c = changes.get(i);
                if (c.tagsBefore() == null) {
                    c.value().setTags(null);
                } else if (c.had()) {
                    c.tagsBefore().setTag(c.tag(), c.before());
                } else {
                    c.tagsBefore().removeTag(c.tag());
                }
            }
            changes.clear();
        }

        @Override
        public String getDescription() {
            return tag.getDescription();
        }
    }
}

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
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SUTime as the NER step calls it, made to read every sentence as if it had read nothing before, and, when
 * {@link #screen} is on, run only on the sentences {@link TimeScreen#couldHoldTime} lets through.
 *
 * <p>Why: SUTime's tense rules (english.sutime.txt, CoreNLP 4.5.10) mark a time read near a past verb or "have"
 * ("arrived on Thursday") to be resolved to the past, and one read near "will", "would", "going to" to the future.
 * They write that mark ({@code VTag(..., "resolveTo", ...)}) on the time's value, and for a weekday, a month or a
 * season read from one word that value is the rule set's constant ({@code THURSDAY = DayOfWeek(4)}): the mark
 * stayed, and every later "Thursday" that no tense rule marked itself was resolved by the last mark set, in whatever
 * sentence or article that was. So a date depended on what the process had read before, and with two ingest workers
 * sharing the one pooled NER step, on which worker got there first. Here every mark SUTime writes while reading a
 * sentence is taken back once the sentence's times are resolved (they are resolved before SUTime returns): a
 * sentence is read as by a fresh process.
 *
 * <p><b>One SUTime per reader.</b> That constant is not static: {@code THURSDAY} is a variable of the rule
 * environment ({@code Env}) of one extractor, set when its {@code GenericTimeExpressionPatterns} reads
 * defs.sutime.txt into the environment it made for itself, and {@code VTag} marks that environment's value object.
 * (What the environments do share, SUTime's static temporal constants and the holiday calendar, is reached through
 * fresh value wrappers, which no mark outlives.) So two extractors never see each other's marks, and instead of
 * reading one sentence at a time on the extractor CoreNLP made, a sentence is read by an extractor no other thread
 * is using: an idle one from this object's pool, or a new one made with the same options when all are busy. The pool
 * grows to the number of threads that read at once (the ingest's workers), each extractor costing its rule files'
 * load once. The marks are still taken back after every sentence, since which extractor reads a sentence is chance.
 * Every extractor, CoreNLP's and those made here, has its rules screened ({@link SutimeRuleScreen}) when it joins.
 *
 * <p>The marks are recorded by binding SUTime's own {@code VTag} function, in each extractor's rule environment, to
 * one that notes what it changes and then does the same ({@link TagLog}); the environment is a private field of
 * CoreNLP's extractor, reached by reflection, and so are the options a second extractor is made with. Should either
 * not be found (another CoreNLP version), sentences are read one at a time on CoreNLP's extractor, as before the pool,
 * and without the environment the marks stay.
 */
final class IsolatedSutime implements TimeExpressionExtractor {
    /**
     * Whether sentences are read in isolation (the default). Off, SUTime runs as CoreNLP made it, from several threads
     * at once and with its marks kept: for measuring what isolation costs ({@code SutimeIsolationBench}).
     */
    static volatile boolean isolating = true;

    /**
     * Whether concurrent readers each get their own extractor (the default). Off, every sentence is read on CoreNLP's
     * extractor, one at a time under a lock, as before the pool: for measuring the pool against the lock
     * ({@code SutimeIsolationBench}). Change it only while nothing is being read.
     */
    static volatile boolean pooled = true;

    /** CoreNLP's extractor, the first of the pool. */
    final TimeExpressionExtractor sutime;
    /** Whether SUTime runs only on sentences that could hold a time. */
    volatile boolean screen;
    /** CoreNLP's extractor with what its {@code VTag} changes; its marks are null when they could not be bound. */
    private final Reader first;
    /**
     * Makes another extractor with the options of CoreNLP's; null when they could not be read or its marks could not
     * be bound (then CoreNLP's is the only one, and the readers take turns on it, as under a lock).
     */
    private volatile Supplier<TimeExpressionExtractor> another;
    /** The extractors no thread is reading with. */
    private final LinkedBlockingDeque<Reader> idle = new LinkedBlockingDeque<>();
    /** How many extractors the pool holds (idle or in use). */
    private final AtomicInteger made = new AtomicInteger(1);

    IsolatedSutime(TimeExpressionExtractor sutime, boolean screen) {
        this(sutime, sameOptions(sutime), screen);
    }

    /** With {@code another} making further extractors like {@code sutime} (null: one extractor, read under a lock). */
    IsolatedSutime(TimeExpressionExtractor sutime, Supplier<TimeExpressionExtractor> another, boolean screen) {
        this.sutime = sutime;
        this.screen = screen;
        SutimeRuleScreen.install(sutime);
        this.first = new Reader(sutime, TagLog.bindInto(sutime));
        this.another = first.marks() == null ? null : another;
        idle.push(first);
    }

    /** An extractor and the log of what its {@code VTag} changes (null when the log could not be bound). */
    private record Reader(TimeExpressionExtractor sutime, TagLog marks) {
    }

    /**
     * A maker of extractors with the options CoreNLP made this one with (its private {@code options}), or null when
     * they cannot be read. {@link TimeExpressionExtractorImpl} takes options only after it has read some rules, from
     * properties: it is made reading only the first of those options' rule files, without the holiday calendar (a few
     * milliseconds; without any rules given it would read the defaults and log a warning), then given the options,
     * with which it reads all their rules (about 0.1 s, and about 1 MB of heap, per extractor).
     */
    private static Supplier<TimeExpressionExtractor> sameOptions(TimeExpressionExtractor sutime) {
        try {
            if (sutime.getClass() == TimeExpressionExtractorImpl.class
                    && CoreNlpAnnotator.field(sutime, TimeExpressionExtractorImpl.class, "options") instanceof Options o
                    && CoreNlpAnnotator.field(o, Options.class, "grammarFilename") instanceof String rules) {
                Properties first = new Properties();
                first.setProperty("sutime.rules", rules.split("\\s*[,;]\\s*")[0]);
                first.setProperty("sutime.binders", "0");
                return () -> {
                    TimeExpressionExtractorImpl t = new TimeExpressionExtractorImpl("sutime", first);
                    t.init(o);
                    return t;
                };
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another version of CoreNLP: one extractor, read under a lock
        }
        return null;
    }

    /** Whether SUTime's marks are taken back after each sentence (false only if its environment could not be reached). */
    boolean undoesMarks() {
        return first.marks() != null;
    }

    /** Whether concurrent readers get an extractor each (false when another cannot be made: they take turns on one). */
    boolean pools() {
        return another != null;
    }

    /** How many extractors have been made so far, CoreNLP's included: at most the most threads that read at once. */
    int extractors() {
        return made.get();
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
        return read(sentence, t -> t.extractTimeExpressionCoreMaps(sentence, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return read(sentence, t -> t.extractTimeExpressionCoreMaps(sentence, docDate));
    }

    private List<CoreMap> read(CoreMap sentence, Function<TimeExpressionExtractor, List<CoreMap>> run) {
        TimeScreen.numbers(sentence);
        if (screen && !TimeScreen.couldHoldTime(sentence)) {
            return new ArrayList<>();
        }
        if (!isolating) {
            return run.apply(sutime);
        }
        if (!pooled) {
            synchronized (this) {
                return readOn(first, run);
            }
        }
        // An idle extractor, else a new one, else (none can be made) wait for one: each is read by one thread at a time.
        Reader r = idle.pollFirst();
        if (r == null) {
            r = another();
        }
        if (r == null) {
            try {
                r = idle.takeFirst();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for SUTime", e);
            }
        }
        try {
            return readOn(r, run);
        } finally {
            idle.offerFirst(r);
        }
    }

    /**
     * A new extractor for the pool; null if none can be made (no options, or their extractor's marks cannot be bound:
     * then no more are tried, and the readers take turns on those there are).
     */
    private Reader another() {
        try {
            Supplier<TimeExpressionExtractor> make = another;
            TimeExpressionExtractor t = make == null ? null : make.get();
            if (t != null) {
                SutimeRuleScreen.install(t);
            }
            TagLog marks = t == null ? null : TagLog.bindInto(t);
            if (marks != null) {
                made.incrementAndGet();
                return new Reader(t, marks);
            }
        } catch (RuntimeException e) {
            // the options do not make an extractor here: take turns on those there are
        }
        another = null;
        return null;
    }

    /** Reads the sentence with one extractor, which no other thread is using, and takes its marks back. */
    private static List<CoreMap> readOn(Reader r, Function<TimeExpressionExtractor, List<CoreMap>> run) {
        try {
            return run.apply(r.sutime());
        } finally {
            if (r.marks() != null) {
                r.marks().undo();
            }
        }
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }

    /**
     * SUTime's {@code VTag} (set a tag on a value), noting each value's tag as it was before so that {@link #undo}
     * can put it back. Bound into one extractor's environment and used by the one thread reading with it.
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

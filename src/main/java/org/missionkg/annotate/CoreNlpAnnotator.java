package org.missionkg.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import org.missionkg.model.Dependency;
import org.missionkg.model.NameWords;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.NerMention;
import org.missionkg.model.Token;
import org.missionkg.read.BodyCleaner;

/**
 * The annotate stage: Stanford CoreNLP's own annotators (tokenize, ssplit, pos, lemma, ner
 * with SUTime run only where {@link TimeScreen} finds it could read a time, reading each sentence as if it had read
 * nothing before ({@link IsolatedSutime}) and trying only the rules whose required tokens the sentence holds
 * ({@link SutimeRuleScreen}), two of its three NER models and without
 * the fine-grained RegexNER, the publication date as the
 * document date) over the cleaned view of the body.
 * The models load when the first one is created (~20 s, ~1 GB of heap). Later ones get the same
 * annotators from CoreNLP's pool of annotators by settings, so one per ingest worker costs little;
 * those annotators are safe to run from several threads (CoreNLP's own
 * {@code AnnotationPipeline.annotate(Iterable, threads)} runs one set of them over many documents at
 * once). Giving each worker its own copy instead (clearing the pool, {@code dev/bench-ingest
 * --separate-models}) reached 5.7 GB resident while the second copy loaded, and the kernel's OOM
 * killer ended it on the shared 24 GB machine: the shared set is what fits the default heap. The
 * dependency parser is read once per process and shared the same way (it is not cleared with the pool).
 * CoreNLP types stay inside this class; what leaves is {@link AnnotatedArticle}.
 *
 * <pre>
 *   CoreNlpAnnotator nlp = CoreNlpAnnotator.create();
 *   AnnotatedArticle a = nlp.annotate(article);
 * </pre>
 */
public final class CoreNlpAnnotator {
    /** Longer sentences are not parsed: the parser's time grows with length, and such "sentences" are lists or page debris. */
    static final int MAX_PARSE_TOKENS = 90;

    private final StanfordCoreNLP pipeline;
    /** The dependency parser, or null when no sentence is parsed. */
    private final DependencyParser parser;
    private final Set<String> parseTriggers;
    /** Whether sentences are parsed only when the extractor asks ({@link AnnotatedArticle#withParse}), not all at once. */
    private final boolean onDemand;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, DependencyParser parser, Set<String> parseTriggers, boolean onDemand) {
        screenTimeExpressions(pipeline, !"false".equals(System.getProperty(TIME_SCREEN_PROPERTY)));
        this.pipeline = pipeline;
        this.parser = parser;
        this.parseTriggers = Set.copyOf(parseTriggers);
        this.onDemand = onDemand;
    }

    /**
     * No sentence CoreNLP sees is longer than this many characters: a line longer than that is
     * broken at a space (made a line break, which ends a sentence here), so that one 5 MB line
     * cannot keep the tagger busy for an hour. News sentences are well under 1,000 characters.
     */
    public static final int MAX_LINE_CHARS = 2_000;

    /**
     * The text with a space turned into a line break wherever a line runs past {@code max}
     * characters (at the last space before the limit, or at the limit when there is none to
     * break at: then a character is lost to the break, which is no text a sentence could be
     * read from anyway). Same length, so every offset still points into the article as read.
     */
    public static String capLines(String text, int max) {
        char[] c = null;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = c == null ? text.charAt(i) : c[i];
            if (ch == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= max) {
                if (c == null) {
                    c = text.toCharArray();
                }
                int cut = i;
                while (cut > lineStart && !Character.isWhitespace(c[cut])) {
                    cut--;
                }
                if (cut == lineStart) {
                    cut = i;
                }
                c[cut] = '\n';
                lineStart = cut + 1;
            }
        }
        return c == null ? text : new String(c);
    }

    static {
        uncheckedCollectionConstructors();
    }

    /**
     * CoreNLP makes its hash maps and sets through {@code edu.stanford.nlp.util.Generics}, which calls the
     * {@code java.util.HashMap} (HashSet) constructor by reflection, and the JDK checks the caller's access on
     * every such call. SUTime's pattern matcher makes a map for every token and rule it tries, and those access
     * checks alone were about 5% of the ingest's processor time (JFR, 6 December 2026). Marking the constructors
     * accessible skips the check; the same class is made with the same argument, so nothing else changes. Should
     * the fields not be there (another CoreNLP version), nothing is done.
     */
    private static void uncheckedCollectionConstructors() {
        for (String name : List.of("HASH_MAP_SIZE_CONSTRUCTOR", "HASH_MAP_FROM_MAP_CONSTRUCTOR", "HASH_SET_SIZE_CONSTRUCTOR",
                "HASH_SET_COLLECTION_CONSTRUCTOR")) {
            try {
                if (field(null, edu.stanford.nlp.util.Generics.class, name) instanceof java.lang.reflect.Constructor<?> c) {
                    c.setAccessible(true);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // left as CoreNLP made it: slower, the same results
            }
        }
    }

    /** System property that, set to {@code false}, runs SUTime on every sentence (to measure what {@link TimeScreen} saves). */
    public static final String TIME_SCREEN_PROPERTY = "missionkg.timeScreen";

    /**
     * SUTime, inside the NER step, is wrapped in {@link IsolatedSutime}: it reads each sentence as if it had read
     * nothing before (CoreNLP's SUTime carries a tense mark from one sentence to the next, even across articles and
     * workers), with an extractor of its own for each thread that reads at once, and with {@code on} it runs only on
     * the sentences that could hold a time expression
     * ({@link TimeScreen}): it was a third of the ingest's processor time, and on the others it finds nothing;
     * {@code on = false} runs it on every sentence. Should CoreNLP's extractor not be found (another CoreNLP version),
     * nothing is done: SUTime runs everywhere, as CoreNLP runs it.
     */
    static void screenTimeExpressions(StanfordCoreNLP pipeline, boolean on) {
        IsolatedSutime s = isolatedSutime(pipeline);
        if (s != null) {
            s.screen = on;
        }
    }

    /**
     * The pipeline's SUTime, wrapped in {@link IsolatedSutime} the first time it is asked for; null when it is not
     * found. Its extractor is a private field three objects deep in CoreNLP's NER annotator (annotator, its classifier
     * combiner, that combiner's number classifier), so it is reached by reflection. The NER annotator is CoreNLP's
     * pooled one for these settings, shared by every pipeline made with them, and so is the wrapper.
     */
    static IsolatedSutime isolatedSutime(StanfordCoreNLP pipeline) {
        try {
            for (Object a : (List<?>) field(pipeline, edu.stanford.nlp.pipeline.AnnotationPipeline.class, "annotators")) {
                if (!(a instanceof edu.stanford.nlp.pipeline.NERCombinerAnnotator)) {
                    continue;
                }
                Object combiner = field(a, edu.stanford.nlp.pipeline.NERCombinerAnnotator.class, "ner");
                Object numbers = field(combiner, edu.stanford.nlp.ie.NERClassifierCombiner.class, "nsc");
                if (!(numbers instanceof edu.stanford.nlp.ie.regexp.NumberSequenceClassifier)) {
                    continue;
                }
                java.lang.reflect.Field f = edu.stanford.nlp.ie.regexp.NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
                f.setAccessible(true);
                synchronized (numbers) {
                    Object sutime = f.get(numbers);
                    if (sutime instanceof IsolatedSutime s) {
                        return s;
                    } else if (sutime instanceof edu.stanford.nlp.time.TimeExpressionExtractor t) {
                        IsolatedSutime s = new IsolatedSutime(t, true);
                        f.set(numbers, s);
                        return s;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // left as CoreNLP made it: SUTime on every sentence, with its marks carried over
        }
        return null;
    }

    /** Turns the screen on or off for this annotator's pipeline (and every other made with the same settings). */
    void screenTimeExpressions(boolean on) {
        screenTimeExpressions(pipeline, on);
    }

    /** This annotator's SUTime (shared with every other made with the same settings), or null when not found. */
    IsolatedSutime isolatedSutime() {
        return isolatedSutime(pipeline);
    }

    /** The value of a field CoreNLP keeps private ({@code o} null for a static one). */
    static Object field(Object o, Class<?> owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    /** Tokens, tags, lemmas and names only; no sentence is parsed. */
    public static CoreNlpAnnotator create() {
        return new CoreNlpAnnotator(new StanfordCoreNLP(properties()), null, Set.of(), false);
    }

    /**
     * As {@link #create()}, and the sentences that hold one of these lemmas are also given a
     * dependency parse (CoreNLP's depparse, enhanced++ UD). Parsing only where a fact can be keeps
     * most of the parser's use at a fraction of its cost (about 0.34 ms a token here).
     */
    public static CoreNlpAnnotator create(Set<String> parseTriggers) {
        return create(parseTriggers, false);
    }

    /**
     * As {@link #create(Set)}; with {@code onDemand}, no sentence is parsed while annotating: a sentence
     * holding a trigger lemma is parsed when the extractor asks for it ({@link AnnotatedArticle#withParse}),
     * which it does only where one of its patterns could match. In the gold sets about two thirds of the
     * sentences holding a trigger lemma give no grammar match. A sentence's parse does not depend on the
     * other sentences, so a sentence parsed on demand gets the parse it got when all were parsed.
     */
    public static CoreNlpAnnotator create(Set<String> parseTriggers, boolean onDemand) {
        return new CoreNlpAnnotator(new StanfordCoreNLP(properties()), sharedParser(), parseTriggers, onDemand);
    }

    /** CoreNLP's depparse model, as its depparse annotator loads it by default. */
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static DependencyParser parserModel;

    /**
     * The dependency parser, read once per process and shared by every annotator, as CoreNLP shares its depparse
     * annotator between pipelines (that annotator runs one parser from several threads too). It is called
     * directly, not through the annotator: the annotator builds five graphs of every parse (basic, collapsed,
     * CC-processed, enhanced, enhanced++), and only the enhanced++ one is read here; the other four were about
     * 6% of the ingest's processor time (JFR, 6 December 2026). The enhanced++ graph is made from the parser's
     * output by the same call the annotator makes.
     */
    private static synchronized DependencyParser sharedParser() {
        if (parserModel == null) {
            parserModel = DependencyParser.loadFromModelFile(PARSER_MODEL, new Properties());
        }
        return parserModel;
    }

    /** The pipeline's settings; kept in one place so the benchmark can run the same pipeline alone. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // News text puts one paragraph per line: a line break ends a sentence (titles, bylines).
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        // CoreNLP's fine-grained RegexNER (CITY, COUNTRY, NATIONALITY, TITLE ...) is off. It cost about half of NER
        // here, and extraction takes countries, demonyms, titles and missions from its own gazetteer. The two readings
        // that had leant on its tags now stand without them: a lone name after a rank ("Major General Park", which
        // the coarse tagger takes whole for a place) is the person's (PersonSlots.namesAfterTitles), and a base named
        // "Camp X" is one place even where the gazetteer knows X (SentenceSlots). dev/bench-ingest, 300 articles: 1.79 x
        // CoreNLP's default pipeline with it off against 1.31 x with it on (quiet machine, 5 December 2026), peak
        // resident memory 3.5 GB against 6.1 GB; 1.86 x on 6 December (load in the README). The workbench on every gold
        // set: no command, event, lead, role or troop count and no date moved; locations +1 tuned, +2 blind.
        p.setProperty("ner.applyFineGrained", "false");
        // Two of CoreNLP's three NER models: the 3-class one (people, places, organisations) and the 7-class one (its
        // DATE, MONEY and PERCENT tags). The CoNLL 4-class model runs after them and, as NORMAL combination lets a later
        // model add only classes the earlier ones lack, it contributes MISC alone, which extraction does not read.
        // Without it (6 December 2026) the workbench gave the same tp, predicted and dates on every gold set and the same
        // facts on every tuned one. dev/bench-ingest without it: 3.91 articles/s, 2.02 x the default pipeline (load 0.5
        // at start), and 1.46 x and 1.11 x under another process's load; with it 2.82 (1.86 x) on 6 December, 3.97 on
        // 5 December. The shared machine's load swings more than that, so no speed or memory gain is claimed (peak
        // resident memory 3.6-4.1 GB without it, 4.2-4.7 GB with it): it is out because its pass is work nothing reads.
        // Neither of the two left can go (7 December 2026, NerModelCheck, then the workbench): the 3-class model alone
        // lost 17 right dates on the tuned sets and 5 on the blind ones (the 7-class model's DATE keeps "on Friday night"
        // a date, which SUTime alone makes a TIME, and reads "mid-November"); the 7-class model alone, whose names
        // differ, lost 36 true positives on each side. The 7-class pass is about 10 ms an article on one thread, and the
        // ingest's processor time per article was the same without it (290 against 292 ms, load 3.9-4.8).
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
        overrides(System.getProperty(OVERRIDES_PROPERTY, "")).forEach(p::setProperty);
        return p;
    }

    /**
     * System property holding CoreNLP settings that replace the ones above, {@code key=value}
     * pairs separated by {@code ;} (for example {@code ner.applyFineGrained=true;ner.useSUTime=false}).
     * For measuring what an annotator choice does to speed and to the gold scores in one build:
     * {@code mvn test -Dtest=ExtractionQualityIT -Dmissionkg.corenlp=...}.
     */
    public static final String OVERRIDES_PROPERTY = "missionkg.corenlp";

    static java.util.Map<String, String> overrides(String spec) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(OVERRIDES_PROPERTY + ": expected key=value, got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    /** A pipeline with the same settings, for measuring CoreNLP alone. */
    public static StanfordCoreNLP rawPipeline() {
        return new StanfordCoreNLP(properties());
    }

    public AnnotatedArticle annotate(Article article) {
        String clean = BodyCleaner.clean(article.text());
        Annotation doc = new Annotation(capLines(clean, MAX_LINE_CHARS));
        if (article.meta().published() != null && article.meta().published().earliest() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.meta().published().earliest().toString());
        }
        pipeline.annotate(doc);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<CoreMap> cms = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (!onDemand && parser != null && cms != null) {
            parse(cms.stream().filter(this::parseable).toList());
        }
        List<CoreMap> kept = new ArrayList<>();
        int index = 0;
        for (CoreMap s : cms) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            kept.add(s);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(l.word(), l.tag(), l.lemma(), l.ner(), l.beginPosition(), l.endPosition()));
            }
            int firstToken = labels.get(0).index() - 1;
            List<NerMention> mentions = new ArrayList<>();
            List<CoreMap> ems = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ems != null) {
                for (CoreMap em : ems) {
                    List<CoreLabel> mt = em.get(CoreAnnotations.TokensAnnotation.class);
                    if (mt == null || mt.isEmpty()) {
                        continue;
                    }
                    int b = mt.get(0).beginPosition();
                    int e = mt.get(mt.size() - 1).endPosition();
                    String norm = mt.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    mentions.add(new NerMention(em.get(CoreAnnotations.NamedEntityTagAnnotation.class), b, e,
                            mt.get(0).index() - 1 - firstToken, mt.get(mt.size() - 1).index() - firstToken,
                            clean.substring(b, e), norm));
                }
            }
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            sentences.add(new AnnotatedSentence(index++, begin, end, tokens, mentions, dependencies(s, firstToken)));
        }
        return new AnnotatedArticle(article, clean, sentences, onDemand && parser != null ? new OnDemand(kept) : null);
    }

    /** The parses of one article's sentences, made when asked for and kept (one article is read by one thread). */
    private final class OnDemand implements org.missionkg.model.SentenceParses {
        private final List<CoreMap> sentences;
        private final java.util.Map<Integer, List<Dependency>> made = new java.util.HashMap<>();

        OnDemand(List<CoreMap> sentences) {
            this.sentences = sentences;
        }

        @Override
        public List<Dependency> parse(int position) {
            return made.computeIfAbsent(position, p -> {
                CoreMap s = sentences.get(p);
                if (!parseable(s)) {
                    return List.of();
                }
                CoreNlpAnnotator.this.parse(List.of(s));
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                return dependencies(s, labels.get(0).index() - 1);
            });
        }
    }

    /** A sentence worth parsing: it holds a trigger lemma and is neither too short nor too long. */
    private boolean parseable(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        return labels.size() > 2 && labels.size() <= MAX_PARSE_TOKENS
                && labels.stream().anyMatch(l -> l.lemma() != null && parseTriggers.contains(l.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Sentences and their tokens parsed in this process, by every annotator: what the benchmark reports of the parser's work. */
    private static final java.util.concurrent.atomic.LongAdder PARSED_SENTENCES = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder PARSED_TOKENS = new java.util.concurrent.atomic.LongAdder();

    /** The parsing threads' processor time in the parser and in building the enhanced++ graph. */
    private static final java.util.concurrent.atomic.LongAdder PARSE_CPU_NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * How many sentences have been parsed in this process, how many tokens they held, and the processor time (ns)
     * parsing them and building their graphs took.
     */
    public static long[] parsedSoFar() {
        return new long[] {PARSED_SENTENCES.sum(), PARSED_TOKENS.sum(), PARSE_CPU_NANOS.sum()};
    }

    /** Runs the parser over these sentences. */
    private void parse(List<CoreMap> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        // "Combined Task Force 150", "Task Force 635": the number of a unit's name is part of the
        // name; tagged as a cardinal it breaks the parse of the whole sentence ("took command of
        // Combined Task Force 150 on Thursday" lost its object). The parser sees it as a proper
        // noun; the tag is put back afterwards, so nothing else reads a changed tag.
        // The same for the words of an operation's name: "Operation Render Safe, the Defence Force's
        // programme ..., was suspended in 2020" was parsed with "Render" as the verb and "Safe" its
        // object, and the suspension had no subject; "Operation Inherent Resolve", "Operation Sea
        // Guardian" likewise. Capitalised words right after "Operation" are a name, whatever the tagger said.
        java.util.Map<CoreLabel, String> retagged = new java.util.IdentityHashMap<>();
        for (CoreMap s : chosen) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                CoreLabel prev = labels.get(i - 1);
                CoreLabel l = labels.get(i);
                if ("CD".equals(l.tag()) && prev.tag() != null && prev.tag().startsWith("NNP")
                        && UNIT_NAME_HEADS.matcher(prev.word()).matches()) {
                    retagged.put(l, l.tag());
                    l.setTag("NNP");
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                if (!OPERATION_WORD.matcher(labels.get(i).word()).matches()) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(labels.size(), i + 4); j++) {
                    CoreLabel l = labels.get(j);
                    if (!NAME_WORD.matcher(l.word()).matches() || NameWords.isFunctionWord(l.word())) {
                        break;
                    }
                    if (l.tag() != null && !l.tag().startsWith("NNP")) {
                        retagged.put(l, l.tag());
                        l.setTag("NNP");
                    }
                }
            }
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        for (CoreMap s : chosen) {
            PARSED_SENTENCES.increment();
            PARSED_TOKENS.add(s.get(CoreAnnotations.TokensAnnotation.class).size());
            GrammaticalStructure gs = parser.predict(s);
            s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
                    gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
        }
        PARSE_CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - cpu0);
        retagged.forEach(CoreLabel::setTag);
    }

    /** The word that opens an operation's name. */
    private static final java.util.regex.Pattern OPERATION_WORD = java.util.regex.Pattern.compile("Operation|Opération|Op\\.?");
    /** A capitalised word; a name's word too unless it is a function word ("Operation Unifier In 2015"). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("[A-Z][\\p{L}'’-]*");

    /** Last words of unit names that a number completes ("Task Force 150", "CTF 151", "Standing Group 2"). */
    private static final java.util.regex.Pattern UNIT_NAME_HEADS = java.util.regex.Pattern.compile(
            "Force|Group|Fleet|Brigade|Division|Squadron|Command|Team|Flotilla|Unit|Wing|CTF|CTG|TF|TG|CJTF");

    /** The enhanced++ edges of a parsed sentence as token positions, or none. */
    private static List<Dependency> dependencies(CoreMap s, int firstToken) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            out.add(new Dependency(Dependency.ROOT, "root", root.index() - 1 - firstToken));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1 - firstToken, e.getRelation().toString(),
                    e.getDependent().index() - 1 - firstToken));
        }
        return out;
    }
}

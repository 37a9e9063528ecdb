package org.missionkg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.annotate.DateResolver;
import org.missionkg.annotate.Tense;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.TroopContribution;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.OfficeHolders;
import org.missionkg.reference.TitleHolders;

/**
 * The standard extractor: CoreNLP annotations, gazetteer names and the rule book, sentence
 * by sentence. Create one per process (it holds the NLP models) and reuse it.
 *
 * <p>Each sentence goes through the {@code GrammarLayer} first, then the surface rules and their
 * {@code FactBuilder}; {@code SentenceSubjects} carries what the sentences before were about, and
 * {@code DuplicateClaims} merges what two readings found of one claim. What the article's names
 * stand for across its sentences it is told by a {@link MentionResolver} before it reads them.
 *
 * <pre>
 *   FactExtractor x = RuleBasedExtractor.create(ArticleMentions::over); // resolve.ArticleMentions
 *   List&lt;Fact&gt; facts = x.extract(article);
 * </pre>
 */
public final class RuleBasedExtractor implements FactExtractor {
    /** Bump when the Java side of extraction changes; rule-file changes are hashed in. */
    private static final String CODE_VERSION = "10";

    private final CoreNlpAnnotator annotator;
    private final RuleBook rules;
    private final SentenceSlots slots;
    private final FactBuilder builder;
    private final GrammarLayer grammar;
    /** Makes {@link #mentions} for a gazetteer; kept for {@link #with}, which brings another gazetteer. */
    private final Function<Gazetteer, MentionResolver> resolvers;
    private final MentionResolver mentions;
    private final Gazetteer gazetteer;
    private final String version;

    private RuleBasedExtractor(CoreNlpAnnotator annotator, Gazetteer gazetteer, RuleBook rules, GrammarRules grammarRules,
                               Function<Gazetteer, MentionResolver> resolvers) {
        this.annotator = annotator;
        this.rules = rules;
        this.resolvers = resolvers;
        this.mentions = resolvers.apply(gazetteer);
        this.gazetteer = gazetteer;
        this.slots = new SentenceSlots(new DateResolver(), gazetteer);
        // Built once here and handed to both readings, so that the grammar layer and the surface
        // rules judge a mission's head by the same gazetteer.
        CivilianMissions civilian = new CivilianMissions(gazetteer::names);
        // A mission the gazetteer does not list is counted for whom its name starts with ("Polish
        // Military Contingent", "EU Capacity Building Mission"), as the surface rules count it.
        this.grammar = new GrammarLayer(grammarRules, mission -> gazetteer.totalCountedFor(mission)
                .orElseGet(() -> mission != null && mission.kind() == EntityKind.MISSION
                        ? NameAffiliations.leadingOwner(gazetteer, mission.label()) : null),
                name -> NameAffiliations.countryInName(gazetteer, name),
                place -> gazetteer.countryOfCapital(place).orElse(null), civilian);
        this.builder = new FactBuilder(gazetteer, new TitleHolders(gazetteer, OfficeHolders.bundled()), civilian);
        this.version = CODE_VERSION + "-" + hash(rules);
    }

    /**
     * Loads CoreNLP (slow: tens of seconds; the parser only for sentences holding a trigger word of
     * the grammar layer), the bundled gazetteer, the bundled rules and the grammar layer's patterns.
     * {@code resolvers} makes, for the gazetteer, what tells the extractor what an article's names
     * stand for ({@code resolve.ArticleMentions::over}).
     */
    public static RuleBasedExtractor create(Function<Gazetteer, MentionResolver> resolvers) {
        GrammarRules grammar = GrammarRules.bundled();
        return new RuleBasedExtractor(CoreNlpAnnotator.create(grammar.triggerLemmas(), true), Gazetteer.bundled(),
                RuleBook.bundled(), grammar, resolvers);
    }

    /**
     * The extractor as it was before the grammar layer: no sentence parsed, surface rules only.
     * For the benchmark, which measures what the parser costs on the same texts in the same run.
     */
    static RuleBasedExtractor createWithoutGrammar(Function<Gazetteer, MentionResolver> resolvers) {
        return new RuleBasedExtractor(CoreNlpAnnotator.create(), Gazetteer.bundled(), RuleBook.bundled(),
                GrammarRules.bundled(), resolvers);
    }

    /**
     * Other rules, gazetteer and grammar over the same loaded CoreNLP (for the rule workbench; the
     * parser still parses the sentences the loaded lexicon chose).
     */
    RuleBasedExtractor with(RuleBook otherRules, Gazetteer otherGazetteer, GrammarRules otherGrammar) {
        return new RuleBasedExtractor(annotator, otherGazetteer, otherRules, otherGrammar, resolvers);
    }

    /** Annotation alone, so that a caller can extract many times from one annotation. */
    AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** {@link #explain(Article)} over an annotation already made. */
    List<String> explain(AnnotatedArticle annotated) {
        List<String> lines = new ArrayList<>();
        extract(annotated, lines);
        return lines;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Fact> extract(Article article) {
        return extract(annotator.annotate(article));
    }

    /** Extraction from an article already annotated (the benchmark times the two apart). */
    public List<Fact> extract(AnnotatedArticle annotated) {
        return extract(annotated, null);
    }

    /** "Canada's defence minister", "the Iraqi prime minister": a title the text gives a country. */
    private static final java.util.regex.Pattern COUNTRY_BEFORE_TITLE = java.util.regex.Pattern.compile("⟦[CD](\\d+)⟧(?:['’]s)?\\s+$");

    private static void noteTitleCountries(SentenceView view, List<Slot> found, ArticleContext ctx) {
        for (Slot r : found) {
            if (r.type() != SlotType.ROLE || r.roleIri() == null) {
                continue;
            }
            int at = view.viewPosition(r);
            if (at < 0) {
                continue;
            }
            Matcher m = COUNTRY_BEFORE_TITLE.matcher(view.text().substring(Math.max(0, at - 12), at));
            // Only an unnamed holder ("Canada's defense minister announced"): a named one
            // ("Italian Defence Minister X") is somebody else than a later bare "Defence Minister Y".
            String after = view.text().substring(at, Math.min(view.text().length(), at + 16)).replaceFirst("^⟦R\\d+⟧", "");
            boolean named = after.matches("(?s)^(?:,\\s*)?⟦P\\d+⟧.*");
            if (!named && m.find()) {
                int id = Integer.parseInt(m.group(1));
                found.stream().filter(f -> f.id() == id && f.entity() != null && f.entity().kind() == EntityKind.COUNTRY)
                        .findFirst().ifPresent(c -> ctx.rememberTitleCountry(r.roleIri(), c.entity()));
            }
        }
    }

    /** "had taken over", "had replaced": background, whose date no lede stands in for. */
    private static final java.util.regex.Pattern PAST_PERFECT = java.util.regex.Pattern.compile("(?i)\\bhad\\s+(?:\\w+\\s+)?(?:taken|replaced|succeeded|relieved|handed|assumed|passed)\\b");

    /** A sentence that opens on a pronoun for the mission just named: "Its commander ...", "It is led by ...". */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile("^\\W*(?:Its|It)\\b");
    /** A rule's match that opens on the pronoun "It". */
    private static final java.util.regex.Pattern OPENS_ON_IT = java.util.regex.Pattern.compile("\\W*It\\b");

    /** A mission the gazetteer lists, not one found by its name's shape alone. */
    private boolean listed(GazetteerMatch m) {
        return gazetteer.lookup(m.label()).isPresent();
    }

    /** The sentences as the rules see them (slots as markers), for people writing rules. */
    public List<String> explain(Article article) {
        List<String> lines = new ArrayList<>();
        extract(annotator.annotate(article), lines);
        return lines;
    }

    private List<Fact> extract(AnnotatedArticle annotated, List<String> explain) {
        Article article = annotated.article();
        String clean = annotated.cleanText();
        LocalDate published = article.meta().published() == null ? null : article.meta().published().earliest();
        List<GazetteerMatch> bodyMatches = mentions.inBody(clean, published);
        List<GazetteerMatch> inTitle = article.meta().title() == null ? List.of()
                : mentions.inTitle(article.meta().title(), published);
        // The gazetteer's names in the title count towards the focus; a name found only by its shape
        // breaks a tie between the body's most named missions (a headline's capitals make names of
        // ordinary words, and a translated name, "'Operation Friend'", is no second mission).
        List<GazetteerMatch> titleMatches = inTitle.stream()
                .filter(m -> m.category() != GazetteerMatch.Category.MISSION || listed(m)).toList();
        Set<EntityRef> titleMissions = inTitle.stream().filter(m -> m.category() == GazetteerMatch.Category.MISSION
                && m.entity() != null).map(GazetteerMatch::entity).collect(java.util.stream.Collectors.toSet());
        ArticleContext ctx = ArticleContext.of(article.id(), published, titleMatches, titleMissions, bodyMatches, clean,
                mentions::person);
        List<Fact> facts = new ArrayList<>();
        List<List<GazetteerMatch>> matchesBySentence = new ArrayList<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            matchesBySentence.add(inSentence(s, bodyMatches));
        }
        // Names first: "Olsen" in the second paragraph is the "Per Pugholm Olsen" of the fifth.
        for (int i = 0; i < annotated.sentences().size(); i++) {
            slots.find(clean, annotated.sentences().get(i), matchesBySentence.get(i), ctx);
        }
        List<List<EntityRef>> named = new ArrayList<>();
        List<List<EntityRef>> namedAll = new ArrayList<>(); // every mission each sentence names, in order
        Slot recent = null;
        EntityRef lastNamed = null;
        int lastNamedAt = Integer.MIN_VALUE / 2;
        GrammarLayer.Reading reading = new GrammarLayer.Reading();
        List<Fact> sentenceBefore = List.of(); // the facts of the sentence before, for "His predecessor, Y"
        for (int i = 0; i < annotated.sentences().size(); i++) {
            AnnotatedSentence s = annotated.sentences().get(i);
            ctx.setRecentMission(SentenceSubjects.recentMission(named));
            List<GazetteerMatch> here = matchesBySentence.get(i);
            List<Slot> found = slots.find(clean, s, here, ctx);
            int firstVerb = SentenceSubjects.firstVerb(s);
            String sentence = clean.substring(s.begin(), s.end());
            named.add(SentenceSubjects.subjectMission(here, found, sentence, s.begin(), firstVerb));
            EntityRef subjectCountry = SentenceSubjects.subjectCountry(found, firstVerb);
            SentenceView view = new SentenceView(clean, s, found);
            noteTitleCountries(view, found, ctx);
            if (explain != null) {
                // the parse shown to people writing rules: of every sentence that holds a trigger word
                ExplainLines.addSentence(explain, annotated.withParse(i), view, found);
            }
            // Parsed only if a grammar rule could match it: the parser is the dearest step of the pipeline.
            AnnotatedSentence forGrammar = s.parsed() || !grammar.couldMatch(s, found) ? s : annotated.withParse(i);
            EntityRef mission = found.stream().filter(x -> x.type() == SlotType.MISSION).map(Slot::entity)
                    .findFirst().orElse(null);
            // A sentence that names no mission: the one its subject, a part of a contribution ("The
            // current rotation"), belongs to; else the one the sentence or two before were about,
            // else the one named in its paragraph, else the article's focus.
            if (mission == null) {
                mission = SentenceSubjects.componentMission(clean.substring(s.begin(), Math.max(s.begin(), firstVerb)),
                        namedAll, gazetteer::runByAnOrganization);
            }
            if (mission == null) {
                mission = ctx.recentMission();
            }
            if (mission == null) {
                mission = ctx.facts().missions().paragraphMission(s.begin(), true, false);
            }
            if (mission == null) {
                mission = ctx.facts().focusMission();
            }
            List<Slot> missions = found.stream().filter(x -> x.type() == SlotType.MISSION && x.entity() != null).toList();
            namedAll.add(missions.stream().filter(x -> !MissionPhrases.isBareMissionPhrase(x.text())).map(Slot::entity).toList());
            // "Its commander, X" or "the mission's commander" after a sentence that named a mission: that one.
            Slot previous = missions.stream().allMatch(x -> MissionPhrases.isBareMissionPhrase(x.text())) ? recent : null;
            Slot lastBefore = recent;
            recent = missions.isEmpty() ? null : missions.get(missions.size() - 1);
            EntityRef namedEarlier = i - lastNamedAt <= 3 ? lastNamed : null;
            if (recent != null) {
                lastNamed = recent.entity();
                lastNamedAt = i;
            }
            // The grammar first: where it and a surface rule find the same claim, the date its clause gives wins.
            // "Its commander, X, took over in October" after a sentence that named a mission: that
            // one, as the surface rules read it, not the article's running subject. The pronoun opens
            // the sentence, so it points back even when the sentence names another mission later
            // ("Its commander shook hands with the head of the U.N. mission"): to the subject of the
            // sentences before, else the last mission the sentence before named.
            EntityRef pointedBack = ctx.recentMission() != null ? ctx.recentMission()
                    : lastBefore != null ? lastBefore.entity() : null;
            reading.backward = pointedBack;
            // A sentence that opens on "It" after one that named no mission ("What is Operation X? It is
            // the army's contribution ... It began on ..."): the mission named a few sentences before, else
            // the story's, never one the sentence itself names later ("It began ..., among them Operation Y").
            EntityRef pronounMission = pointedBack != null ? pointedBack
                    : missions.isEmpty() ? mission
                    : namedEarlier != null ? namedEarlier : ctx.facts().focusMission();
            EntityRef grammarMission = pronounMission != null
                    && POINTS_BACK.matcher(sentence).find() ? pronounMission : mission;
            List<Fact> sentenceFacts = new ArrayList<>(grammar.extract(forGrammar, found, article.text(), ctx, grammarMission,
                    reading, explain));
            Set<Character> present = new HashSet<>();
            found.forEach(f -> present.add(f.type().code));
            String folded = null;
            for (Rule rule : rules.rules()) {
                if (!SlotRequirements.met(rule.needs(), present)) {
                    continue;
                }
                // Only a view holding the words the pattern cannot match without is searched (RequiredText).
                if (folded == null) {
                    folded = RequiredText.fold(view.text());
                }
                if (!RequiredText.of(rule.pattern()).mayMatch(folded)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(view.text());
                while (m.find()) {
                    boolean future = futureBefore(s, view.articleEnd(m.end()));
                    if (rule.has(Rule.PAST_ONLY) && future) {
                        continue;
                    }
                    // An undated hand-over told as done near the top happened on the lede's day, as in the grammar layer.
                    boolean told = rule.has(Rule.HANDOVER) && !future && !PAST_PERFECT.matcher(m.group()).find();
                    FuzzyDate standIn = told ? reading.standIn(s, ctx) : null;
                    // A match that opens on the sentence's "It" is the pronoun's mission, as in the grammar layer ("It will
                    // be commanded by X ..., under the direct command of the MONUSCO Force Commander": the brigade).
                    EntityRef matchMission = pointedBack != null && possessiveBefore(view.text(), m.start()) ? pointedBack
                            : grammarMission != mission && OPENS_ON_IT.matcher(m.group()).lookingAt() ? grammarMission : mission;
                    List<Fact> made = builder.build(rule, m, view, ctx, article.text(), matchMission, previous,
                            standIn, reading.standInSource());
                    sentenceFacts.addAll(made);
                    if (explain != null) {
                        explain.add("    " + rule.id() + " -> " + made.size() + " fact(s): " + m.group());
                    }
                }
            }
            // A count any rule read with its wording beats the catch-all reading of the same count; another count of the
            // sentence ("will send 300 troops ..., and the RAF has about 150 personnel") keeps its catch-all reading.
            Set<Long> worded = sentenceFacts.stream().filter(f -> f instanceof TroopContribution && !grammar.isFallback(f.provenance().rule()))
                    .map(f -> ((TroopContribution) f).count()).collect(java.util.stream.Collectors.toSet());
            sentenceFacts.removeIf(f -> !worded.isEmpty() && grammar.isFallback(f.provenance().rule())
                    && (!(f instanceof TroopContribution t) || worded.contains(t.count())));
            List<Fact> told = SentenceSequences.fillStarts(MemberCounts.dropped(PoliticalSuccessions.dropped(sentenceFacts, facts),
                    found, article.text(), gazetteer));
            told = SharedCounts.added(told, found, clean, article.text(), s.begin(), s.end());
            told = Predecessors.named(article.text(), s.begin(), s.end(), found, sentenceBefore, told, article.id(),
                    published == null ? null : FuzzyDate.ofDay(published));
            facts.addAll(told);
            sentenceBefore = told;
            ctx.setRecentCountry(subjectCountry);
        }
        return DuplicateClaims.dedupe(TaskForceTurns.led(YearlessStarts.ordered(Successions.dated(LastCommanders.ended(FirstCommanders.started(
                DescribedPhases.settled(endsToCome(reading.durations.dated(facts), published), mentions, gazetteer))))), gazetteer));
    }

    /**
     * An end dated after the article was published has not happened: "The force comes to an end
     * tomorrow", "the mandate ends on 31 May" are planned ends, whatever tense told them.
     */
    static List<Fact> endsToCome(List<Fact> facts, LocalDate published) {
        if (published == null) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f instanceof MissionEvent e && e.type() == EventType.END && e.date() != null && e.date().earliest() != null
                    && e.date().earliest().isAfter(published)) {
                out.add(new MissionEvent(e.mission(), EventType.PLANNED_END, e.date(), e.until(), e.agent(), e.note(),
                        e.provenance()));
            } else {
                out.add(f);
            }
        }
        return out;
    }


    /** "its" right before the match ("its French force commander, X"), with no mission named before it in the sentence. */
    private static final java.util.regex.Pattern ITS_BEFORE = java.util.regex.Pattern.compile("(?i)\\bits\\s+(?:⟦[DCK]\\d+⟧\\s+|[a-z-]+\\s+){0,3}$");

    private static boolean possessiveBefore(String viewText, int start) {
        String before = viewText.substring(0, start);
        Matcher its = ITS_BEFORE.matcher(before);
        // a mission marker (⟦M…⟧) anywhere before the "its" names what it stands for
        return its.find() && before.lastIndexOf("⟦M", its.start()) < 0;
    }

    private static List<GazetteerMatch> inSentence(AnnotatedSentence s, List<GazetteerMatch> bodyMatches) {
        List<GazetteerMatch> in = new ArrayList<>();
        for (GazetteerMatch g : bodyMatches) {
            if (g.start() >= s.begin() && g.end() <= s.end()) {
                in.add(g);
            }
        }
        return in;
    }

    /**
     * Whether a future verb group ("would", "is expected to", "next") comes in the sentence before
     * this offset: it governs what follows it ("said it would leave once the mission ended"),
     * not what came before ("is suspending training, citing fears that mercenaries would take part").
     */
    private static boolean futureBefore(AnnotatedSentence s, int offset) {
        int k = 0;
        while (k < s.tokens().size() && s.tokens().get(k).begin() < offset) {
            k++;
        }
        return k > 0 && Tense.of(s.words().subList(0, k), s.posTags().subList(0, k)) == Tense.FUTURE;
    }


    private static String hash(RuleBook book) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Rule r : book.rules()) {
                md.update((r.id() + "|" + r.source() + "|" + r.confidence() + "|" + r.flags() + "|" + r.eventType() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

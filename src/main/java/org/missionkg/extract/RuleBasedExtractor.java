package org.missionkg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.annotate.DateResolver;
import org.missionkg.annotate.Tense;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Token;
import org.missionkg.model.Article;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.TroopContribution;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Leadership;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;
import org.missionkg.reference.OfficeHolders;
import org.missionkg.reference.TitleHolders;
import org.missionkg.resolve.ArticleAliases;
import org.missionkg.resolve.MissionDescriptions;

/**
 * The standard extractor: CoreNLP annotations, gazetteer names and the rule book, sentence
 * by sentence. Create one per process (it holds the NLP models) and reuse it.
 *
 * <pre>
 *   FactExtractor x = RuleBasedExtractor.create();
 *   List&lt;Fact&gt; facts = x.extract(article);
 * </pre>
 */
public final class RuleBasedExtractor implements FactExtractor {
    /** Bump when the Java side of extraction changes; rule-file changes are hashed in. */
    private static final String CODE_VERSION = "10";

    private final CoreNlpAnnotator annotator;
    private final Gazetteer gazetteer;
    private final RuleBook rules;
    private final SentenceSlots slots;
    private final FactBuilder builder;
    private final GrammarLayer grammar;
    private final MissionDescriptions descriptions;
    private final String version;

    private RuleBasedExtractor(CoreNlpAnnotator annotator, Gazetteer gazetteer, RuleBook rules, GrammarLayer grammar) {
        this.annotator = annotator;
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.grammar = grammar;
        this.descriptions = MissionDescriptions.over(gazetteer);
        this.slots = new SentenceSlots(new DateResolver());
        this.builder = new FactBuilder(gazetteer, new TitleHolders(gazetteer, OfficeHolders.bundled()));
        this.version = CODE_VERSION + "-" + hash(rules);
    }

    /**
     * Loads CoreNLP (slow: tens of seconds; the parser only for sentences holding a trigger word of
     * the grammar layer), the bundled gazetteer, the bundled rules and the grammar layer's patterns.
     */
    public static RuleBasedExtractor create() {
        Gazetteer gazetteer = Gazetteer.bundled();
        GrammarLayer grammar = grammarLayer(GrammarRules.bundled(), gazetteer);
        return new RuleBasedExtractor(CoreNlpAnnotator.create(grammar.triggerLemmas()), gazetteer, RuleBook.bundled(),
                grammar);
    }

    private static GrammarLayer grammarLayer(GrammarRules rules, Gazetteer gazetteer) {
        return new GrammarLayer(rules, mission -> gazetteer.totalCountedFor(mission).orElse(null),
                name -> NameAffiliations.countryInName(gazetteer, name));
    }

    /**
     * The extractor as it was before the grammar layer: no sentence parsed, surface rules only.
     * For the benchmark, which measures what the parser costs on the same texts in the same run.
     */
    static RuleBasedExtractor createWithoutGrammar() {
        Gazetteer gazetteer = Gazetteer.bundled();
        return new RuleBasedExtractor(CoreNlpAnnotator.create(), gazetteer, RuleBook.bundled(),
                grammarLayer(GrammarRules.bundled(), gazetteer));
    }

    /** Another rule book and gazetteer over the same loaded CoreNLP (for the rule workbench). */
    RuleBasedExtractor with(RuleBook otherRules, Gazetteer otherGazetteer) {
        return new RuleBasedExtractor(annotator, otherGazetteer, otherRules, grammar);
    }

    /** As above, with another grammar too (the parser still parses the sentences the loaded lexicon chose). */
    RuleBasedExtractor with(RuleBook otherRules, Gazetteer otherGazetteer, GrammarRules otherGrammar) {
        return new RuleBasedExtractor(annotator, otherGazetteer, otherRules, grammarLayer(otherGrammar, otherGazetteer));
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
        List<GazetteerMatch> titleMatches = article.meta().title() == null ? List.of()
                : gazetteer.scan(article.meta().title());
        List<GazetteerMatch> bodyMatches = descriptions.add(clean,
                ArticleAliases.add(clean, MissionNames.merge(clean, gazetteer.scan(clean))));
        ArticleContext ctx = ArticleContext.of(article.id(), published, titleMatches, bodyMatches, clean);
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
        Slot recent = null;
        GrammarLayer.Reading reading = new GrammarLayer.Reading();
        for (int i = 0; i < annotated.sentences().size(); i++) {
            AnnotatedSentence s = annotated.sentences().get(i);
            ctx.setRecentMission(recentMission(named));
            List<GazetteerMatch> here = matchesBySentence.get(i);
            List<Slot> found = slots.find(clean, s, here, ctx);
            int firstVerb = firstVerb(s);
            named.add(subjectMission(here, firstVerb));
            EntityRef subjectCountry = subjectCountry(found, firstVerb);
            SentenceView view = new SentenceView(clean, s, found);
            noteTitleCountries(view, found, ctx);
            if (explain != null) {
                explain.add("S" + s.index() + ": " + view.text());
                StringBuilder legend = new StringBuilder("    slots:");
                for (Slot f : found) {
                    legend.append(' ').append(f.type().code).append(f.id()).append("=«").append(f.text()).append('»');
                    if (f.entity() != null) {
                        legend.append("→").append(f.entity().key());
                    }
                }
                explain.add(legend.toString());
                if (s.parsed()) {
                    explain.add("    parse: " + parse(s));
                }
            }
            EntityRef mission = found.stream().filter(x -> x.type() == SlotType.MISSION).map(Slot::entity)
                    .findFirst().orElse(null);
            // A sentence that names no mission: the one the sentence or two before were about,
            // else the one named in its paragraph, else the article's focus.
            if (mission == null) {
                mission = ctx.recentMission();
            }
            if (mission == null) {
                mission = ctx.paragraphMission(s.begin(), true, false);
            }
            if (mission == null) {
                mission = ctx.focusMission();
            }
            List<Slot> missions = found.stream().filter(x -> x.type() == SlotType.MISSION && x.entity() != null).toList();
            // "Its commander, X" or "the mission's commander" after a sentence that named a mission: that one.
            Slot previous = missions.stream().allMatch(x -> SentenceSlots.isBareMissionPhrase(x.text())) ? recent : null;
            recent = missions.isEmpty() ? null : missions.get(missions.size() - 1);
            // The grammar first: where it and a surface rule find the same claim, the date its clause gives wins.
            // "Its commander, X, took over in October" after a sentence that named a mission: that
            // one, as the surface rules read it (previous), not the article's running subject.
            EntityRef grammarMission = missions.isEmpty() && previous != null && previous.entity() != null
                    && POINTS_BACK.matcher(clean.substring(s.begin(), s.end())).find() ? previous.entity() : mission;
            List<Fact> sentenceFacts = new ArrayList<>(grammar.extract(s, found, article.text(), ctx, grammarMission, reading, explain));
            Set<Character> present = new HashSet<>();
            found.forEach(f -> present.add(f.type().code));
            for (Rule rule : rules.rules()) {
                if (!SlotRequirements.met(rule.needs(), present)) {
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
                    List<Fact> made = builder.build(rule, m, view, ctx, article.text(), mission, previous,
                            standIn, reading.standInSource());
                    sentenceFacts.addAll(made);
                    if (explain != null) {
                        explain.add("    " + rule.id() + " -> " + made.size() + " fact(s): " + m.group());
                    }
                }
            }
            // A count any rule read with its wording beats the catch-all reading of the same sentence.
            if (sentenceFacts.stream().anyMatch(f -> f instanceof TroopContribution && !grammar.isFallback(f.provenance().rule()))) {
                sentenceFacts.removeIf(f -> grammar.isFallback(f.provenance().rule()));
            }
            facts.addAll(SentenceSequences.fillStarts(sentenceFacts));
            ctx.setRecentCountry(subjectCountry);
        }
        return dedupe(facts);
    }

    /** A parse as one line of relation(governor, dependent) for people reading --explain. */
    private static String parse(AnnotatedSentence s) {
        StringBuilder sb = new StringBuilder();
        for (org.missionkg.model.Dependency d : s.dependencies()) {
            String gov = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word();
            sb.append(d.relation()).append('(').append(gov).append(", ").append(s.tokens().get(d.dependent()).word())
                    .append(") ");
        }
        return sb.toString().strip();
    }

    /**
     * The missions a sentence names by name (gazetteer or unlisted names, not "the mission"): one
     * element, that mission, when it is the only one and is named before the sentence's first verb
     * (its subject: "EUTM Mali closed on Saturday"); a null element when it is named otherwise
     * ("Fewer than 20 of them serve with NMI"): an aside does not change what the next sentence is about.
     */
    private static List<EntityRef> subjectMission(List<GazetteerMatch> here, int firstVerb) {
        List<GazetteerMatch> named = here.stream().filter(g -> g.category() == GazetteerMatch.Category.MISSION).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        List<EntityRef> missions = named.stream().map(GazetteerMatch::entity).distinct().toList();
        boolean subject = missions.size() == 1 && named.get(0).start() < firstVerb;
        return java.util.Collections.singletonList(subject ? missions.get(0) : null);
    }

    /** The country a sentence names before its first verb, as its subject ("Canada has about 1,000 troops in Latvia"), or null. */
    private static EntityRef subjectCountry(List<Slot> found, int firstVerb) {
        return found.stream().filter(x -> x.type() != SlotType.DATE && x.type() != SlotType.NUMBER)
                .findFirst().filter(x -> x.type() == SlotType.COUNTRY && x.begin() < firstVerb && x.entity() != null)
                .map(Slot::entity).orElse(null);
    }

    /** Where the sentence's first verb begins (the end of the sentence if it has none): what comes before is its subject. */
    private static int firstVerb(AnnotatedSentence s) {
        return s.tokens().stream().filter(t -> t.pos().startsWith("VB")).mapToInt(Token::begin)
                .findFirst().orElse(s.end());
    }

    /** The subject mission of the nearest of the two sentences before that names a mission, else null. */
    private static EntityRef recentMission(List<List<EntityRef>> named) {
        for (int i = named.size() - 1; i >= Math.max(0, named.size() - 2); i--) {
            List<EntityRef> ms = named.get(i);
            if (!ms.isEmpty()) {
                return ms.get(0);
            }
        }
        return null;
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

    /**
     * One fact per claim: the same fact found by two rules in one place is kept once (the
     * first, most specific rule wins), and an undated event is dropped when the article dates
     * the same kind of event for the same mission elsewhere.
     */
    static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKey.merge(claimKey(f), f, RuleBasedExtractor::sameClaim);
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : byKey.values()) {
            if (f instanceof MissionEvent e && e.date() == null && byKey.values().stream().anyMatch(o ->
                    o instanceof MissionEvent d && d.date() != null && d.type() == e.type()
                            && d.mission().sameAs(e.mission()))) {
                continue;
            }
            // "X has been appointed commander" (dated by the day of the news) and "She will take
            // command in July": the start the text states is the tenure's; the stand-in one goes.
            if (f instanceof CommandTenure c && c.provenance().dateSource() != null && c.end() == null
                    && byKey.values().stream().anyMatch(o -> o instanceof CommandTenure d && d != c
                            && d.provenance().dateSource() == null && d.start() != null
                            && d.commander().sameAs(c.commander()) && d.mission().sameAs(c.mission()))) {
                continue;
            }
            // An office the grammar read where a surface rule read one for the same person in the
            // same sentence: the surface rule's, whose title is the gazetteer's.
            if (f instanceof RoleHolding r && r.provenance().rule().startsWith("grammar.") && byKey.values().stream()
                    .anyMatch(o -> o instanceof RoleHolding q && q != r && !q.provenance().rule().startsWith("grammar.")
                            && q.person().sameAs(r.person()) && sameHolder(q, r)
                            && java.util.Objects.equals(q.provenance().evidence().sentence(), r.provenance().evidence().sentence()))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Whether two offices are held in the same body, so one of them is redundant; "Malawi's
     * President X, the current SADC chairperson" holds two.
     */
    private static boolean sameHolder(RoleHolding a, RoleHolding b) {
        return a.organization() == null || b.organization() == null || a.organization().sameAs(b.organization());
    }

    /** What makes two facts the same claim: kind, participants, what tells them apart, and the sentence. */
    private static String claimKey(Fact f) {
        StringBuilder k = new StringBuilder(f.kind()).append('|');
        f.participants().forEach(p -> k.append(p.kind()).append(':').append(p.key()).append(','));
        k.append('|').append(f.discriminator());
        return k.append('|').append(f.provenance().evidence().sentence()).toString();
    }

    /**
     * One claim found twice: the first finding, with a date only the second has ("took over from
     * Y, who had led it since 2018, on Tuesday": one rule gives Y's end, another Y's start).
     */
    private static Fact sameClaim(Fact a, Fact b) {
        if (a instanceof CommandTenure x && b instanceof CommandTenure y) {
            return new CommandTenure(x.commander(), x.mission(), x.rank() != null ? x.rank() : y.rank(),
                    x.start() != null ? x.start() : y.start(), x.end() != null ? x.end() : y.end(), x.provenance());
        }
        if (a instanceof Leadership x && b instanceof Leadership y) {
            return new Leadership(x.country(), x.mission(), x.start() != null ? x.start() : y.start(),
                    x.end() != null ? x.end() : y.end(), x.provenance());
        }
        return datesOf(b) > datesOf(a) ? b : a;
    }

    private static int datesOf(Fact f) {
        if (f instanceof CommandTenure c) {
            return (c.start() == null ? 0 : 1) + (c.end() == null ? 0 : 1);
        }
        if (f instanceof Leadership l) {
            return (l.start() == null ? 0 : 1) + (l.end() == null ? 0 : 1);
        }
        if (f instanceof MissionEvent e) {
            return (e.date() == null ? 0 : 1) + (e.until() == null ? 0 : 1);
        }
        return 0;
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

package org.missionkg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.missionkg.annotate.CoreNlpAnnotator;
import org.missionkg.annotate.DateResolver;
import org.missionkg.annotate.Tense;
import org.missionkg.model.AnnotatedArticle;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.Article;
import org.missionkg.model.EntityRef;
import org.missionkg.model.Fact;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.Leadership;
import org.missionkg.resolve.Gazetteer;
import org.missionkg.resolve.GazetteerMatch;
import org.missionkg.resolve.MissionNames;

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
    private static final String CODE_VERSION = "3";

    private final CoreNlpAnnotator annotator;
    private final Gazetteer gazetteer;
    private final RuleBook rules;
    private final SentenceSlots slots;
    private final FactBuilder builder;
    private final String version;

    private RuleBasedExtractor(CoreNlpAnnotator annotator, Gazetteer gazetteer, RuleBook rules) {
        this.annotator = annotator;
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.slots = new SentenceSlots(new DateResolver());
        this.builder = new FactBuilder(gazetteer);
        this.version = CODE_VERSION + "-" + hash(rules);
    }

    /** Loads CoreNLP (slow: tens of seconds), the bundled gazetteer and the bundled rules. */
    public static RuleBasedExtractor create() {
        return new RuleBasedExtractor(CoreNlpAnnotator.create(), Gazetteer.bundled(), RuleBook.bundled());
    }

    /** Another rule book and gazetteer over the same loaded CoreNLP (for the rule workbench). */
    RuleBasedExtractor with(RuleBook otherRules, Gazetteer otherGazetteer) {
        return new RuleBasedExtractor(annotator, otherGazetteer, otherRules);
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
        List<GazetteerMatch> bodyMatches = MissionNames.merge(clean, gazetteer.scan(clean));
        ArticleContext ctx = ArticleContext.of(article.id(), published, titleMatches, bodyMatches, clean);
        List<Fact> facts = new ArrayList<>();
        // Names first: "Olsen" in the second paragraph is the "Per Pugholm Olsen" of the fifth.
        for (AnnotatedSentence s : annotated.sentences()) {
            slots.find(clean, s, inSentence(s, bodyMatches), ctx);
        }
        Slot recent = null;
        for (AnnotatedSentence s : annotated.sentences()) {
            List<Slot> found = slots.find(clean, s, inSentence(s, bodyMatches), ctx);
            SentenceView view = new SentenceView(clean, s, found);
            if (explain != null) {
                explain.add("S" + s.index() + ": " + view.text());
            }
            EntityRef mission = found.stream().filter(x -> x.type() == SlotType.MISSION).map(Slot::entity)
                    .findFirst().orElse(ctx.focusMission());
            List<Slot> missions = found.stream().filter(x -> x.type() == SlotType.MISSION && x.entity() != null).toList();
            // "Its commander, X" or "the mission's commander" after a sentence that named a mission: that one.
            Slot previous = missions.stream().allMatch(x -> SentenceSlots.isBareMissionPhrase(x.text())) ? recent : null;
            recent = missions.isEmpty() ? null : missions.get(missions.size() - 1);
            boolean future = Tense.of(s.words(), s.posTags()) == Tense.FUTURE;
            for (Rule rule : rules.rules()) {
                if (future && rule.has(Rule.PAST_ONLY)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(view.text());
                while (m.find()) {
                    List<Fact> made = builder.build(rule, m, view, ctx, article.text(), mission, previous);
                    facts.addAll(made);
                    if (explain != null) {
                        explain.add("    " + rule.id() + " -> " + made.size() + " fact(s): " + m.group());
                    }
                }
            }
        }
        return dedupe(facts);
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
            out.add(f);
        }
        return out;
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

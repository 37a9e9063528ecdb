package org.missionkg.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.missionkg.extract.FactExtractor;
import org.missionkg.map.ArticleGraphMapper;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.model.Fact;
import org.missionkg.vocab.Iris;

/**
 * One article's named graph exactly as {@code ingest} stores it, without a store: extraction
 * within the time budget, the mapping, and the shapes check that leaves out the facts breaking
 * them. For jobs that make article graphs elsewhere (the Spark job) and hand them to a store
 * later; {@link Ingestor} maps and checks through the same {@link #mapChecked} code.
 *
 * <pre>
 *   try (ArticleGraphs graphs = ArticleGraphs.standard(extractor, Ingestor.DEFAULT_ARTICLE_BUDGET)) {
 *       ArticleGraphs.Result r = graphs.graphOf(article, Instant.now());   // throws MissionKgException: skipped
 *   }
 * </pre>
 *
 * Not thread-safe (it holds the budget's worker thread): one per thread; the extractor may be shared.
 */
public final class ArticleGraphs implements AutoCloseable {
    private final FactExtractor extractor;
    private final ArticleGraphMapper mapper;
    private final Ingestor.GraphCheck check;
    private final Budget budget;

    private ArticleGraphs(FactExtractor extractor, Ingestor.GraphCheck check, Duration budget) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = ArticleGraphMapper.create(extractor.version());
        this.check = check;
        this.budget = new Budget(Objects.requireNonNull(budget, "budget"));
    }

    /** As the CLI's ingest does it: the given extractor, the SHACL shapes check, the given time budget per article. */
    public static ArticleGraphs standard(FactExtractor extractor, Duration budget) {
        return new ArticleGraphs(extractor, StandardIngest::checkShapes, budget);
    }

    /**
     * An article's graph as stored: {@code graph} (its name is {@link Iris#articleGraph} of the
     * article's id), the facts kept in it, the facts left out for breaking the shapes and the
     * warnings about the article, one line each, as the ingest prints them.
     */
    public record Result(Model graph, List<Fact> facts, List<String> dropped, List<String> warnings) {
        public Result {
            Objects.requireNonNull(graph, "graph");
            facts = List.copyOf(facts);
            dropped = List.copyOf(dropped);
            warnings = List.copyOf(warnings);
        }
    }

    /** Extracts, maps and checks one article; throws {@link org.missionkg.model.MissionKgException} when it is skipped. */
    public Result graphOf(Article article, Instant ingestedAt) {
        List<String> warnings = new ArrayList<>(InputWarnings.of(article));
        List<Fact> extracted = budget.run(article, () -> extractor.extract(article));
        Result r = mapChecked(mapper, check, article, extracted, ingestedAt);
        if (r.facts().isEmpty()) {
            warnings.add(noFacts(article));
        }
        return new Result(r.graph(), r.facts(), r.dropped(), warnings);
    }

    /** The warning for an article stored with its metadata only. */
    static String noFacts(Article article) {
        return article.source() + ": no facts found in it (stored with its metadata only)";
    }

    /**
     * Maps the article and, with a check, drops the facts that break it and maps once more; throws
     * when what is wrong is not one fact's doing. The result's warnings are empty.
     */
    static Result mapChecked(ArticleGraphMapper mapper, Ingestor.GraphCheck check, Article article,
                             List<Fact> extracted, Instant now) {
        Model graph = mapper.map(article, extracted, now);
        List<String> dropped = new ArrayList<>();
        if (check != null) {
            Map<String, String> rejected = check.check(article, graph);
            if (!rejected.isEmpty()) {
                extracted = extracted.stream().filter(f -> !rejected.containsKey(Iris.fact(f))).toList();
                graph = mapper.map(article, extracted, now);
                Map<String, String> still = check.check(article, graph);
                if (!still.isEmpty()) {
                    throw new BadInputException(article.source(), "its graph breaks the shapes even without the "
                            + rejected.size() + " fact(s) that did: " + still.values().iterator().next());
                }
                rejected.forEach((fact, why) -> dropped.add(article.source() + ": fact " + fact + " left out: " + why));
            }
        }
        return new Result(graph, extracted, dropped, List.of());
    }

    @Override
    public void close() {
        budget.close();
    }
}

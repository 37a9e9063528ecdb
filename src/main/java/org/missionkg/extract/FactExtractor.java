package org.missionkg.extract;

import java.util.List;
import org.missionkg.model.Article;
import org.missionkg.model.Fact;

/**
 * Takes the facts out of one article, resolved to entities and ready to map. Implementations
 * annotate, extract and resolve; they are loaded once per process and reused.
 */
public interface FactExtractor {
    /** The facts the article states, each with its evidence; never null. */
    List<Fact> extract(Article article);

    /** Changes whenever the rules change, so that stored articles are extracted again. */
    String version();
}

package org.missionkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.vocab.Iris;

/**
 * What the names in one article stand for, worked out over the whole article before any sentence
 * is read: the gazetteer's matches, with what the article itself settles (its own short names for
 * a mission, missions it describes instead of naming, the phase of a mission active in the
 * story's year). That is resolution across sentences, which is {@code resolve}'s (DESIGN, and
 * issue 10); {@code resolve} comes after {@code extract} in the flow, so the extractor says here
 * what it needs and is handed it instead of calling {@code resolve}: {@code resolve.ArticleMentions},
 * given to {@link RuleBasedExtractor#create} by {@code pipeline.StandardIngest.extractor()}, which
 * the CLI and the Spark job use too.
 */
public interface MentionResolver {
    /** The title's matches, each mission settled by the article's date ({@code published} null: as scanned). */
    List<GazetteerMatch> inTitle(String title, LocalDate published);

    /**
     * The body's matches, in text order: the gazetteer's and the mission names it does not list,
     * with what the article settles. {@code cleanText} is the annotated article's cleaned text, so
     * the offsets point into the text as read.
     */
    List<GazetteerMatch> inBody(String cleanText, LocalDate published);

    /**
     * The person a full name the article prints stands for, when the article itself says no more
     * ({@link ArticleContext} asks once per new name; a later surname is that entity): a real
     * person's canonical name where the printed one is a title form or another spelling of it
     * ("Lord Robertson" is George Robertson), else the name as printed.
     */
    default EntityRef person(String printed) {
        return new EntityRef(EntityKind.PERSON, Iris.slug(printed), printed);
    }

    /**
     * The phase of a mission that was active in {@code year}, when that is another mission than the
     * one given (EUMAM Mozambique in 2021 was still EUTM Mozambique); empty when the mission itself was
     * active then, or nothing says which phase was.
     */
    default Optional<EntityRef> phaseIn(EntityRef mission, int year) {
        return Optional.empty();
    }
}

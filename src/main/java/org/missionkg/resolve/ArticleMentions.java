package org.missionkg.resolve;

import java.time.LocalDate;
import java.util.List;
import org.missionkg.extract.MentionResolver;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;

/**
 * The resolution the extractor asks for before it reads an article's sentences, over one
 * gazetteer: the gazetteer's matches and the mission names it does not list
 * ({@link MissionNames}), then the article's own short names for its missions
 * ({@link ArticleAliases}), then the missions it describes instead of naming
 * ({@link MissionDescriptions}), and last each mission settled by the story's date
 * ({@link MissionsInTime}), which also settles the descriptions.
 *
 * <pre>
 *   FactExtractor x = RuleBasedExtractor.create(ArticleMentions::over);
 * </pre>
 */
public final class ArticleMentions implements MentionResolver {
    private final Gazetteer gazetteer;
    private final MissionDescriptions descriptions;
    private final MissionsInTime eras;

    private ArticleMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.descriptions = MissionDescriptions.over(gazetteer);
        this.eras = MissionsInTime.over(gazetteer);
    }

    public static ArticleMentions over(Gazetteer gazetteer) {
        return new ArticleMentions(gazetteer);
    }

    @Override
    public List<GazetteerMatch> inTitle(String title, LocalDate published) {
        return eras.settle(gazetteer.scan(title), published);
    }

    @Override
    public List<GazetteerMatch> inBody(String cleanText, LocalDate published) {
        List<GazetteerMatch> named = ArticleAliases.add(cleanText, MissionNames.merge(cleanText, gazetteer.scan(cleanText)));
        return eras.settle(descriptions.add(cleanText, named), published);
    }
}

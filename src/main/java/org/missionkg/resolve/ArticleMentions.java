package org.missionkg.resolve;

import java.time.LocalDate;
import java.util.List;
import org.missionkg.extract.MentionResolver;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.MissionNames;
import org.missionkg.reference.OfficeHolders;

/**
 * The resolution the extractor asks for before it reads an article's sentences, over one
 * gazetteer: the gazetteer's matches and the mission names it does not list
 * ({@link MissionNames}), the missions it introduces by a description in apposition ({@link IntroducedMissions}), the
 * task forces named down a story on another mission, which are that mission's ({@link ComponentTaskForces}), the
 * formations it treats as its mission ({@link FormationNames}: "the Danbi Unit" in a story naming no other mission) or
 * a code name alone ({@link CodeNames}),
 * then the article's own short names for its missions ({@link ArticleAliases}), then the missions it describes instead of naming
 * ({@link MissionDescriptions}) and a country's troops described by where they serve ({@link NationalContingents}), and last each mission settled by the story's date
 * ({@link MissionsInTime}), which also settles the descriptions, and by the countries it names ({@link MissionsInPlace}:
 * a short name two missions share). A person's name the article
 * prints is the person's canonical one where it is a title form or another spelling of it
 * ({@link PersonNames}: "Lord Robertson" is George Robertson).
 *
 * <pre>
 *   FactExtractor x = RuleBasedExtractor.create(ArticleMentions::over);
 * </pre>
 */
public final class ArticleMentions implements MentionResolver {
    private final Gazetteer gazetteer;
    private final MissionDescriptions descriptions;
    private final NationalContingents contingents;
    private final MissionsInTime eras;
    private final MissionsInPlace places;
    private final PersonNames people;

    private ArticleMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.descriptions = MissionDescriptions.over(gazetteer);
        this.contingents = NationalContingents.over(gazetteer);
        this.eras = MissionsInTime.over(gazetteer);
        this.places = MissionsInPlace.over(gazetteer);
        this.people = PersonNames.over(gazetteer, OfficeHolders.bundled());
    }

    public static ArticleMentions over(Gazetteer gazetteer) {
        return new ArticleMentions(gazetteer);
    }

    @Override
    public List<GazetteerMatch> inTitle(String title, LocalDate published) {
        // an unlisted name by its shape too ("Explainer: fifteen years of Operation Resolute"); the
        // extractor lets such a name only break a tie, since a headline's capitals make names of
        // ordinary words ("Operation Resolute Turns Fifteen")
        return eras.settle(MissionNames.merge(title, gazetteer.scan(title)), published);
    }

    @Override
    public List<GazetteerMatch> inBody(String cleanText, LocalDate published) {
        List<GazetteerMatch> named = ArticleAliases.add(cleanText, CodeNames.add(cleanText,
                FormationNames.add(cleanText, IntroducedMissions.add(cleanText,
                        ComponentTaskForces.fold(cleanText, MissionNames.merge(cleanText, gazetteer.scan(cleanText)), gazetteer))),
                gazetteer));
        // a mission told by what it does and where ("the SADC Standby Force Mission in Ruritania") only where nothing
        // before, the descriptions of known missions included, found one
        return places.settle(eras.settle(NamedDescriptions.settle(cleanText, MissionNames.byKind(cleanText,
                contingents.add(cleanText, descriptions.add(cleanText, named), published))), published));
    }

    @Override
    public java.util.Optional<EntityRef> phaseIn(EntityRef mission, int year) {
        return eras.phaseIn(mission, year);
    }

    @Override
    public EntityRef person(String printed) {
        return people.person(printed);
    }
}

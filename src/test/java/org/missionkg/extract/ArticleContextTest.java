package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityRef;
import org.missionkg.reference.Gazetteer;

class ArticleContextTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static ArticleContext context(String title, String body) {
        return ArticleContext.of("t", LocalDate.of(2020, 1, 1), G.scan(title), G.scan(body), body);
    }

    @Test
    void aSurnameBeforeTheFullNameIsTheSamePersonOnceTheFullNameIsKnown() {
        ArticleContext ctx = context("", "");
        EntityRef early = ctx.person("Olsen", null);
        EntityRef full = ctx.person("Per Pugholm Olsen", "Lieutenant-General");
        assertEquals("Olsen", early.label());
        assertSame(full, ctx.person("Olsen", null));
        assertSame(full, ctx.person("Pugholm Olsen", null));
        assertEquals("Lieutenant-General", ctx.knownRank(ctx.person("Pugholm Olsen", null)));
    }

    @Test
    void aNewNameTakesTheResolversEntityAndItsSurnameFollows() {
        EntityRef george = new EntityRef(org.missionkg.model.EntityKind.PERSON, "george-robertson", "George Robertson");
        ArticleContext ctx = ArticleContext.of("t", LocalDate.of(2003, 1, 1), List.of(), java.util.Set.of(), List.of(), "",
                name -> name.equals("Lord Robertson") ? george : new EntityRef(org.missionkg.model.EntityKind.PERSON,
                        org.missionkg.vocab.Iris.slug(name), name));
        assertEquals(george, ctx.person("Lord Robertson", null));
        assertEquals(george, ctx.person("Robertson", null));
    }

    @Test
    void aLoneFamilyNameWrittenFirstIsThePersonNamedInFullAndASurnameStillWins() {
        ArticleContext ctx = context("", "");
        EntityRef wang = ctx.person("Wang Xiaojun", "Major General");
        EntityRef smith = ctx.person("Ann Smith", null);
        assertSame(wang, ctx.person("Wang", null));
        assertSame(smith, ctx.person("Smith", null));
        EntityRef other = ctx.person("Bo Ann", null);
        assertSame(other, ctx.person("Ann", null)); // a known surname before a first word
    }

    @Test
    void aMissionTheTitleNamesWinsATieForTheStorysMission() {
        String body = "Operation Northern Lantern guards the coast. Operation Quiet Harbour began later.";
        List<org.missionkg.reference.GazetteerMatch> matches = org.missionkg.reference.MissionNames.merge(body, G.scan(body));
        EntityRef lantern = matches.get(0).entity();
        EntityRef harbour = matches.get(1).entity();
        assertEquals(lantern, ArticleFacts.of("t", null, List.of(), matches, body).focusMission(), "the first of a tie");
        assertEquals(harbour, ArticleFacts.of("t", null, List.of(), java.util.Set.of(harbour), matches, body).focusMission());
        // the title breaks a tie only: a mission named more often stays the story's
        String more = body + " Operation Northern Lantern has 600 people.";
        List<org.missionkg.reference.GazetteerMatch> moreMatches = org.missionkg.reference.MissionNames.merge(more, G.scan(more));
        assertEquals(lantern, ArticleFacts.of("t", null, List.of(), java.util.Set.of(harbour), moreMatches, more).focusMission());
    }

    @Test
    void aMissionNamedByAnotherOfItsNamesCountsAsNamedNotDescribed() {
        // "Operation Aspides" is one of EUNAVFOR Aspides' names, not its label; the U.S.-led coalition a description
        String body = "Operation Aspides began in February. Operation Prosperity Guardian was set up in December.";
        assertEquals("EUNAVFOR Aspides", ArticleFacts.of("t", null, List.of(), G.scan(body), body).focusMission().label());
        String described = "The U.S.-led coalition struck again. Operation Aspides sailed.";
        assertEquals("EUNAVFOR Aspides", ArticleFacts.of("t", null, List.of(), G.scan(described), described).focusMission().label());
    }

    @Test
    void aMissionNamedAsThePredecessorIsNotTheStorysFocus() {
        String body = "EUPOL RD Congo, as the new mission is called, began work on Sunday. Unlike its predecessor, "
                + "EUPOL Kinshasa, it covers the whole country. EUPOL Kinshasa formally ended on Saturday.";
        List<org.missionkg.reference.GazetteerMatch> matches = org.missionkg.reference.MissionNames.merge(body, G.scan(body));
        assertEquals("EUPOL RD Congo", ArticleFacts.of("t", null, List.of(), matches, body).focusMission().label());
    }

    @Test
    void theTitleAndActorsDecideThePointOfViewCountryNotPlacesInAList() {
        ArticleContext ctx = context("New Canadian commander for NATO's Iraq mission",
                "Canada has commanded NATO Mission Iraq since 2018. Some 850 personnel serve across Iraq, "
                        + "Kuwait, Jordan and Lebanon. Sajjan will return to Canada.");
        assertEquals("Canada", ctx.facts().focusCountry().label());
    }

    @Test
    void aDemonymAfterAPrepositionIsStillAnActor() {
        ArticleContext ctx = context("", "Canada led the mission before Denmark took over. "
                + "Olsen, speaking to Danish reporters, said so. According to the Danish Defence Command, "
                + "roughly 130 are Danish.");
        assertEquals("Denmark", ctx.facts().focusCountry().label());
    }

    @Test
    void anOfficeOfAnOrganisationBelongsToTheOneTheMissionIsNamedAfter() {
        ArticleContext ctx = context("", "NATO Mission Iraq will grow, NATO said. The European Union welcomed it.");
        assertEquals("NATO", ctx.facts().focusOrganization().label());
    }

    @Test
    void aGovernmentNamedJustBeforeSaysWhoseABareTitleIsOnlyNearby() {
        ArticleContext ctx = context("", "");
        EntityRef kabore = new EntityRef(org.missionkg.model.EntityKind.PERSON, "kabore", "Kabore");
        EntityRef burkina = new EntityRef(org.missionkg.model.EntityKind.COUNTRY, "burkina-faso", "Burkina Faso");
        ctx.rememberRole(kabore, "President", burkina, 1000);
        assertSame(burkina, ctx.governmentNamedJustBefore(1180)); // "Defence Minister X said" two sentences on
        assertEquals(null, ctx.governmentNamedJustBefore(1600)); // paragraphs later: no longer that government's story
        assertEquals(null, ctx.governmentNamedJustBefore(900)); // before the president was named
    }
}

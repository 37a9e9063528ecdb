package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionkg.consolidate.ClaimModel.country;
import static org.missionkg.consolidate.ClaimModel.iri;
import static org.missionkg.consolidate.ClaimModel.mission;
import static org.missionkg.consolidate.ClaimModel.person;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/** The merge, choice, derivation and event-window rules on small made-up claims. */
class ConsolidationRulesTest {
    private static final EntityRef M = mission("m");
    private final ClaimModel claims = new ClaimModel();

    @Test
    void boundsComeFromTheNeighboursInTime() {
        claims.command("a1", person("ann"), M, "2015-01", null, "2015-02-01");
        Resource bob = claims.command("a2", person("bob"), M, "2016-03", "2017-06", "2017-07-01");
        claims.command("a3", person("cy"), M, null, "2018", "2019-01-01");
        Model out = consolidate();

        Resource ann = tenure(out, MKG.commander, person("ann"));
        assertEquals("2016-03", value(ann, MKG.end));
        assertDerived(ann, "end", "end-from-successor-start", Set.of(bob.getURI()));
        Resource cy = tenure(out, MKG.commander, person("cy"));
        assertEquals("2017-06", value(cy, MKG.start));
        assertDerived(cy, "start", "start-from-predecessor-end", Set.of(bob.getURI()));
        Resource b = tenure(out, MKG.commander, person("bob"));
        assertFalse(b.getProperty(MKG.inferred).getBoolean());
        assertEquals(ann, b.getPropertyResourceValue(MKG.predecessor));
        assertEquals(b, cy.getPropertyResourceValue(MKG.predecessor));
    }

    @Test
    void commandersAndLeadNationsAreOrderedApartAndALastCommanderEndsWithTheLeadNation() {
        Resource x = claims.lead("a1", country("x"), M, "2014", null, "2014-06-01");
        Resource y = claims.lead("a2", country("y"), M, "2016", null, "2016-06-01");
        claims.command("a3", person("pat"), M, "2015", null, "2015-06-01");
        Model out = consolidate();

        Resource xLead = tenure(out, MKG.country, country("x"));
        assertEquals("2016", value(xLead, MKG.end));
        assertDerived(xLead, "end", "end-from-successor-start", Set.of(y.getURI()));
        Resource pat = tenure(out, MKG.commander, person("pat"));
        assertEquals("2016", value(pat, MKG.end), "ends when x stops leading, itself derived");
        Resource d = assertDerived(pat, "end", "end-from-lead-nation-handover", Set.of(y.getURI(), x.getURI()));
        assertTrue(d.getProperty(MKG.note).getString().contains(iri(country("x"))), "says which country was assumed");
        assertNull(pat.getPropertyResourceValue(MKG.predecessor), "a country is no person's predecessor");
    }

    @Test
    void aStatedNationalityPicksTheLeadNationWhereTwoLed() {
        claims.lead("a1", country("x"), M, "2018", "2020-06", "2020-07-01");
        claims.lead("a2", country("y"), M, "2019-01", "2021-12", "2022-01-01");
        claims.command("a3", person("pat"), M, "2019-05", null, "2019-06-01");
        assertNull(value(tenure(consolidate(), MKG.commander, person("pat")), MKG.end),
                "two lead nations and no nationality: no guess");

        claims.role("a4", person("pat"), "Chief of the Defence Staff", country("x"));
        Resource pat = tenure(consolidate(), MKG.commander, person("pat"));
        assertEquals("2020-06", value(pat, MKG.end));
        Resource d = pat.getPropertyResourceValue(MKG.derivation);
        assertEquals("end-from-lead-nation-handover", d.getProperty(MKG.derivedBy).getString());
        assertFalse(d.hasProperty(MKG.note), "nothing assumed");
    }

    @Test
    void claimsMergeWhenTheirDatesOverlapOrAreAbsent() {
        claims.command("a1", person("ann"), M, "2010", "2011", "2012-01-01");
        Resource second = claims.command("a2", person("ann"), M, "2015-05", null, "2015-06-01");
        Resource undated = claims.command("a3", person("ann"), M, null, null, "2016-03-01");
        Model out = consolidate();

        List<Resource> tenures = out.listResourcesWithProperty(MKG.commander, out.createResource(iri(person("ann")))).toList();
        assertEquals(2, tenures.size(), "a second command five years later is another tenure");
        Resource later = tenures.stream().filter(t -> value(t, MKG.start) != null && value(t, MKG.start).equals("2015-05"))
                .findFirst().orElseThrow();
        assertEquals(Set.of(second.getURI(), undated.getURI()), objects(later, MKG.claim),
                "the undated claim joins the tenure under way when it was stated");
    }

    @Test
    void theMostPreciseValueWinsThenTheEarliestStated() {
        claims.lead("a1", country("x"), M, "2018", null, "2018-01-05");
        claims.lead("a2", country("x"), M, "2018-07", null, "2019-01-01");
        claims.lead("a3", country("x"), M, "2018-07", null, "2020-01-01");
        Model out = consolidate();

        Resource x = tenure(out, MKG.country, country("x"));
        assertEquals("2018-07", value(x, MKG.start));
        assertEquals("2018-07-31", x.getProperty(MKG.startLatest).getLiteral().getLexicalForm());
        assertEquals(3, objects(x, MKG.claim).size());
        assertFalse(out.contains(null, RDF.type, MKG.Conflict), "2018 and July 2018 agree");
    }

    @Test
    void eventsOfOneTypeWithinThirtyDaysAreOneEvent() {
        Resource first = claims.event("a1", M, EventType.SUSPENSION, "2020-01-04", null, "2020-01-05");
        Resource second = claims.event("a2", M, EventType.SUSPENSION, "2020-01-20", null, "2020-01-21");
        claims.event("a3", M, EventType.SUSPENSION, "2020-03-15", null, "2020-03-16");
        claims.event("a4", M, EventType.HANDOVER, "2020-11", country("x"), "2020-12-01");
        claims.event("a5", M, EventType.HANDOVER, "2020-11", person("pat"), "2020-12-01");
        Model out = consolidate();

        List<Resource> events = out.listResourcesWithProperty(RDF.type, MKG.MissionEvent).toList();
        assertEquals(4, events.size(), "two suspensions, and one handover per agent");
        List<Resource> conflicts = out.listResourcesWithProperty(RDF.type, MKG.Conflict).toList();
        assertEquals(1, conflicts.size());
        assertEquals("date", conflicts.get(0).getProperty(MKG.aspect).getString());
        assertEquals(Set.of(first.getURI(), second.getURI()), objects(conflicts.get(0), MKG.claim));
        assertEquals(out.createResource(iri(M)), conflicts.get(0).getPropertyResourceValue(MKG.mission));
    }

    @Test
    void aTenureSaidToStartBeforeTheMissionStartsIsAConflict() {
        Resource early = claims.lead("a1", country("x"), M, "2018-07", null, "2019-06-26");
        Resource agrees = claims.lead("a2", country("x"), M, "2018", null, "2020-01-07");
        Resource start = claims.event("a3", M, EventType.START, "2018-23", null, "2018-07-11");
        claims.event("a4", M, EventType.LAUNCH, "2018-07-11", null, "2018-07-11");
        claims.command("a5", person("pat"), M, "2018-10", null, "2019-01-01");
        Model out = consolidate();

        List<Resource> conflicts = out.listResourcesWithProperty(RDF.type, MKG.Conflict).toList();
        assertEquals(1, conflicts.size(), "a launch (the decision) may come before the start; 2018 agrees with autumn");
        Resource c = conflicts.get(0);
        assertEquals("start", c.getProperty(MKG.aspect).getString());
        assertEquals(out.createResource(iri(country("x"))), c.getPropertyResourceValue(MKG.subject));
        assertEquals(Set.of(early.getURI(), start.getURI()), objects(c, MKG.claim));
        assertFalse(objects(c, MKG.claim).contains(agrees.getURI()));

        Resource earlier = claims.lead("a6", country("x"), M, "2018-01", null, "2018-02-01");
        List<Resource> again = consolidate().listResourcesWithProperty(RDF.type, MKG.Conflict).toList();
        assertEquals(1, again.size(), "the tenure's own disagreement and the one with the start event are one conflict");
        assertEquals(Set.of(early.getURI(), earlier.getURI(), start.getURI()), objects(again.get(0), MKG.claim));
    }

    @Test
    void impreciseDatesMustOverlapToBeOneEvent() {
        claims.event("a1", M, EventType.SUSPENSION, "2020-01", null, "2020-02-01");
        claims.event("a2", M, EventType.SUSPENSION, "2020-03", null, "2020-04-01");
        claims.event("a3", M, EventType.SUSPENSION, "2020-01-06", null, "2020-01-07");
        claims.event("a4", M, EventType.SUSPENSION, "2020-01-25", null, "2020-01-26");
        Model out = consolidate();
        assertEquals(2, out.listResourcesWithProperty(RDF.type, MKG.MissionEvent).toList().size(),
                "January (a month, and two days within it) and March are two suspensions, 29 days apart at their nearest");
        assertEquals(1, out.listResourcesWithProperty(RDF.type, MKG.Conflict).toList().size(),
                "the 6th and the 25th of January disagree; March is another event, not a third side");
    }

    @Test
    void onlyTheFirstTenureMeetsOnlyTheEarliestStartEvent() {
        claims.lead("a1", country("x"), M, "2018-11", null, "2019-01-01");
        claims.lead("a2", country("y"), M, "2020-11", null, "2021-01-01");
        claims.event("a3", M, EventType.START, "2018-23", null, "2018-07-11");
        claims.event("a4", M, EventType.START, "2021-06-01", null, "2021-06-02"); // a handover misread as a start
        Model out = consolidate();
        assertFalse(out.contains(null, RDF.type, MKG.Conflict),
                "y's start is before the misread start, but y is not the first lead nation; x agrees with autumn 2018");
    }

    @Test
    void unreadableInputNamesTheFact() {
        Resource bad = claims.command("a1", person("ann"), M, "2015", null, null);
        bad.removeAll(MKG.start).addProperty(MKG.start, "autumn 2015");
        var e = assertThrows(IllegalArgumentException.class, this::consolidate);
        assertTrue(e.getMessage().contains(bad.getURI()), e.getMessage());
    }

    private Model consolidate() {
        return new Consolidator().consolidate(claims.model);
    }

    private static Resource tenure(Model out, Property role, EntityRef who) {
        List<Resource> found = out.listResourcesWithProperty(role, out.createResource(iri(who))).toList();
        assertEquals(1, found.size(), who.key());
        return found.get(0);
    }

    private static String value(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getLiteral().getLexicalForm() : null;
    }

    private static Resource assertDerived(Resource fact, String aspect, String rule, Set<String> from) {
        assertTrue(fact.getProperty(MKG.inferred).getBoolean());
        Resource d = fact.listProperties(MKG.derivation).toList().stream().map(s -> s.getResource())
                .filter(r -> r.getProperty(MKG.aspect).getString().equals(aspect)).findFirst().orElseThrow();
        assertEquals(rule, d.getProperty(MKG.derivedBy).getString());
        assertEquals(from, objects(d, PROV.wasDerivedFrom));
        return d;
    }

    private static Set<String> objects(Resource r, Property p) {
        Set<String> out = new TreeSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            out.add(o.isURIResource() ? o.asResource().getURI() : o.toString());
        });
        return out;
    }
}

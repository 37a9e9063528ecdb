package org.missionkg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EventType;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.RoleHolding;
import org.missionkg.model.Stationing;
import org.missionkg.model.TroopContribution;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;

/** Writes each kind of fact as its n-ary node; the common provenance goes through the mapper. */
final class FactMapper {
    private final Model m;
    private final ArticleGraphMapper mapper;

    FactMapper(Model m, ArticleGraphMapper mapper) {
        this.m = m;
        this.mapper = mapper;
    }

    void map(Fact fact, Resource article) {
        Resource node = m.createResource(Iris.fact(fact));
        mapper.provenance(node, fact.provenance(), article);
        if (fact instanceof CommandTenure c) {
            node.addProperty(RDF.type, MKG.CommandTenure)
                    .addProperty(MKG.commander, ArticleGraphMapper.entity(m, c.commander()))
                    .addProperty(MKG.mission, ArticleGraphMapper.entity(m, c.mission()));
            if (c.rank() != null) {
                node.addProperty(MKG.rank, c.rank());
            }
            startAndEnd(node, c.start(), c.end());
        } else if (fact instanceof Leadership l) {
            node.addProperty(RDF.type, MKG.Leadership)
                    .addProperty(MKG.country, ArticleGraphMapper.entity(m, l.country()))
                    .addProperty(MKG.mission, ArticleGraphMapper.entity(m, l.mission()));
            startAndEnd(node, l.start(), l.end());
        } else if (fact instanceof MissionEvent e) {
            node.addProperty(RDF.type, MKG.MissionEvent)
                    .addProperty(MKG.mission, ArticleGraphMapper.entity(m, e.mission()))
                    .addProperty(MKG.eventType, m.createResource(Iris.eventType(e.type().code())));
            if (e.agent() != null) {
                // A relocation's "who" is where the mission goes, not someone acting.
                node.addProperty(e.type() == EventType.RELOCATION ? MKG.destination : MKG.agent,
                        ArticleGraphMapper.entity(m, e.agent()));
            }
            if (e.note() != null) {
                node.addProperty(MKG.note, e.note());
            }
            ArticleGraphMapper.time(node, e.date(), MKG.date, MKG.dateEarliest, MKG.dateLatest);
            ArticleGraphMapper.time(node, e.until(), MKG.until, MKG.untilEarliest, MKG.untilLatest);
        } else if (fact instanceof TroopContribution t) {
            node.addProperty(RDF.type, MKG.TroopContribution)
                    .addProperty(MKG.country, ArticleGraphMapper.entity(m, t.country()))
                    .addLiteral(MKG.count, m.createTypedLiteral(t.count(), XSDDatatype.XSDinteger))
                    .addProperty(MKG.countQualifier, m.createResource(Iris.countQualifier(t.qualifier().code())))
                    .addProperty(MKG.valueText, t.valueText());
            if (t.mission() != null) {
                node.addProperty(MKG.mission, ArticleGraphMapper.entity(m, t.mission()));
            }
            if (t.counts() != null) {
                node.addProperty(MKG.counts, t.counts());
            }
            if (t.fromCount() != null) {
                node.addLiteral(MKG.fromCount, m.createTypedLiteral(t.fromCount(), XSDDatatype.XSDinteger));
                if (t.fromQualifier() != null) {
                    node.addProperty(MKG.fromQualifier, m.createResource(Iris.countQualifier(t.fromQualifier().code())));
                }
            }
            ArticleGraphMapper.time(node, t.date(), MKG.date, MKG.dateEarliest, MKG.dateLatest);
        } else if (fact instanceof RoleHolding r) {
            node.addProperty(RDF.type, MKG.RoleHolding)
                    .addProperty(MKG.person, ArticleGraphMapper.entity(m, r.person()))
                    .addProperty(MKG.role, r.role());
            if (r.organization() != null) {
                node.addProperty(MKG.organization, ArticleGraphMapper.entity(m, r.organization()));
            }
        } else if (fact instanceof Stationing s) {
            node.addProperty(RDF.type, MKG.Stationing)
                    .addProperty(MKG.subject, ArticleGraphMapper.entity(m, s.subject()))
                    .addProperty(MKG.place, ArticleGraphMapper.entity(m, s.place()));
            if (s.country() != null) {
                node.addProperty(MKG.country, ArticleGraphMapper.entity(m, s.country()));
            }
        }
    }

    /** A tenure and a leadership are both spans of time: their ends are written alike, so queries read them alike. */
    private static void startAndEnd(Resource node, FuzzyDate start, FuzzyDate end) {
        ArticleGraphMapper.time(node, start, MKG.start, MKG.startEarliest, MKG.startLatest);
        ArticleGraphMapper.time(node, end, MKG.end, MKG.endEarliest, MKG.endLatest);
    }
}

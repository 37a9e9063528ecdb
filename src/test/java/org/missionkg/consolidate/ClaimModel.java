package org.missionkg.consolidate;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.missionkg.model.CommandTenure;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.EventType;
import org.missionkg.model.Evidence;
import org.missionkg.model.Fact;
import org.missionkg.model.FuzzyDate;
import org.missionkg.model.Leadership;
import org.missionkg.model.MissionEvent;
import org.missionkg.model.Provenance;
import org.missionkg.model.RoleHolding;
import org.missionkg.vocab.Iris;
import org.missionkg.vocab.MKG;
import org.missionkg.vocab.PROV;

/** Builds small article-fact models for rule tests: only what consolidation reads. */
final class ClaimModel {
    final Model model = ModelFactory.createDefaultModel();
    private int offset;

    static EntityRef person(String key) {
        return new EntityRef(EntityKind.PERSON, key, key);
    }

    static EntityRef country(String key) {
        return new EntityRef(EntityKind.COUNTRY, key, key);
    }

    static EntityRef mission(String key) {
        return new EntityRef(EntityKind.MISSION, key, key);
    }

    static String iri(EntityRef ref) {
        return Iris.entity(ref);
    }

    Resource command(String article, EntityRef person, EntityRef mission, String start, String end, String asOf) {
        CommandTenure f = new CommandTenure(person, mission, null, date(start), date(end), provenance(article, asOf));
        return fact(f, MKG.CommandTenure).addProperty(MKG.commander, entity(person)).addProperty(MKG.mission, entity(mission));
    }

    Resource lead(String article, EntityRef country, EntityRef mission, String start, String end, String asOf) {
        Leadership f = new Leadership(country, mission, date(start), date(end), provenance(article, asOf));
        return fact(f, MKG.Leadership).addProperty(MKG.country, entity(country)).addProperty(MKG.mission, entity(mission));
    }

    Resource event(String article, EntityRef mission, EventType type, String date, EntityRef agent, String asOf) {
        MissionEvent f = new MissionEvent(mission, type, date(date), null, agent, null, provenance(article, asOf));
        Resource r = fact(f, MKG.MissionEvent).addProperty(MKG.mission, entity(mission))
                .addProperty(MKG.eventType, model.createResource(Iris.eventType(type.code())));
        return agent == null ? r : r.addProperty(MKG.agent, entity(agent));
    }

    Resource role(String article, EntityRef person, String role, EntityRef organization) {
        RoleHolding f = new RoleHolding(person, role, organization, provenance(article, null));
        return fact(f, MKG.RoleHolding).addProperty(MKG.person, entity(person))
                .addProperty(MKG.role, role).addProperty(MKG.organization, entity(organization));
    }

    private Resource fact(Fact f, Resource type) {
        Resource r = model.createResource(Iris.fact(f)).addProperty(RDF.type, type)
                .addProperty(PROV.wasDerivedFrom, model.createResource(Iris.article(f.provenance().articleId())));
        FuzzyDate asOf = f.provenance().asOf();
        if (asOf != null) {
            edtf(r, MKG.asOf, asOf);
        }
        if (f instanceof CommandTenure c) {
            edtf(r, MKG.start, c.start());
            edtf(r, MKG.end, c.end());
        } else if (f instanceof Leadership l) {
            edtf(r, MKG.start, l.start());
            edtf(r, MKG.end, l.end());
        } else if (f instanceof MissionEvent e) {
            edtf(r, MKG.date, e.date());
        }
        return r;
    }

    private void edtf(Resource r, Property p, FuzzyDate d) {
        if (d != null) {
            r.addProperty(p, model.createTypedLiteral(d.edtf(), TypeMapper.getInstance().getSafeTypeByName(Iris.EDTF_DATATYPE)));
        }
    }

    private Resource entity(EntityRef ref) {
        return model.createResource(Iris.entity(ref));
    }

    private Provenance provenance(String article, String asOf) {
        offset += 2;
        return new Provenance(article, new Evidence(offset, offset + 1, "x", "", "", "x"), 0.9, "test", date(asOf));
    }

    private static FuzzyDate date(String edtf) {
        return edtf == null ? null : FuzzyDate.parse(edtf);
    }
}

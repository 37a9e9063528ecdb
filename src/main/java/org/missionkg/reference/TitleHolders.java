package org.missionkg.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.vocab.MKG;

/**
 * Whose office a title names, from what the gazetteer says of the title and what is known of the
 * person holding it: "President Cyril Ramaphosa" is South Africa's president (from
 * {@link OfficeHolders}), "Secretary General" is an office of organisations only, a special
 * representative heads a mission. The extractor asks here when the sentence itself does not say.
 */
public final class TitleHolders {
    /** The kinds of office a gazetteer role can name ({@link OfficeHolders#holderOf}), by the role's local name. */
    private static final Map<String, String> TITLE_KINDS = Map.ofEntries(
            Map.entry("president", "president"),
            Map.entry("prime-minister", "prime minister"),
            Map.entry("vice-president", "vice president"),
            Map.entry("minister-of-defence", "defence minister"),
            Map.entry("secretary-of-defense", "defence minister"),
            Map.entry("minister-of-foreign-affairs", "foreign minister"),
            Map.entry("secretary-of-state", "foreign minister"),
            Map.entry("minister", "minister"),
            Map.entry("secretary-general", "secretary-general"),
            Map.entry("chief-of-the-defence-staff", "chief of defence"),
            Map.entry("chairman-of-the-joint-chiefs-of-staff", "chief of defence"),
            Map.entry("high-representative-for-foreign-affairs", "high representative"));

    private final Gazetteer gazetteer;
    private final OfficeHolders officeHolders;

    public TitleHolders(Gazetteer gazetteer, OfficeHolders officeHolders) {
        this.gazetteer = gazetteer;
        this.officeHolders = officeHolders;
    }

    /** The bundled gazetteer and table of office holders. */
    public static TitleHolders bundled() {
        return new TitleHolders(Gazetteer.bundled(), OfficeHolders.bundled());
    }

    /**
     * The country or organisation a well-known person held this titled office for around that
     * day ("President Cyril Ramaphosa": South Africa); empty when the table does not know the
     * person in such an office then, or the holder is not in the gazetteer.
     */
    public Optional<EntityRef> holder(EntityRef person, String roleIri, LocalDate around) {
        String kind = TITLE_KINDS.get(localName(roleIri));
        if (kind == null) {
            return Optional.empty();
        }
        return officeHolders.holderOf(person.label(), kind, around)
                .flatMap(gazetteer::lookup)
                .map(GazetteerMatch::entity)
                .filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.ORGANIZATION);
    }

    /** An office only organisations have (Secretary General), never a country or a mission. */
    public boolean isOrganizationOffice(String roleIri) {
        Model model = gazetteer.model();
        Resource r = model.getResource(roleIri);
        return model.contains(r, MKG.roleOf, MKG.Organization)
                && !model.contains(r, MKG.roleOf, MKG.Country)
                && !model.contains(r, MKG.roleOf, MKG.Mission);
    }

    /** An office of a state, province or region ("Governor"): whose it is, the place named with it says. */
    public boolean isPlaceOffice(String roleIri) {
        Model model = gazetteer.model();
        return model.contains(model.getResource(roleIri), MKG.roleOf, MKG.Place);
    }

    /** A special representative or head of mission: the civilian head of the mission the story is about. */
    public boolean headsMission(String roleIri) {
        String name = localName(roleIri);
        return name.equals("special-representative") || name.equals("head-of-mission");
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}

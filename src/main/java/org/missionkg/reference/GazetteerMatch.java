package org.missionkg.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;

/**
 * One alias found in a text (or looked up): the span {@code [start, end)} into the text
 * as given, the text of that span, what kind of name it is, the IRI it names, that IRI's
 * label, and the entity (null for ranks and roles). A demonym ("Danish") names its
 * country: its IRI, label and entity are the country's.
 */
public record GazetteerMatch(int start, int end, String surface, Category category, String iri, String label,
                             EntityRef entity) {

    /** What kind of name a match is. */
    public enum Category {
        MISSION(EntityKind.MISSION),
        COUNTRY(EntityKind.COUNTRY),
        DEMONYM(EntityKind.COUNTRY),
        ORGANIZATION(EntityKind.ORGANIZATION),
        PLACE(EntityKind.PLACE),
        PERSON(EntityKind.PERSON),
        RANK(null),
        ROLE(null);

        private final EntityKind kind;

        Category(EntityKind kind) {
            this.kind = kind;
        }

        /** The kind of entity this category names, or null for ranks and roles. */
        public EntityKind entityKind() {
            return kind;
        }
    }

    public GazetteerMatch {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if ((entity == null) != (category.entityKind() == null)) {
            throw new IllegalArgumentException(category + " match must " + (entity == null ? "" : "not ")
                    + "have an entity");
        }
    }

    /** Whether some match shares a character with {@code [start, end)}. */
    public static boolean anyOverlaps(int start, int end, List<GazetteerMatch> matches) {
        for (GazetteerMatch g : matches) {
            if (g.start() < end && start < g.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches with {@code added} put in, in text order (by start, then end): a match that
     * overlaps an added one gives way to it. How a finder that knows better over a span (an
     * unlisted mission name, an article's own short name) puts its matches over the gazetteer's.
     */
    public static List<GazetteerMatch> addOver(List<GazetteerMatch> matches, List<GazetteerMatch> added) {
        List<GazetteerMatch> all = new ArrayList<>();
        for (GazetteerMatch g : matches) {
            if (!anyOverlaps(g.start(), g.end(), added)) {
                all.add(g);
            }
        }
        all.addAll(added);
        all.sort(Comparator.comparingInt(GazetteerMatch::start).thenComparingInt(GazetteerMatch::end));
        return all;
    }
}

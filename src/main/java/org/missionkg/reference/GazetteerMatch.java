package org.missionkg.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
     * What this match names, found over another span of the text: "the EU Border Assistance Mission for the Rafah
     * Crossing Point, known as EUBAM Rafah" is a mention of what "EUBAM Rafah" matched.
     */
    public GazetteerMatch over(String text, int start, int end) {
        return new GazetteerMatch(start, end, text.substring(start, end), category, iri, label, entity);
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

    /** Words that name a mission's shape, not which one it is ("Operation", "Task Force", "Group"), beside its kind's words. */
    private static final Set<String> SHAPE_WORDS = Set.of("Operation", "Task", "Group", "Command", "Coalition");

    /**
     * Whether this match names what it matches, not describes it: its label as printed, an acronym ("UNMISS", "OIR"), or a
     * surface holding a word of the label that is the mission's own ("Operation Aspides" for "EUNAVFOR Aspides"),
     * unlike a description ("the U.S.-led coalition", "the EU's naval mission in the Red Sea").
     */
    public boolean byName() {
        if (label == null || surface.equalsIgnoreCase(label) || surface.matches("\\p{Lu}{3,}[\\p{Lu}\\d-]*")) {
            return true;
        }
        Set<String> own = new HashSet<>(Arrays.asList(label.split("[^\\p{L}\\d]+")));
        for (String w : surface.split("[^\\p{L}\\d]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && own.contains(w) && !SHAPE_WORDS.contains(w)
                    && !MissionNames.isKindWord(w)) {
                return true;
            }
        }
        return false;
    }
}

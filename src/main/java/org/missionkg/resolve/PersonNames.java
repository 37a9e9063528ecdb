package org.missionkg.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionkg.model.EntityKind;
import org.missionkg.model.EntityRef;
import org.missionkg.model.NameTitles;
import org.missionkg.reference.Gazetteer;
import org.missionkg.reference.GazetteerMatch;
import org.missionkg.reference.OfficeHolders;
import org.missionkg.vocab.Iris;

/**
 * A real person's canonical full name for a name an article prints, from what the reference data
 * knows of the person (a gazetteer person's {@code skos:altLabel}, an office holder's
 * also_known_as): "Lord Robertson" is George Robertson, "Franjo Tudjman" is Franjo Tuđman. The
 * knowledge graph then holds one person whatever each outlet prints.
 *
 * <p>Only forms that are not themselves the person's full name give way: a title in place of the
 * given name ("Lord Robertson"), the same name spelt without its accents or transliterated
 * ("Joerg" for "Jörg", "dj" for "đ"), a short given name ("Pat Nash" for Patrick Nash). A full
 * name the article prints stands as printed even when the table lists the person under another
 * ("Thomas Thabane" is not rewritten to the table's "Tom Thabane", nor "Yusuf Haji" to "Mohamed
 * Yusuf Haji"): both are the person's names, and the article's is what a reader checks the fact
 * against.
 *
 * <pre>
 *   PersonNames.over(Gazetteer.bundled(), OfficeHolders.bundled()).canonical("Lord Robertson") // "George Robertson"
 * </pre>
 */
public final class PersonNames {
    /** Titles printed in place of a given name: "Lord Robertson", "Dame Karen Pierce" is a full name anyway. */
    private static final Set<String> TITLES = Set.of("lord", "lady", "baron", "baroness", "viscount", "earl");

    private final Gazetteer gazetteer;
    private final OfficeHolders holders;

    private PersonNames(Gazetteer gazetteer, OfficeHolders holders) {
        this.gazetteer = gazetteer;
        this.holders = holders;
    }

    public static PersonNames over(Gazetteer gazetteer, OfficeHolders holders) {
        return new PersonNames(gazetteer, holders);
    }

    /** The canonical name for a printed full name, else the printed name. */
    public String canonical(String printed) {
        String asPrinted = NameTitles.dropBeforeFullName(printed);
        Optional<String> known = gazetteer.lookup(asPrinted)
                .filter(m -> m.category() == GazetteerMatch.Category.PERSON && m.entity() != null)
                .map(m -> m.entity().label())
                .or(() -> holders.nameOf(asPrinted));
        // A difference of case alone is the outlet's style ("al-Kadhimi", "Al-Kadhimi"), not another name.
        return known.filter(name -> !name.equalsIgnoreCase(asPrinted) && givesWay(asPrinted, name)).orElse(asPrinted);
    }

    /** The person's entity under its canonical name. */
    public EntityRef person(String printed) {
        String name = canonical(printed);
        return new EntityRef(EntityKind.PERSON, Iris.slug(name), name);
    }

    /** Whether the printed form is another spelling, a title form or a short given name of the canonical one. */
    static boolean givesWay(String printed, String canonical) {
        List<String> p = words(printed);
        List<String> c = words(canonical);
        if (p.isEmpty() || c.isEmpty()) {
            return false;
        }
        if (p.equals(c) || String.join("", p).equals(String.join("", c))) {
            return true; // accents, transliteration, "Fils-Aime" for "Fils-Aimé"
        }
        if (p.size() != 2 || !p.get(1).equals(c.get(c.size() - 1))) {
            return false;
        }
        String given = p.get(0);
        // "Lord Robertson"; "Pat Nash" (Patrick): the printed given name begins the canonical one and is shorter.
        return TITLES.contains(given) || c.get(0).length() > given.length() && c.get(0).startsWith(given);
    }

    /** The name's words folded (case, accents) with the common transliterations undone: "Joerg" and "Jörg", "Tudjman" and "Tuđman". */
    static List<String> words(String name) {
        String a = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        return Arrays.stream(a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.replace("dj", "d").replace("oe", "o").replace("ae", "a").replace("ue", "u"))
                .toList();
    }
}

package org.missionkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.missionkg.model.BadInputException;
import org.missionkg.model.EntityKind;

/**
 * The Wikidata classes a candidate item must belong to (directly or through subclasses) to be
 * linked to an entity of each kind. Configuration, not code: the bundled set comes from
 * {@code data/wikidata-classes.tsv} (on the classpath as {@value #RESOURCE}); tests and users
 * can give their own.
 *
 * @param classes the class QIDs ("Q5") per kind; a kind that is absent or empty is never linked automatically
 */
public record TypeClasses(Map<EntityKind, Set<String>> classes) {
    public static final String RESOURCE = "/missionkg/wikidata-classes.tsv";

    /** The kinds the linker reconciles (outlets are not). */
    public static final Set<EntityKind> LINKABLE = Set.of(EntityKind.PERSON, EntityKind.COUNTRY,
            EntityKind.ORGANIZATION, EntityKind.PLACE, EntityKind.MISSION);

    public TypeClasses {
        EnumMap<EntityKind, Set<String>> copy = new EnumMap<>(EntityKind.class);
        classes.forEach((kind, qids) -> {
            if (!LINKABLE.contains(kind)) {
                throw new IllegalArgumentException("the linker does not link " + kind.path() + " entities");
            }
            for (String qid : qids) {
                if (!qid.matches("Q[1-9][0-9]*")) {
                    throw new IllegalArgumentException("not a Wikidata item ID: '" + qid + "'");
                }
            }
            copy.put(kind, Set.copyOf(new TreeSet<>(qids)));
        });
        classes = Map.copyOf(copy);
    }

    /** The class QIDs for a kind, sorted; empty when the kind has none. */
    public Set<String> of(EntityKind kind) {
        return new TreeSet<>(classes.getOrDefault(kind, Set.of()));
    }

    /** Every class of every kind, sorted. */
    public Set<String> all() {
        TreeSet<String> out = new TreeSet<>();
        classes.values().forEach(out::addAll);
        return out;
    }

    /** The bundled classes ({@code data/wikidata-classes.tsv}). */
    public static TypeClasses bundled() {
        try (InputStream in = TypeClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file of the bundled file's form. */
    public static TypeClasses read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses tab-separated lines {@code kind, QID[, label[, note]]}; {@code #} lines, blank lines
     * and a header line starting with {@code kind} are skipped.
     */
    public static TypeClasses parse(String text, String source) {
        Map<EntityKind, Set<String>> out = new EnumMap<>(EntityKind.class);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new BadInputException(source, i + 1, "expected 'kind<TAB>QID', got '" + line + "'");
            }
            EntityKind kind = kind(cols[0].strip(), source, i + 1);
            String qid = cols[1].strip();
            if (!qid.matches("Q[1-9][0-9]*")) {
                throw new BadInputException(source, i + 1, "not a Wikidata item ID: '" + qid + "'");
            }
            out.computeIfAbsent(kind, k -> new TreeSet<>()).add(qid);
        }
        return new TypeClasses(out);
    }

    private static EntityKind kind(String name, String source, int line) {
        for (EntityKind k : LINKABLE) {
            if (k.path().equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        List<String> names = new ArrayList<>(LINKABLE.stream().map(EntityKind::path).sorted().toList());
        throw new BadInputException(source, line, "unknown kind '" + name + "' (" + String.join(", ", names) + ")");
    }
}

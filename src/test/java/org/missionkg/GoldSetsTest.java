package org.missionkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry of gold sets is whole, and the README's workbench command names every set in it. */
class GoldSetsTest {
    static final Pattern WORKBENCH = Pattern.compile("(?m)^\\./dev/workbench (.*)$");

    @Test
    void everySetHasItsArticlesAndGold() {
        List<GoldSets.GoldSet> sets = GoldSets.all();
        assertTrue(sets.size() >= 14, sets.toString());
        assertEquals(sets.size(), new TreeSet<>(sets.stream().map(GoldSets.GoldSet::name).toList()).size(), "names");
        for (GoldSets.GoldSet s : sets) {
            assertTrue(Files.isDirectory(s.articles()), s.name() + ": no " + s.articles());
            assertTrue(Files.isRegularFile(s.gold()), s.name() + ": no " + s.gold());
            assertTrue(s.minPrecision() > 0 && s.minPrecision() <= 1 && s.minRecall() > 0 && s.minRecall() <= 1,
                    s.toString());
        }
        assertTrue(sets.stream().map(GoldSets.GoldSet::name).toList().containsAll(GoldSets.ALWAYS_SCORED));
    }

    /** The README's line is prose a reader copies; this keeps it from falling behind the registry. */
    @Test
    void theReadmesWorkbenchCommandNamesEverySet() throws IOException {
        Matcher m = WORKBENCH.matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has no ./dev/workbench command line");
        List<String> tuned = new ArrayList<>();
        List<String> blind = new ArrayList<>();
        List<String> into = tuned;
        for (String arg : m.group(1).strip().split("\\s+")) {
            if (arg.equals("--blind")) {
                into = blind;
            } else {
                into.add(Path.of(arg).getFileName().toString());
                assertTrue(arg.startsWith("src/test/resources/"), "README workbench argument " + arg);
            }
        }
        List<String> wantTuned = new ArrayList<>();
        List<String> wantBlind = new ArrayList<>();
        for (GoldSets.GoldSet s : GoldSets.all()) {
            if (!GoldSets.ALWAYS_SCORED.contains(s.name())) {
                (s.blind() ? wantBlind : wantTuned).add(s.name());
            }
        }
        assertEquals(new TreeSet<>(wantTuned), new TreeSet<>(tuned),
                "README.md's ./dev/workbench line, before --blind: the tuned sets of " + GoldSets.REGISTRY);
        assertEquals(new TreeSet<>(wantBlind), new TreeSet<>(blind),
                "README.md's ./dev/workbench line, after --blind: the blind sets of " + GoldSets.REGISTRY);
    }

    @Test
    void aLineTheRegistryCannotReadIsNamed() {
        String header = "set\trole\tprecision\trecall\tdates";
        assertEquals(List.of(new GoldSets.GoldSet("x", true, 0.5, 0.25, OptionalDouble.empty())),
                GoldSets.parse(List.of("# a comment", header, "x\tblind\t0.5\t0.25\t-")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GoldSets.parse(List.of(header, "x\tsecret\t0.5\t0.25\t-")));
        assertTrue(e.getMessage().contains("[line 2]") && e.getMessage().contains("tuned|blind"), e.getMessage());
    }
}

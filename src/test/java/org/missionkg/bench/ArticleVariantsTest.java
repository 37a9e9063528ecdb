package org.missionkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.model.Article;
import org.missionkg.read.ArticleReader;
import org.missionkg.screen.ScreenSets;

/** The benchmark's article variants: distinct, re-dated, renamed, and readable as JSON Lines. */
class ArticleVariantsTest {
    @TempDir
    Path dir;

    @Test
    void threeHundredDistinctVariantsOfTheGoldSets() throws IOException {
        List<Article> sources = new ArrayList<>();
        ScreenSets.all().forEach(s -> sources.addAll(s.articles()));
        List<Article> variants = ArticleVariants.of(sources, IngestBench.people(), 300);
        assertEquals(300, variants.size());
        assertEquals(300, variants.stream().map(Article::text).collect(Collectors.toSet()).size());
        assertEquals(300, variants.stream().map(Article::id).collect(Collectors.toSet()).size());

        Path file = dir.resolve("v.jsonl");
        Files.writeString(file, JsonLines.of(variants));
        List<Article> read = ArticleReader.create().read(file);
        assertEquals(variants.stream().map(Article::text).toList(), read.stream().map(Article::text).toList());
        assertEquals(variants.get(0).meta().published(), read.get(0).meta().published());
    }

    @Test
    void aVariantMovesYearsAndRenamesPeople() {
        String text = "Major General Jennie Carignan took command in November 2019; Carignan left in 2020.";
        String v = ArticleVariants.swapNames(ArticleVariants.shiftYears(text, 2), List.of("Jennie Carignan"), 2);
        assertTrue(v.contains("November 2017") && v.contains("in 2018."), v);
        assertFalse(v.contains("Carignan"), v);
        String surname = v.replaceFirst(".*Major General \\S+ (\\S+) took.*", "$1");
        assertTrue(v.contains("; " + surname + " left"), v);
    }
}

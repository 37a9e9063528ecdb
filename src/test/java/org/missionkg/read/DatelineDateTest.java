package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.model.Article;

/** The publication date of an article without metadata, from the date printed at its top. */
class DatelineDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Elias Hubbard February 14, 2020;2020-02-14",
            " date 2020-01-07 advertisement;2020-01-07",
            "14 February 2020 | 09:12 GMT;2020-02-14",
            "Published Sept. 30, 2025;2025-09-30",
            "Nov 24th, 2020;2020-11-24",
    })
    void aDatelineIsRead(String line, String day) {
        assertEquals(LocalDate.parse(day), DatelineDate.find("Headline of the story\n\n" + line + "\n\nStory text.\n"));
    }

    @Test
    void datesInTheStoryAreNotTheDateline() {
        assertNull(DatelineDate.find("Headline\nBy A. Writer\nOTTAWA - Canada's mission, which began on October 1, 2014 "
                + "and was extended many times since then, is to end.\nMore.\n"), "a long line is story");
        assertNull(DatelineDate.find("One\nTwo\nThree\nFour\nFive: March 3, 2020\n"), "too far down");
        assertNull(DatelineDate.find("Headline\nFebruary 30, 2020\n"), "no such day");
    }

    @Test
    void aRawSeedGetsItsPrintedDateAndFrontMatterWins(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path raw = Files.writeString(dir.resolve("raw.txt"), "Iraq's approval of the mission\n\nElias Hubbard February 14, 2020\n\n"
                + "The alliance suspended the mission on January 6.\n");
        Article a = ArticleReader.create().read(raw).get(0);
        assertEquals("2020-02-14", a.meta().published().edtf());
        assertEquals("the date printed at the top of the text", a.meta().extra().get("published-from"));

        Path withMeta = Files.writeString(dir.resolve("meta.txt"), "---\ntitle: T\npublished: 2020-02-15\n---\n"
                + "Elias Hubbard February 14, 2020\n\nText.\n");
        assertEquals("2020-02-15", ArticleReader.create().read(withMeta).get(0).meta().published().edtf());
    }
}

package org.missionkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who held which office for whom: the table behind bare titles ("President X said"). */
class OfficeHoldersTest {

    private static final String TABLE = """
            name\talso_known_as\toffice\tholder_of\tstart\tend
            Alex Example\tAlexander Q. Example\tpresident\tRuritania\t2015-03-01\t2021
            Alex Example\t\tprime minister\tRuritania\t2010\t2015-02
            Bea Sample\t\tdefence minister\tFreedonia\t2019-06\t
            Bea Sample\t\tsecretary-general\tNATO\t2012\t2014
            Carla Térrez-Núñez\t\tforeign minister\tGrand Fenwick\t2020\t2022
            """;

    private static OfficeHolders table() throws IOException {
        return OfficeHolders.parse(new BufferedReader(new StringReader(TABLE)), "test table");
    }

    @Test
    void aTitleFindsTheOfficeItsHolderHeldThen() throws IOException {
        OfficeHolders t = table();
        assertEquals(Optional.of("Ruritania"), t.holderOf("Alex Example", "president", LocalDate.of(2018, 5, 1)));
        assertEquals(Optional.of("Ruritania"), t.holderOf("Alexander Q. Example", "president", LocalDate.of(2018, 5, 1)));
        assertEquals(Optional.of("Freedonia"), t.holderOf("Bea Sample", "defence minister", LocalDate.of(2024, 1, 1)));
        assertEquals(Optional.of("Freedonia"), t.holderOf("Bea Sample", "minister", LocalDate.of(2024, 1, 1)));
        assertEquals(Optional.of("NATO"), t.holderOf("Bea Sample", "secretary-general", LocalDate.of(2013, 1, 1)));
    }

    @Test
    void accentsCaseAndHyphensAreFolded() throws IOException {
        assertEquals(Optional.of("Grand Fenwick"),
                table().holderOf("CARLA TERREZ NUNEZ", "foreign minister", LocalDate.of(2021, 1, 1)));
    }

    @Test
    void outsideTheTermOrUnderAnotherTitleNothingIsKnown() throws IOException {
        OfficeHolders t = table();
        assertEquals(Optional.empty(), t.holderOf("Alex Example", "president", LocalDate.of(2008, 1, 1)), "before the term, with a year's grace");
        assertEquals(Optional.empty(), t.holderOf("Bea Sample", "president", LocalDate.of(2024, 1, 1)), "never a president");
        assertEquals(Optional.empty(), t.holderOf("Example", "president", LocalDate.of(2018, 1, 1)), "a bare surname is too many people");
        assertEquals(Optional.empty(), t.holderOf("Dan Unknown", "president", LocalDate.of(2018, 1, 1)));
    }

    @Test
    void aMalformedLineIsNamedWithItsSource() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OfficeHolders.parse(
                new BufferedReader(new StringReader("header\nJust A Name\tpresident\n")), "officeholders.tsv"));
        assertTrue(e.getMessage().contains("officeholders.tsv line 2"), e.getMessage());
        IllegalStateException d = assertThrows(IllegalStateException.class, () -> OfficeHolders.parse(
                new BufferedReader(new StringReader("header\nA B\t\tpresident\tX\t2019-13\t\n")), "t.tsv"));
        assertTrue(d.getMessage().contains("t.tsv line 2: bad date"), d.getMessage());
    }

    @Test
    void theBundledTableKnowsHeadsOfStateAndMinisters() {
        OfficeHolders t = OfficeHolders.bundled();
        assertTrue(t.size() > 2000, "names: " + t.size());
        assertEquals(Optional.of("South Africa"), t.holderOf("Cyril Ramaphosa", "president", LocalDate.of(2024, 7, 16)));
        assertEquals(Optional.of("United Kingdom"), t.holderOf("Boris Johnson", "prime minister", LocalDate.of(2022, 2, 12)));
        assertEquals(Optional.of("NATO"), t.holderOf("Jens Stoltenberg", "secretary-general", LocalDate.of(2016, 12, 16)));
        assertEquals(Optional.of("United Kingdom"), t.holderOf("Boris Johnson", null, null), "any office, any time");
        for (String holder : t.holders()) {
            assertTrue(Gazetteer.bundled().lookup(holder).isPresent(), "not in the gazetteer: " + holder);
        }
    }
}

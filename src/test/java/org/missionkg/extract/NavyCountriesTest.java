package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionkg.reference.Gazetteer;

/** A ship's prefix names her navy's country, one the gazetteer knows (no CoreNLP). */
class NavyCountriesTest {
    private static final Gazetteer G = Gazetteer.bundled();

    @Test
    void everyPrefixWithOneNavyNamesACountryTheGazetteerKnows() {
        for (String ship : List.of("HMS Daring", "RFA Argus", "HMCS Charlottetown", "HMAS Stuart", "HMNZS Te Kaha",
                "USS Cole", "INS Tabar", "KRI Usman Harun", "RSS Persistence", "HTMS Naresuan", "BRP Ramon Alcaraz",
                "HNLMS Evertsen", "HNoMS Fridtjof Nansen", "HDMS Absalon", "HSwMS Carlskrona", "FGS Hessen",
                "ITS Duilio", "ESPS Victoria", "TCG Gediz", "JS Takanami", "ROKS Wang Geon", "SAS Amatola",
                "NRP Alvares Cabral", "PNS Shamsher", "ORP Kosciuszko", "LÉ James Joyce")) {
            String navy = SentenceSlots.navyCountry(ship);
            assertNotNull(navy, ship);
            assertNotNull(NameAffiliations.countryInName(G, navy), ship + ": " + navy);
        }
        assertEquals("South Korea", NameAffiliations.countryInName(G, SentenceSlots.navyCountry("ROKS Wang Geon")).label());
        assertNull(SentenceSlots.navyCountry("MV Sirius Star"), "a merchant ship is no navy's");
    }

    @Test
    void aNavysNameIsTheCountryItsOpeningWordsName() {
        assertEquals("South Korea", NameAffiliations.countryInName(G, "Republic of Korea Navy").label(),
                "'Korea' alone names no one country");
        assertEquals("New Zealand", NameAffiliations.countryInName(G, "New Zealand Defence Force").label());
        assertEquals("Canada", NameAffiliations.countryInName(G, "Royal Canadian Navy").label(), "a word of it, as before");
        assertEquals("Guinea-Bissau", NameAffiliations.countryInName(G, "Guinea-Bissau").label(), "a name that is a country, whole");
        assertEquals("East Timor", NameAffiliations.countryInName(G, "Timor-Leste").label());
    }
}

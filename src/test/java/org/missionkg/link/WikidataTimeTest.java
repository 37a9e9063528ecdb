package org.missionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** EDTF and publication dates as Wikidata time values, without a store. */
class WikidataTimeTest {
    @Test
    void eachPrecisionHasItsOwnSuffix() {
        assertEquals(new WikidataTime.Conversion("+2019-06-26T00:00:00Z/11", null), WikidataTime.fromEdtf("2019-06-26"));
        assertEquals(new WikidataTime.Conversion("+2019-11-01T00:00:00Z/10", null), WikidataTime.fromEdtf("2019-11"));
        assertEquals(new WikidataTime.Conversion("+2019-01-01T00:00:00Z/9", null), WikidataTime.fromEdtf("2019"));
    }

    @Test
    void aSeasonIsWrittenAsItsYearAndSaysSo() {
        WikidataTime.Conversion autumn = WikidataTime.fromEdtf("2019-23");
        assertEquals("+2019-01-01T00:00:00Z/9", autumn.value());
        assertEquals("(a season) written as its year", autumn.note());
    }

    @Test
    void whatCannotBeOnePointInTimeHasNoValueAndAReason() {
        for (String edtf : new String[] {"2019-24", "2019~", "2019-06?", "2019-01/2019-03", "not a date", null}) {
            WikidataTime.Conversion c = WikidataTime.fromEdtf(edtf);
            assertFalse(c.written(), edtf);
            assertNull(c.value(), edtf);
            assertFalse(c.note().isBlank(), edtf);
        }
        assertEquals("a winter spans two years", WikidataTime.fromEdtf("2019-24").note());
        assertEquals("not given", WikidataTime.fromEdtf(null).note());
    }

    @Test
    void publicationDatesByTheirDatatype() {
        assertEquals(Optional.of("+2019-06-26T00:00:00Z/11"),
                WikidataTime.fromPublicationDate(ResourceFactory.createTypedLiteral("2019-06-26", XSDDatatype.XSDdate)));
        assertEquals(Optional.of("+2019-06-01T00:00:00Z/10"),
                WikidataTime.fromPublicationDate(ResourceFactory.createTypedLiteral("2019-06", XSDDatatype.XSDgYearMonth)));
        assertEquals(Optional.of("+2019-01-01T00:00:00Z/9"),
                WikidataTime.fromPublicationDate(ResourceFactory.createTypedLiteral("2019", XSDDatatype.XSDgYear)));
        assertEquals(Optional.empty(), WikidataTime.fromPublicationDate(ResourceFactory.createPlainLiteral("2019-06-26")));
    }
}

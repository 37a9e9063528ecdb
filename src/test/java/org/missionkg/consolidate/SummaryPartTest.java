package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A summary sum taken apart and put together again: what it can work out alone and when it must be grouped anew. */
class SummaryPartTest {
    private static final String M = "https://w3id.org/missionkg/id/mission/test";

    private static Node day(String d) {
        return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
    }

    private static SummaryPart part(long facts, String label, String first, String last) {
        return new SummaryPart(M, facts, facts > 0 ? 1 : 0, label == null ? null : NodeFactory.createLiteralString(label),
                first == null ? null : day(first), last == null ? null : day(last));
    }

    @Test
    void encodedLineReadsBackTheSameEvenWithTabsInTheLabel() {
        SummaryPart p = new SummaryPart(M, 3, 2, NodeFactory.createLiteralLang("Op\teration \"X\"\nnew", "en"), day("2015-01-01"), null);
        assertEquals(p, SummaryPart.decode(p.encode()));
        assertEquals(6, p.encode().split("\t", -1).length, "the label's tab is escaped");
    }

    @Test
    void countsComeAndGoAndExtremesStayWhenTheyDidNotGo() {
        SummaryPart a = part(2, "Alpha", "2015-01-01", "2016-01-01");
        SummaryPart b = part(3, "Beta", "2014-01-01", "2017-01-01");
        SummaryPart c = part(1, "Charlie", "2015-06-01", "2015-07-01");
        SummaryPart sum = a.plus(b).plus(c);
        assertEquals(new SummaryPart(M, 6, 3, NodeFactory.createLiteralString("Alpha"), day("2014-01-01"), day("2017-01-01")), sum);
        // c held no extreme: taking it away leaves the others' as they were.
        assertEquals(a.plus(b), sum.without(List.of(c), List.of()));
        // b held the first and last day: nothing that comes matches them, so they are not known any more.
        assertNull(sum.without(List.of(b), List.of()));
        // b replaced by a part that reaches as far: known.
        SummaryPart farther = part(1, "Gamma", "2013-01-01", "2018-01-01");
        assertEquals(a.plus(c).plus(farther), sum.without(List.of(b), List.of(farther)));
        // The least label went with a: the next least is not in the sum, so it is not known.
        assertNull(sum.without(List.of(a), List.of()));
        // A is replaced by itself (an article stored again): everything is known.
        assertEquals(sum, sum.without(List.of(a), List.of(a)));
    }
}

package org.missionkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** The compact SPARQL JSON writer gives what Jena's writer gives, read back by Jena's reader: the same variables and rows. */
class CompactJsonResultsTest {
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    private static final Var C = Var.alloc("c");

    @Test
    void jenaReadsBackTheSameRowsAsFromItsOwnWriter() {
        Node blank = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(
                row(NodeFactory.createURI("https://w3id.org/missionkg/id/mission/x"), NodeFactory.createLiteralString("plain"),
                        NodeFactory.createLiteralLang("Truppe", "de")),
                row(NodeFactory.createLiteralDT("2019-23", XSDDatatype.XSDstring), null,
                        NodeFactory.createLiteralDT("2020-03-01", XSDDatatype.XSDdate)),
                row(NodeFactory.createLiteralString("quote \" backslash \\ tab\tline\nbreak \u0001 \u2028 é 中 \uD83D\uDE00"), blank,
                        NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger)),
                row(null, null, null),
                row(blank, NodeFactory.createTripleNode(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o")), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        String compact = written(CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON), rows);
        String jena = written(RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON), rows);
        RowSet fromCompact = read(compact);
        RowSet fromJena = read(jena);
        assertEquals(fromJena.getResultVars(), fromCompact.getResultVars());
        List<Binding> a = new ArrayList<>();
        fromJena.forEachRemaining(a::add);
        List<Binding> b = new ArrayList<>();
        fromCompact.forEachRemaining(b::add);
        assertEquals(rows.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            // Blank nodes are read back as new ones: compared by their place, as Jena's own reading gives them.
            assertEquals(a.get(i).toString().replaceAll("_:\\S+", "_:b"), b.get(i).toString().replaceAll("_:\\S+", "_:b"), "row " + i);
        }
        assertTrue(compact.length() < jena.length(), compact.length() + " bytes against " + jena.length());
    }

    @Test
    void anEmptyAnswerIsAnEmptyTable() {
        RowSet back = read(written(CompactJsonResults.FACTORY.create(ResultSetLang.RS_JSON), List.of()));
        assertEquals(List.of(A, B, C), back.getResultVars());
        assertTrue(!back.hasNext());
    }

    private static Binding row(Node a, Node b, Node c) {
        BindingBuilder out = BindingBuilder.create();
        if (a != null) {
            out.add(A, a);
        }
        if (b != null) {
            out.add(B, b);
        }
        if (c != null) {
            out.add(C, c);
        }
        return out.build();
    }

    private static String written(RowSetWriter w, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out, org.apache.jena.sparql.exec.RowSetStream.create(List.of(A, B, C), rows.iterator()), null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RowSet read(String json) {
        return RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
    }
}

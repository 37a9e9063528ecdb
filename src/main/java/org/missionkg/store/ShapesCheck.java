package org.missionkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.missionkg.read.TurtleResource;

/**
 * Checks RDF against the missionkg SHACL shapes ({@code ontology/shapes.ttl}, on the classpath
 * at {@value #SHAPES_RESOURCE}).
 *
 * <pre>
 *   ShapesReport report = ShapesCheck.standard().check(dataset);   // inside a read transaction
 * </pre>
 *
 * Check the union of all graphs: facts name entities that may be typed in the reference graph.
 */
public final class ShapesCheck {
    /** Where the shapes are on the classpath. */
    public static final String SHAPES_RESOURCE = "/missionkg/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The missionkg shapes, loaded once. */
    public static ShapesCheck standard() {
        return Standard.INSTANCE;
    }

    /** A check against other shapes (tests, experiments). */
    public static ShapesCheck of(Graph shapesGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        return new ShapesCheck(Shapes.parse(shapesGraph));
    }

    /** Validates one graph as it is: pass the union of all graphs to check class constraints fully. */
    public ShapesReport check(Graph data) {
        Objects.requireNonNull(data, "data");
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<ShapesReport.Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new ShapesReport.Violation(str(e.focusNode()), path(e.resultPath()),
                    str(namedShape(e.source())), e.message() == null ? "" : e.message()));
        }
        return new ShapesReport(report.conforms(), violations);
    }

    /** Validates the union of a dataset's named graphs; the caller holds the read transaction. */
    public ShapesReport check(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return check(dataset.getUnionGraph());
    }

    /** A property shape is usually a blank node: name the node shape that holds it instead. */
    private Node namedShape(Node shape) {
        Node current = shape;
        while (current != null && current.isBlank()) {
            Node parent = parentOf(shapes.getGraph(), current);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private static Node parentOf(Graph g, Node propertyShape) {
        ExtendedIterator<Triple> it = g.find(Node.ANY, SHACL.property, propertyShape);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            it.close();
        }
    }

    private static String path(Path path) {
        if (path == null) {
            return "";
        }
        return path instanceof P_Link link ? str(link.getNode()) : path.toString();
    }

    private static String str(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static final class Standard {
        static final ShapesCheck INSTANCE = of(load());

        private static Graph load() {
            return TurtleResource.read(SHAPES_RESOURCE).getGraph();
        }
    }
}

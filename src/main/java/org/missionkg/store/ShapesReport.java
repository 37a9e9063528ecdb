package org.missionkg.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a graph against the missionkg shapes: whether it conforms, and each
 * violation found.
 *
 * <pre>
 *   ShapesReport report = ShapesCheck.standard().check(graph);
 *   if (!report.conforms()) {
 *       System.err.print(report.toText());
 *   }
 * </pre>
 */
public record ShapesReport(boolean conforms, List<Violation> violations) {

    /**
     * One violation.
     *
     * @param focusNode the node that failed: an IRI, {@code _:label} for a blank node, or a literal's lexical form
     * @param path      the property path that failed, as an IRI for a single property; empty when the
     *                  violation is about the focus node itself
     * @param shape     the IRI of the named shape that failed (for a property shape, the node shape that holds it)
     * @param message   what is wrong, in words
     */
    public record Violation(String focusNode, String path, String shape, String message) {
        public Violation {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(message, "message");
        }
    }

    public ShapesReport {
        violations = List.copyOf(violations);
        if (conforms != violations.isEmpty()) {
            throw new IllegalArgumentException("a report conforms exactly when it has no violations");
        }
    }

    /** A few lines for people: "conforms", or one line per violation. */
    public String toText() {
        if (conforms) {
            return "conforms\n";
        }
        StringBuilder out = new StringBuilder()
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append('\n');
        for (Violation v : violations) {
            out.append("- ").append(v.focusNode());
            if (!v.path().isEmpty()) {
                out.append(' ').append(v.path());
            }
            out.append(": ").append(v.message()).append(" [").append(v.shape()).append("]\n");
        }
        return out.toString();
    }
}

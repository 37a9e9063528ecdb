package org.missionkg.consolidate;

import java.util.List;
import java.util.Objects;

/**
 * One bundled SPARQL query, as its header comment describes it.
 *
 * @param name        the file name without {@code .rq}, e.g. {@code who-commanded-when}
 * @param description the first comment line
 * @param columns     the result columns, in order (the {@code # Columns:} line): a public contract
 * @param params      the parameters the caller must supply (the {@code # Param:} lines)
 * @param text        the query text
 */
public record CannedQuery(String name, String description, List<String> columns, List<Param> params, String text) {

    /** A parameter: the variable the caller substitutes, and what it means. */
    public record Param(String name, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }

        /** True for a day parameter ({@code date}, {@code …Date}): its value becomes an xsd:date literal. */
        public boolean isDate() {
            return name.equals("date") || name.endsWith("Date");
        }
    }

    /**
     * True when the answer has a {@code mission} column that no parameter fills: such a query takes an optional
     * {@value CannedQueries#MISSION} value that keeps one mission's rows ({@link CannedQueries#prepare}).
     */
    public boolean takesMission() {
        return columns.contains(CannedQueries.MISSION)
                && params.stream().noneMatch(p -> p.name().equals(CannedQueries.MISSION));
    }

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
        columns = List.copyOf(columns);
        params = List.copyOf(params);
    }
}

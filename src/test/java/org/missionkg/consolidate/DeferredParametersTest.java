package org.missionkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which part of a question reads its parameter ({@link StoredAnswers#deferred}): a question whose parameter only its
 * outer FILTERs and BINDs read is stored, and those are applied when it is asked; one that reads it anywhere else is not.
 */
class DeferredParametersTest {
    @Test
    void inCommandOnsDayIsReadByOneFilterAndTheCertainty() {
        StoredAnswers.Deferred d = StoredAnswers.deferred(CannedQueries.get("in-command-on"));
        assertEquals(2, d.elements().size(), d.elements().toString());
        assertEquals(Set.of("certainty"), d.binds());
        assertEquals(List.of("certainFrom", "certainTo", "endLatest", "startEarliest"), d.reads());
        List<String> stored = StoredAnswers.storedColumns(CannedQueries.get("in-command-on"));
        assertFalse(stored.contains("certainty"), "made when asked: " + stored);
        assertTrue(stored.containsAll(d.reads()), stored.toString());
        assertTrue(StoredAnswers.QUESTIONS.contains("in-command-on"));
    }

    @Test
    void aBindThatReadsADeferredBindIsDeferredToo() {
        CannedQuery q = new CannedQuery("test-chained", "chained", List.of("mission", "x", "y"),
                List.of(new CannedQuery.Param("date", "a day")),
                "SELECT ?mission ?x ?y WHERE { ?f <urn:mission> ?mission ; <urn:start> ?s . BIND (?s <= ?date AS ?x) BIND (STR(?x) AS ?y) }");
        StoredAnswers.Deferred d = StoredAnswers.deferred(q);
        assertEquals(Set.of("x", "y"), d.binds());
        assertEquals(List.of("s"), d.reads());
    }

    @Test
    void aParameterInATriplePatternCannotBeStoredForEveryValue() {
        CannedQuery q = new CannedQuery("test-in-pattern", "in a pattern", List.of("mission", "x"),
                List.of(new CannedQuery.Param("date", "a day")),
                "SELECT ?mission ?x WHERE { ?f <urn:mission> ?mission ; <urn:day> ?date ; <urn:x> ?x . FILTER (?x < ?date) }");
        assertNull(StoredAnswers.deferred(q));
    }

    /** Anywhere else the parameter is read: in a sub-SELECT, a FILTER inside an OPTIONAL, a MINUS, the ORDER BY, a projection. */
    @Test
    void aParameterReadAnywhereButTheOuterFiltersAndBindsIsNotDeferred() {
        List<String> elsewhere = List.of(
                "{ ?f <urn:mission> ?mission ; <urn:x> ?x . { SELECT ?f WHERE { ?f <urn:start> ?s FILTER (?s <= ?date) } } FILTER (?x < ?date) }",
                "{ ?f <urn:mission> ?mission ; <urn:x> ?x . OPTIONAL { ?f <urn:end> ?e FILTER (?e >= ?date) } FILTER (?x < ?date) }",
                "{ ?f <urn:mission> ?mission ; <urn:x> ?x . MINUS { ?f <urn:day> ?date } FILTER (?x < ?date) }",
                "{ ?f <urn:mission> ?mission ; <urn:x> ?x . FILTER (?x < ?date) } ORDER BY (?x - ?date)");
        for (String where : elsewhere) {
            CannedQuery q = new CannedQuery("test-elsewhere-" + where.hashCode(), "elsewhere", List.of("mission", "x"),
                    List.of(new CannedQuery.Param("date", "a day")), "SELECT ?mission ?x WHERE " + where);
            assertNull(StoredAnswers.deferred(q), where);
        }
        CannedQuery projected = new CannedQuery("test-projected", "projected", List.of("mission", "x", "d"),
                List.of(new CannedQuery.Param("date", "a day")),
                "SELECT ?mission ?x (?date AS ?d) WHERE { ?f <urn:mission> ?mission ; <urn:x> ?x . FILTER (?x < ?date) }");
        assertNull(StoredAnswers.deferred(projected));
    }

    /** Text that only looks like the parameter (in a string) is no reading of it: the variables are the parsed query's. */
    @Test
    void aStringThatLooksLikeTheParameterIsNotIt() {
        CannedQuery q = new CannedQuery("test-string", "a string", List.of("mission", "x"),
                List.of(new CannedQuery.Param("date", "a day")),
                "SELECT ?mission ?x WHERE { ?f <urn:mission> ?mission ; <urn:x> ?x ; <urn:note> ?n . FILTER (?n != \"?date\") "
                        + "FILTER (?x < ?date) }");
        StoredAnswers.Deferred d = StoredAnswers.deferred(q);
        assertEquals(1, d.elements().size(), d.elements().toString());
        assertEquals(List.of("x"), d.reads());
    }
}

package org.missionkg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionkg.model.FuzzyDate;

class DateResolverTest {

    private final DateResolver resolver = new DateResolver();

    private String resolve(String expression, String sutime, String published, Tense tense) {
        return resolver.resolve(expression, sutime, LocalDate.parse(published), tense)
                .map(FuzzyDate::edtf).orElse("");
    }

    /** The dates of the five seed articles, against the gold file and the CoreNLP notes. */
    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", emptyValue = "", textBlock = """
            2019-06-26 | PAST    | on Wednesday          | 2019-06-26    | 2019-06-26
            2019-06-26 | FUTURE  | until November 2020   | 2020-11       | 2020-11
            2019-06-26 | FUTURE  | in the fall of 2019   | 2019-FA       | 2019-23
            2019-06-26 | PAST    | since July 2018       | 2018-07       | 2018-07
            2019-06-26 | PAST    | Earlier in June       | 2019-06       | 2019-06
            2019-06-26 | PAST    | in 2017               | 2017          | 2017
            2019-06-26 | PAST    | between June 2018 to May 2019 | 2018-06 | 2018-06/2019-05
            2018-07-11 | PAST    | on Wednesday          | 2018-07-11    | 2018-07-11
            2018-07-11 | FUTURE  | in fall 2018          | 2018-FA       | 2018-23
            2018-07-11 | PRESENT | today                 | PRESENT_REF   | 2018-07-11
            2020-01-07 | PAST    | Monday                | 2020-01-06    | 2020-01-06
            2020-01-07 | PAST    | over the weekend      | 2020-W02-WE   | 2020-01-04/2020-01-05
            2020-01-07 | PAST    | Friday night          | 2020-01-10TNI | 2020-01-03
            2020-01-07 | PAST    | on Monday             | 2020-01-06    | 2020-01-06
            2020-02-14 | PAST    | on January 6          | 2020-01-06    | 2020-01-06
            2020-02-14 | PAST    | on Wednesday          | 2020-02-12    | 2020-02-12
            2020-02-14 | PAST    | since May             | 2020-05       | 2019-05
            2020-02-14 | PAST    | Thursday              | 2020-02-13    | 2020-02-13
            2020-02-14 | PAST    | last month            | 2020-01       | 2020-01
            2020-02-14 | FUTURE  | Friday                | 2020-02-14    | 2020-02-14
            2021-01-10 | PAST    | in November           | 2020-11       | 2020-11
            2021-01-10 | FUTURE  | March 31              | 2021-03-31    | 2021-03-31
            2021-01-10 | FUTURE  | after March           | 2021-03       | 2021-03
            2021-01-10 | PAST    | last January          | 2019-01       | 2020-01
            2021-01-10 | PAST    | last fall             | 2019-FA       | 2020-23
            2021-01-10 | PAST    | over the summer       | 2020-SU       | 2020-22
            2021-01-10 | PAST    | December 2011         | 2011-12       | 2011-12
            2021-01-10 | PAST    | in October 2014       | 2014-10       | 2014-10
            2021-01-10 | PAST    | in March 2015         | 2015-03       | 2015-03
            """)
    void seedArticles(String published, Tense tense, String expression, String sutime, String expected) {
        assertEquals(expected, resolve(expression, sutime, published, tense));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            2018                   | 2018
            July 2018              | 2018-07
            in July 2018           | 2018-07
            July 11, 2018          | 2018-07-11
            July 11th, 2018        | 2018-07-11
            11 July 2018           | 2018-07-11
            Nov. 24, 2020          | 2020-11-24
            Nov 24 2020            | 2020-11-24
            24 Nov. 2020           | 2020-11-24
            Sept. 11, 2001         | 2001-09-11
            Friday, January 3, 2020 | 2020-01-03
            2020-01-06             | 2020-01-06
            on 2020-01-06.         | 2020-01-06
            2020-11                | 2020-11
            the fall of 2019       | 2019-23
            fall 2018              | 2018-23
            autumn 2019            | 2019-23
            spring 2021            | 2021-21
            the summer of 2020     | 2020-22
            winter 2020            | 2020-24
            2020 summer            | 2020-22
            early 2022             | 2022
            mid-2021               | 2021
            mid 2021               | 2021
            late 2019              | 2019
            early November 2020    | 2020-11-01/2020-11-10
            mid-November 2020      | 2020-11-11/2020-11-20
            late February 2020     | 2020-02-21/2020-02-29
            late February 2021     | 2021-02-21/2021-02-28
            late summer 2020       | 2020-08
            early winter 2020      | 2020-12
            by the end of 2020     | 2020-12
            the beginning of 2019  | 2019-01
            the end of June 2019   | 2019-06
            the 1990s              | 1990/1999
            the year 2018          | 2018
            around 2015            | 2015~
            June 2018 to May 2019  | 2018-06/2019-05
            between June 2018 and May 2019 | 2018-06/2019-05
            from June to August 2020 | 2020-06/2020-08
            June 26-27, 2019       | 2019-06-26/2019-06-27
            2018 - 2020            | 2018/2020
            February 30, 2020      | ''
            May 2019 to June 2018  | ''
            """)
    void absoluteDatesIgnoreTenseAndPublication(String expression, String expected) {
        for (Tense tense : Tense.values()) {
            assertEquals(expected, resolve(expression, null, "2021-01-10", tense), tense.name());
        }
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            2021-01-10 | PAST    | January 6        | 2021-01-06
            2021-01-10 | PAST    | Jan. 6           | 2021-01-06
            2021-01-10 | PAST    | 6 January        | 2021-01-06
            2021-01-10 | PAST    | January 11       | 2020-01-11
            2021-01-10 | FUTURE  | January 11       | 2021-01-11
            2021-01-10 | FUTURE  | January 10       | 2021-01-10
            2021-01-10 | PAST    | January 10       | 2021-01-10
            2021-01-10 | FUTURE  | January 6        | 2022-01-06
            2021-01-10 | PRESENT | January 6        | 2021-01-06
            2021-01-10 | PRESENT | January 20       | 2021-01-20
            2021-01-10 | PAST    | March 31         | 2020-03-31
            2021-01-10 | PAST    | in January       | 2021-01
            2021-01-10 | FUTURE  | in January       | 2021-01
            2021-01-10 | FUTURE  | in November      | 2021-11
            2021-01-10 | PRESENT | in November      | 2020-11
            2021-01-10 | PRESENT | in March         | 2021-03
            2021-01-10 | FUTURE  | since May        | 2020-05
            2021-01-10 | FUTURE  | earlier in June  | 2020-06
            2021-01-10 | PAST    | later in June    | 2021-06
            2021-01-01 | PAST    | December 31      | 2020-12-31
            2020-12-31 | FUTURE  | January 1        | 2021-01-01
            2020-12-31 | FUTURE  | in January       | 2021-01
            2021-02-15 | PAST    | February 29      | 2020-02-29
            2021-02-15 | FUTURE  | February 29      | 2024-02-29
            2020-03-01 | PAST    | February 29      | 2020-02-29
            2019-06-26 | PAST    | late June        | 2019-06-21/2019-06-30
            2019-06-15 | PAST    | late June        | 2018-06-21/2018-06-30
            2019-06-15 | FUTURE  | late June        | 2019-06-21/2019-06-30
            2021-01-10 | FUTURE  | mid-March        | 2021-03-11/2021-03-20
            2021-01-10 | FUTURE  | early in March   | 2021-03-01/2021-03-10
            2021-01-10 | FUTURE  | the beginning of March | 2021-03
            2021-01-10 | FUTURE  | at the end of March | 2021-03
            2021-01-10 | PAST    | in the fall      | 2020-23
            2021-01-10 | FUTURE  | in the fall      | 2021-23
            2021-01-10 | PAST    | in the spring    | 2020-21
            2021-01-10 | FUTURE  | in the spring    | 2021-21
            2021-01-10 | PAST    | this winter      | 2020-24
            2021-01-10 | FUTURE  | this winter      | 2020-24
            2021-01-10 | PRESENT | the winter       | 2020-24
            2020-10-15 | PAST    | last fall        | 2019-23
            2020-10-15 | PAST    | the fall         | 2020-23
            2021-01-10 | PAST    | last winter      | 2019-24
            2021-01-10 | PAST    | last summer      | 2020-22
            2021-01-10 | PAST    | last spring      | 2020-21
            2021-01-10 | PAST    | last autumn      | 2020-23
            2021-01-10 | PAST    | next fall        | 2021-23
            2021-02-05 | PAST    | last January     | 2021-01
            2021-01-10 | FUTURE  | next January     | 2022-01
            2021-01-10 | PAST    | this January     | 2021-01
            2021-01-10 | FUTURE  | the end of the year | 2021-12
            2021-01-10 | PAST    | the end of the year | 2020-12
            2021-01-10 | PAST    | the end of the month | 2020-12
            2021-01-10 | FUTURE  | by the end of the month | 2021-01
            """)
    void monthsDaysAndSeasonsWithoutYear(String published, Tense tense, String expression, String expected) {
        assertEquals(expected, resolve(expression, null, published, tense));
    }

    /** 2020-01-07 is a Tuesday, 2020-02-14 a Friday, 2020-01-05 a Sunday, 2020-01-04 a Saturday. */
    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            2020-01-07 | PAST    | Wednesday        | 2020-01-01
            2020-01-07 | PAST    | Tuesday          | 2020-01-07
            2020-01-07 | FUTURE  | Wednesday        | 2020-01-08
            2020-01-07 | FUTURE  | Tuesday          | 2020-01-07
            2020-01-07 | FUTURE  | Monday           | 2020-01-13
            2020-01-07 | PRESENT | Monday           | 2020-01-06
            2020-01-07 | PRESENT | Friday           | 2020-01-10
            2020-01-07 | PRESENT | Saturday         | 2020-01-04
            2020-01-07 | PAST    | late Friday      | 2020-01-03
            2020-01-07 | PAST    | Monday morning   | 2020-01-06
            2020-01-07 | PAST    | midnight on Monday | 2020-01-06
            2020-01-07 | PAST    | at midday on Monday | 2020-01-06
            2020-01-07 | FUTURE  | midnight on Thursday | 2020-01-09
            2020-01-07 | PAST    | Monday’s         | 2020-01-06
            2020-01-07 | PAST    | last Tuesday     | 2019-12-31
            2020-01-07 | FUTURE  | next Tuesday     | 2020-01-14
            2020-01-07 | FUTURE  | this Friday      | 2020-01-10
            2020-02-14 | FUTURE  | Friday           | 2020-02-14
            2020-02-14 | FUTURE  | on Friday        | 2020-02-14
            2020-02-14 | PAST    | Friday           | 2020-02-14
            2020-02-14 | FUTURE  | next Friday      | 2020-02-21
            2020-01-07 | PAST    | the weekend      | 2020-01-04/2020-01-05
            2020-01-07 | PAST    | this weekend     | 2020-01-04/2020-01-05
            2020-01-07 | PAST    | last weekend     | 2020-01-04/2020-01-05
            2020-01-07 | PAST    | this past weekend | 2020-01-04/2020-01-05
            2020-01-07 | FUTURE  | this weekend     | 2020-01-11/2020-01-12
            2020-01-07 | FUTURE  | next weekend     | 2020-01-11/2020-01-12
            2020-01-05 | PAST    | over the weekend | 2020-01-04/2020-01-05
            2020-01-05 | FUTURE  | this weekend     | 2020-01-04/2020-01-05
            2020-01-05 | PAST    | last weekend     | 2019-12-28/2019-12-29
            2020-01-02 | PAST    | Tuesday          | 2019-12-31
            2020-01-02 | PAST    | Friday           | 2019-12-27
            """)
    void weekdaysAndWeekends(String published, Tense tense, String expression, String expected) {
        assertEquals(expected, resolve(expression, null, published, tense));
    }

    /** Counted from the publication day whatever the tense: 2020-02-14 is a Friday. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            today                | 2020-02-14
            earlier today        | 2020-02-14
            tonight              | 2020-02-14
            this morning         | 2020-02-14
            yesterday            | 2020-02-13
            last night           | 2020-02-13
            tomorrow             | 2020-02-15
            last week            | 2020-02-03/2020-02-09
            next week            | 2020-02-17/2020-02-23
            early next week      | 2020-02-17/2020-02-18
            earlier this week    | 2020-02-10/2020-02-14
            later this week      | 2020-02-14/2020-02-16
            this month           | 2020-02
            last month           | 2020-01
            next month           | 2020-03
            earlier this month   | 2020-02-01/2020-02-14
            later this month     | 2020-02-14/2020-02-29
            this year            | 2020
            last year            | 2019
            next year            | 2021
            earlier this year    | 2020-01/2020-02
            later this year      | 2020-02/2020-12
            early next year      | 2021
            late last year       | 2019
            the end of this year | 2020-12
            two days ago         | 2020-02-12
            two weeks ago        | 2020-01-31~
            three months ago     | 2019-11
            a year ago           | 2019-02
            6 years ago          | 2014
            five years ago today | 2015-02-14
            July last year       | 2019-07
            since July last year | 2019-07
            September of last year | 2019-09
            15 July this year    | 2020-07-15
            March this year      | 2020-03
            December next year   | 2021-12
            the spring of last year | 2019-21
            """)
    void relativeToPublication(String expression, String expected) {
        for (Tense tense : Tense.values()) {
            assertEquals(expected, resolve(expression, null, "2020-02-14", tense), tense.name());
        }
    }

    /** Told as done, this week is the part of it up to the publication day; to come or under way, the whole week. */
    @ParameterizedTest(name = "\"this week\" in {0}, {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-02-14 | PAST    | 2020-02-10/2020-02-14
            2020-02-14 | FUTURE  | 2020-02-10/2020-02-16
            2020-02-14 | PRESENT | 2020-02-10/2020-02-16
            2020-02-10 | PAST    | 2020-02-10
            """)
    void thisWeekByTense(String published, Tense tense, String expected) {
        assertEquals(expected, resolve("this week", null, published, tense));
    }

    @Test
    void yearBoundaries() {
        assertEquals("2020-12", resolve("last month", null, "2021-01-10", Tense.PAST));
        assertEquals("2021-01", resolve("next month", null, "2020-12-31", Tense.PAST));
        assertEquals("2019-12-30/2020-01-05", resolve("this week", null, "2020-01-01", Tense.FUTURE));
        assertEquals("2019-12-30/2020-01-01", resolve("this week", null, "2020-01-01", Tense.PAST));
        assertEquals("2019-12-23/2019-12-29", resolve("last week", null, "2020-01-01", Tense.PAST));
        assertEquals("2020-12-31", resolve("yesterday", null, "2021-01-01", Tense.PAST));
        assertEquals("2020-12", resolve("earlier in December", null, "2021-01-01", Tense.PAST));
        assertEquals("2020-24", resolve("the winter", null, "2021-02-20", Tense.PAST));
        assertEquals("2021-01", resolve("earlier this year", null, "2021-01-10", Tense.PAST));
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) -> empty")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            two years            | P2Y
            six years            | P6Y
            More than six years  | P6Y
            now                  | PRESENT_REF
            once                 | PAST_REF
            currently            | PRESENT_REF
            previously           | PAST_REF
            recent years         | PAST_REF
            in recent years      | 2020
            the coming days      | FUTURE_REF
            in the coming days   | 2021-01-11
            the past year        | 2020
            over the past month  | P1M
            in previous years    | PAST_REF
            for one year         | P1Y
            several hundred      | null
            Iraq                 | null
            the year             | null
            every Wednesday      | XXXX-WXX-3
            a week               | P1W
            null                 | null
            ''                   | null
            """)
    void notPointsInTime(String expression, String sutime) {
        assertEquals("", resolve(expression, sutime, "2021-01-10", Tense.PAST), expression);
    }

    @Test
    void noBreakSpacesCurlyQuotesAndPunctuation() {
        assertEquals("2020-11-24", resolve("Nov.\u00A024,\u00A02020", null, "2021-01-10", Tense.PAST));
        assertEquals("2019-23", resolve("the\u00A0fall\u202Fof 2019,", null, "2019-06-26", Tense.PAST));
        assertEquals("2020-01-06", resolve("\u201CJanuary\u00A06\u201D.", null, "2020-02-14", Tense.PAST));
        assertEquals("2020-01-03", resolve("‘Friday night’;", null, "2020-01-07", Tense.PAST));
        assertEquals("2021", resolve("mid\u20112021", null, "2021-01-10", Tense.PAST));
        assertEquals("2018-06/2019-05", resolve("June 2018 \u2013 May 2019", null, "2021-01-10", Tense.PAST));
        assertEquals("2020-01-04/2020-01-05", resolve("  THE  WEEKEND ", null, "2020-01-07", Tense.PAST));
    }

    @Test
    void sutimeOnlyWhenTheTextCannotBeReadAndTheValueNamesItsYear() {
        // Unreadable text with a full-year value: the value is taken.
        assertEquals("2019-12-25", resolve("Christmas Day 2019", "2019-12-25", "2020-01-07", Tense.PAST));
        assertEquals("2019-23", resolve("the autumn term", "2019-FA", "2020-01-07", Tense.PAST));
        assertEquals("2020-01-04/2020-01-05", resolve("that weekend", "2020-W01-WE", "2020-01-07", Tense.PAST));
        assertEquals("2020-01-10", resolve("that night", "2020-01-10TNI", "2020-01-07", Tense.PAST));
        assertEquals("2020-01/2020-03", resolve("the first quarter", "2020-Q1", "2020-01-07", Tense.PAST));
        // Readable text wins over SUTime's forward-looking value.
        assertEquals("2020-01-03", resolve("Friday night", "2020-01-10TNI", "2020-01-07", Tense.PAST));
        // "in February before the remaining units withdrew": the conjunction is no part of the date.
        assertEquals("2024-02", resolve("February before", "2025-02", "2024-12-21", Tense.PAST));
        assertEquals("2021-05", resolve("May after", null, "2021-07-01", Tense.PAST));
        assertEquals("", resolve("the day before", null, "2021-07-01", Tense.PAST));
        // No year in the value: nothing to go on.
        assertEquals("", resolve("that month", "XXXX-11", "2020-01-07", Tense.PAST));
        assertEquals("", resolve("Christmas", "2019-02-30", "2020-01-07", Tense.PAST));
    }

    @Test
    void fromSutimeReadsTheValueForms() {
        assertEquals(Optional.of(FuzzyDate.parse("2018")), DateResolver.fromSutime("2018"));
        assertEquals(Optional.empty(), DateResolver.fromSutime("1244"), "resolution 1244 is no year");
        assertEquals(Optional.of(FuzzyDate.parse("2019-21")), DateResolver.fromSutime("2019-SP"));
        assertEquals(Optional.of(FuzzyDate.parse("2019-22")), DateResolver.fromSutime("2019-SU"));
        assertEquals(Optional.of(FuzzyDate.parse("2019-24")), DateResolver.fromSutime("2019-WI"));
        assertEquals(Optional.of(FuzzyDate.parse("2020-01-06/2020-01-12")), DateResolver.fromSutime("2020-W02"));
        assertEquals(Optional.of(FuzzyDate.parse("2020-01-11/2020-01-12")), DateResolver.fromSutime("2020-W02-WE"));
        assertEquals(Optional.empty(), DateResolver.fromSutime("XXXX-WXX-3"));
        assertEquals(Optional.empty(), DateResolver.fromSutime("PAST_REF"));
        assertEquals(Optional.empty(), DateResolver.fromSutime("P1Y"));
        assertEquals(Optional.empty(), DateResolver.fromSutime(null));
    }

    @Test
    void approximateWordsMarkTheDate() {
        assertEquals("2020-11~", resolve("about November 2020", null, "2021-01-10", Tense.PAST));
        assertEquals("2021~", resolve("around mid-2021", null, "2021-01-10", Tense.PAST));
    }

    @Test
    void publishedAndTenseAreRequired() {
        assertThrows(NullPointerException.class, () -> resolver.resolve("2018", null, null, Tense.PAST));
        assertThrows(NullPointerException.class,
                () -> resolver.resolve("2018", null, LocalDate.of(2020, 1, 1), null));
        assertTrue(resolver.resolve("2018", null, LocalDate.of(2020, 1, 1), Tense.PAST).isPresent());
    }
}

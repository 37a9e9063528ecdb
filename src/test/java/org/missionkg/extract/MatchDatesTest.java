package org.missionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionkg.model.AnnotatedSentence;
import org.missionkg.model.FuzzyDate;

/**
 * Which date of a sentence belongs to a rule's match, on sentences built by hand: no CoreNLP, the
 * slots are placed where their words stand.
 */
class MatchDatesTest {
    static final EnumSet<DateRole> ANY = EnumSet.allOf(DateRole.class);

    /** A sentence and its slots: people by name, dates by their words with their EDTF and role. */
    static final class Sentence {
        final String text;
        final List<Slot> slots = new ArrayList<>();

        Sentence(String text) {
            this.text = text;
        }

        Sentence person(String name) {
            return add(SlotType.PERSON, name, null, null);
        }

        Sentence date(String words, String edtf, DateRole role) {
            return add(SlotType.DATE, words, FuzzyDate.parse(edtf), role);
        }

        private Sentence add(SlotType type, String words, FuzzyDate date, DateRole role) {
            int begin = text.indexOf(words);
            slots.add(new Slot(-1, type, begin, begin + words.length(), words, null, null, null, null, date, role,
                    null, null));
            return this;
        }

        SentenceView view() {
            List<Slot> sorted = new ArrayList<>(slots);
            sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            List<Slot> numbered = new ArrayList<>();
            for (Slot s : sorted) {
                numbered.add(new Slot(numbered.size(), s.type(), s.begin(), s.end(), s.text(), s.entity(), s.rank(),
                        s.role(), s.roleIri(), s.date(), s.dateRole(), s.number(), s.qualifier()));
            }
            return new SentenceView(text, new AnnotatedSentence(0, 0, text.length(), List.of(), List.of()), numbered);
        }

        Slot slot(String words) {
            SentenceView v = view();
            return v.slots().stream().filter(s -> s.text().equals(words)).findFirst().orElseThrow();
        }
    }

    /** The match of a rule's pattern, written with {@code P} for a person marker. */
    static Matcher match(SentenceView v, String pattern) {
        Matcher m = Pattern.compile(pattern.replace("P", "⟦P\\d+⟧")).matcher(v.text());
        if (!m.find()) {
            throw new AssertionError(pattern + " does not match " + v.text());
        }
        return m;
    }

    @Test
    void aSinceAfterAnotherPersonIsThatPersonsNotTheNewCommandersStart() {
        Sentence s = new Sentence("Smith assumed command of the task group from Roe, who had commanded it since October.")
                .person("Smith").person("Roe").date("October", "2020-10", DateRole.SINCE);
        SentenceView v = s.view();
        Matcher m = match(v, "P assumed command");
        assertNull(MatchDates.at(m, v, s.slot("Smith")), "October is Roe's start");
        Sentence own = new Sentence("Smith, who has commanded the task group since October, spoke.")
                .person("Smith").date("October", "2020-10", DateRole.SINCE);
        SentenceView w = own.view();
        assertEquals("2020-10", MatchDates.at(match(w, "P, who has commanded"), w, own.slot("Smith")).edtf());
    }

    @Test
    void aDateInsideTheMatchComesBeforeANearerOneOutside() {
        Sentence s = new Sentence("In 2019 Smith took command in May 2020.")
                .date("2019", "2019", DateRole.AT).person("Smith").date("May 2020", "2020-05", DateRole.AT);
        SentenceView v = s.view();
        assertEquals("2020-05", MatchDates.date(match(v, "P took command in ⟦T\\d+⟧"), v, ANY).edtf());
    }

    @Test
    void aDateAfterAClauseOfItsOwnIsThatClausesNotTheMatchs() {
        Sentence s = new Sentence("The council on Tuesday voted to double the force, as fighting that broke out nine days ago spread.")
                .date("Tuesday", "2013-12-24", DateRole.AT).date("nine days ago", "2013-12-16", DateRole.AT);
        SentenceView v = s.view();
        assertEquals("2013-12-24", MatchDates.date(match(v, "double the force"), v, ANY).edtf());
    }

    @Test
    void outsideTheMatchTheNearestAfterComesBeforeTheNearestBefore() {
        Sentence s = new Sentence("In 2019 Smith took command, the army said in 2021.")
                .date("2019", "2019", DateRole.AT).person("Smith").date("2021", "2021", DateRole.AT);
        SentenceView v = s.view();
        assertEquals("2021", MatchDates.date(match(v, "P took command"), v, ANY).edtf());
    }

    @Test
    void aDateBeforeTheMatchServesWhenThereIsNoOther() {
        Sentence s = new Sentence("In 2019 Smith took command.").date("2019", "2019", DateRole.AT).person("Smith");
        SentenceView v = s.view();
        assertEquals("2019", MatchDates.date(match(v, "P took command"), v, ANY).edtf());
    }

    @Test
    void onlyTheRolesAskedForCount() {
        Sentence s = new Sentence("Smith took command on Tuesday, in charge until June.")
                .person("Smith").date("Tuesday", "2020-03-03", DateRole.AT).date("June", "2020-06", DateRole.UNTIL);
        SentenceView v = s.view();
        assertEquals("2020-06", MatchDates.date(match(v, "P took command"), v, EnumSet.of(DateRole.UNTIL)).edtf());
        assertNull(MatchDates.date(match(v, "P took command"), v, EnumSet.of(DateRole.SINCE)));
    }

    @Test
    void outsideTheMatchAPlainDateComesBeforeASinceOneThatIsNearer() {
        Sentence s = new Sentence("Smith took over from Jones, in charge since 2022, on Tuesday.")
                .person("Smith").person("Jones").date("2022", "2022", DateRole.SINCE)
                .date("Tuesday", "2023-03-07", DateRole.AT);
        SentenceView v = s.view();
        Matcher m = match(v, "P took over from P");
        assertEquals("2023-03-07", MatchDates.date(m, v, ANY).edtf());
        assertEquals("2023-03-07", MatchDates.at(m, v, s.slot("Smith")).edtf());
    }

    @Test
    void aHandoverWithoutAPlainDateTakesTheSinceDate() {
        Sentence s = new Sentence("Smith, who took over from Jones, has led the force since July 2019.")
                .person("Smith").person("Jones").date("July 2019", "2019-07", DateRole.SINCE);
        SentenceView v = s.view();
        assertEquals("2019-07", MatchDates.at(match(v, "P, who took over from P"), v, s.slot("Smith")).edtf());
    }

    @Test
    void aSinceDateAfterThePredecessorIsThePredecessors() {
        Sentence s = new Sentence("She replaces Jones, who had led the task force since July 2019.")
                .person("She").person("Jones").date("July 2019", "2019-07", DateRole.SINCE);
        SentenceView v = s.view();
        Matcher m = match(v, "P replaces P");
        assertNull(MatchDates.at(m, v, s.slot("She"), s.slot("Jones")));
    }

    @Test
    void aSinceDateBeforeThePredecessorIsTheHandovers() {
        Sentence s = new Sentence("Since March 2021 Smith has replaced Jones.")
                .date("March 2021", "2021-03", DateRole.SINCE).person("Smith").person("Jones");
        SentenceView v = s.view();
        Matcher m = match(v, "P has replaced P");
        assertEquals("2021-03", MatchDates.at(m, v, s.slot("Smith"), s.slot("Jones")).edtf());
    }

    @Test
    void insideTheMatchTheDateAfterTheAnchorComesFirst() {
        Sentence s = new Sentence("In May Jones left and Smith took command in June.")
                .date("May", "2020-05", DateRole.AT).person("Jones").person("Smith").date("June", "2020-06", DateRole.AT);
        SentenceView v = s.view();
        Matcher m = match(v, "In ⟦T\\d+⟧ P left and P took command in ⟦T\\d+⟧");
        assertEquals("2020-06", MatchDates.at(m, v, s.slot("Smith")).edtf());
        assertEquals("2020-05", MatchDates.date(m, v, ANY).edtf());
    }
}

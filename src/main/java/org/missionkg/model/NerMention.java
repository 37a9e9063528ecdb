package org.missionkg.model;

/**
 * A named-entity mention found by the NLP library: its type (PERSON, DATE, NUMBER,
 * ORGANIZATION, LOCATION, CITY, COUNTRY, NATIONALITY, TITLE…), offsets into the article text,
 * token range within its sentence, surface text and normalised value (a TIMEX value or a
 * number), which may be null.
 */
public record NerMention(String type, int begin, int end, int tokenBegin, int tokenEnd, String text,
                         String normalized) {
}

package org.missionkg.read;

import java.util.List;

import java.util.regex.Pattern;

/**
 * Makes the view of an article body that the NLP stages read, without moving a single
 * character: page furniture (teaser blocks, comment prompts, "advertisement") is blanked with
 * spaces, no-break and thin spaces become plain spaces, curly quotes become straight ones.
 * Offsets into the view are offsets into the text as read.
 */
public final class BodyCleaner {
    /**
     * A line that starts one of these ends the article: everything from it on is the hosting
     * page (teasers, comments, link lists), not the story.
     */
    private static final List<Pattern> END_OF_STORY = List.of(
            Pattern.compile("^\\s*(you may also like|you might also like|leave a reply|leave a comment|"
                    + "other reports by|discuss this article|related articles?|related stories|related posts|"
                    + "related coverage|related:|read more:|read next|recommended( for you)?|more from|"
                    + "most popular|most read|popular posts|trending( now)?|also read|latest news|"
                    + "share this( article)?:?|sign up for|subscribe to|comments?\\s*\\(\\d+\\)|"
                    + "\\d+ comments?|join the conversation|more stories|top stories|editor'?s picks|associated links|related links|"
                    + "related products|media contacts?|stay connected|follow us on|about the author|see also|read also|"
                    + "you may have missed|you might have missed|more on this( story| topic)?)\\b.*"
                    + "|^\\s*contacts?\\s*:?\\s*$",
                    Pattern.CASE_INSENSITIVE));

    /** A short line that is only page furniture. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "^\\s*((.{0,40}\\b)?advertisement\\b.{0,20}|click here.*|(photo|image|file photo|credit)\\s*:.{0,120}|"
                    + "(scroll|continue reading|story continues) below.{0,40})\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** How many non-blank lines at the top may open with a dateline. */
    private static final int DATELINE_LINES = 3;

    /**
     * A wire dateline opening the story: a place in capitals ("BANGUI", "NEW YORK, Nov. 3"), or a
     * capitalised place followed by a date or an agency ("Brussels, 12 May 2024", "Kabul
     * (Reuters)"), then a dash; or one word in capitals and a colon ("CANBERRA: Australia's
     * ..."). Group 1 ends where the dash or colon starts.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*((?:\\p{Lu}[\\p{Lu}.'-]+(?:\\s+\\p{Lu}[\\p{Lu}.'-]*){0,3}(?:\\s*/\\s*\\p{Lu}[\\p{Lu}.'-]+(?:\\s+\\p{Lu}[\\p{Lu}.'-]*){0,3})?"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.']*(?:\\s+\\p{L}[\\p{L}.']*){0,3})?"
                    + "|\\p{Lu}[\\p{Ll}.'-]+(?:\\s+\\p{Lu}[\\p{Ll}.'-]+){0,2}(?=[^-]*(?:\\d|\\()))"
                    + "(?:,?\\s*\\d{1,2}(?:,?\\s*\\p{Lu}\\p{Ll}+\\.?)?(?:,\\s*\\d{4}|\\s+\\d{4})?)?"
                    + "(?:\\s*\\([^()\\n]{2,40}\\))?(?:\\s*/[^/\\n]{2,30}/)?)\\s*(?=-{1,2}\\s|:\\s+\\p{Lu}(?<=^\\s*\\p{Lu}+:\\s+\\p{Lu}))");

    /**
     * A heading in capitals ("LAKE CHAD: NEW COMMANDER IN N'DJAMENA", "[END OF TRANSCRIPT]"): no
     * sentence, and the tagger reads capitals badly (a place in one came out as a person).
     */
    private static final Pattern CAPITALS_HEADING = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}{2,}[^\\p{Ll}]*\\s\\S*\\p{Lu}{2,}[^\\p{Ll}]*$");

    private BodyCleaner() {
    }

    /** The cleaned view: same length as the input. */
    public static String clean(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = plain(out[i]);
        }
        int lineStart = 0;
        int topLines = 0;
        boolean cut = false;
        while (lineStart < out.length) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = new String(out, lineStart, lineEnd - lineStart);
            if (!cut && END_OF_STORY.get(0).matcher(line).matches() && line.strip().length() < 80) {
                cut = true;
            }
            if (cut || FURNITURE_LINE.matcher(line).matches()
                    || line.strip().length() <= 80 && CAPITALS_HEADING.matcher(line.strip()).matches()) {
                for (int i = lineStart; i < lineEnd; i++) {
                    out[i] = ' ';
                }
            } else if (topLines < DATELINE_LINES && !line.isBlank()) {
                topLines++;
                breakAfterDateline(out, lineStart, line);
            }
            lineStart = lineEnd + 1;
        }
        return new String(out);
    }

    /**
     * Ends the dateline's sentence at its dash ("BANGUI - A general took ..."): the parser
     * otherwise reads the place as part of the lede's subject and loses the lede's grammar. The
     * dash becomes a line break, which the sentence splitter always honours; no character moves.
     */
    private static void breakAfterDateline(char[] out, int lineStart, String line) {
        var m = DATELINE.matcher(line);
        if (m.find() && m.end() < line.length() && m.group(1).length() <= 60) {
            out[lineStart + m.end()] = '\n';
        }
    }

    /** True when the cleaned view blanked this offset (it was page noise). */
    public static boolean isNoise(String original, String cleaned, int offset) {
        return cleaned.charAt(offset) == ' ' && !Character.isWhitespace(original.charAt(offset))
                && plain(original.charAt(offset)) != ' ';
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u2009', '\u202F', '\u2002', '\u2003' -> ' ';
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> c;
        };
    }

}

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
                    + "related products|media contacts?|stay connected|follow us on|about the author)\\b.*"
                    + "|^\\s*contacts?\\s*:?\\s*$",
                    Pattern.CASE_INSENSITIVE));

    /** A short line that is only page furniture. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "^\\s*((.{0,40}\\b)?advertisement\\b.{0,20}|click here.*|(photo|image|file photo|credit)\\s*:.{0,120}|"
                    + "(scroll|continue reading|story continues) below.{0,40})\\s*$",
            Pattern.CASE_INSENSITIVE);

    private BodyCleaner() {
    }

    /** The cleaned view: same length as the input. */
    public static String clean(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = plain(out[i]);
        }
        int lineStart = 0;
        boolean cut = false;
        while (lineStart < out.length) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = new String(out, lineStart, lineEnd - lineStart);
            if (!cut && END_OF_STORY.get(0).matcher(line).matches() && line.strip().length() < 80) {
                cut = true;
            }
            if (cut || FURNITURE_LINE.matcher(line).matches()) {
                for (int i = lineStart; i < lineEnd; i++) {
                    out[i] = ' ';
                }
            }
            lineStart = lineEnd + 1;
        }
        return new String(out);
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

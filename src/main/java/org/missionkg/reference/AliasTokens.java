package org.missionkg.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into the tokens that aliases are matched on, so that an alias and a text
 * that differ only in spelling noise compare equal:
 * <ul>
 *   <li>a token is a run of letters and digits, or one punctuation character; white space
 *       of any kind (no-break spaces too) only separates tokens;</li>
 *   <li>hyphens and en dashes are dropped, so "Lt.-Gen." and "Lt. Gen.", "Joint Task
 *       Force-Impact" and "Joint Task Force Impact" give the same tokens;</li>
 *   <li>every apostrophe (straight, curly, backtick, modifier letter) becomes {@code '};</li>
 *   <li>an initialism of two or more single letters with dots ("U.S.", "U.S", "U.N.") is one
 *       token without the dots ("US"), so it equals the undotted spelling;</li>
 *   <li>accents are dropped ("Türkiye" equals "Turkiye").</li>
 * </ul>
 * Offsets are into the text as given (UTF-16 code units, as Java counts).
 */
final class AliasTokens {

    /** One token: its span in the text, its normalised form and that form in lower case. */
    record Token(int start, int end, String norm, String fold) {
    }

    private AliasTokens() {
    }

    static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            int w = Character.charCount(cp);
            if (isWordChar(cp)) {
                int end = initialism(text, i);
                if (end > 0) {
                    String letters = lettersOf(text, i, end);
                    out.add(new Token(i, end, letters, letters.toLowerCase(Locale.ROOT)));
                    i = end;
                    continue;
                }
                int j = i + w;
                while (j < n) {
                    int c = Character.codePointAt(text, j);
                    if (!isWordChar(c)) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                String norm = stripAccents(text.subSequence(i, j).toString());
                out.add(new Token(i, j, norm, norm.toLowerCase(Locale.ROOT)));
                i = j;
            } else if (isSkipped(cp)) {
                i += w;
            } else {
                String p = isApostrophe(cp) ? "'" : new String(Character.toChars(cp));
                out.add(new Token(i, i + w, p, p));
                i += w;
            }
        }
        return out;
    }

    /**
     * The end of an initialism ("U.S.", "U.S.A", "E.U.") starting at {@code start}, or -1:
     * single letters, each but the last followed by a dot, the last one optionally.
     */
    private static int initialism(CharSequence text, int start) {
        int n = text.length();
        int k = start;
        int letters = 0;
        while (k < n && Character.isLetter(text.charAt(k)) && (k + 1 >= n || !isWordChar(text.charAt(k + 1)))) {
            letters++;
            k++;
            if (k < n && text.charAt(k) == '.') {
                k++;
            } else {
                break;
            }
        }
        if (letters < 2) {
            return -1;
        }
        return k;
    }

    private static String lettersOf(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c != '.') {
                sb.append(c);
            }
        }
        return stripAccents(sb.toString());
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** White space, invisible format characters (soft hyphen, zero-width space), hyphens and en dashes. */
    private static boolean isSkipped(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013'
                || cp == '\u2212' || cp == '\uFE63' || cp == '\uFF0D';
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u02BC' || cp == '\u2032';
    }

    private static String stripAccents(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 0x7F) {
                return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return s;
    }
}

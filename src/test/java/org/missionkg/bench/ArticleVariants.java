package org.missionkg.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionkg.model.Article;
import org.missionkg.model.ArticleMeta;
import org.missionkg.model.FuzzyDate;

/**
 * Distinct articles for throughput measurements, made from real ones: variant k of an article
 * moves every year in its text and its publication date k years back (never into the future, which
 * ingest refuses as a typo), and gives the people it
 * names (the gold sets' commanders and office holders) other names from a pool, in full and by
 * surname. The text keeps its length, wording and fact density, so CoreNLP and the rules work
 * as hard on a variant as on its original; no two variants share a text.
 */
public final class ArticleVariants {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    private static final List<String> FIRST = List.of("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta",
            "Hugo", "Ines", "Jonas", "Katrin", "Liam", "Marta", "Niels", "Oona", "Pavel", "Rita", "Stefan");
    private static final List<String> LAST = List.of("Albrecht", "Brennan", "Castellano", "Dufresne", "Eriksen",
            "Fontaine", "Gallagher", "Hartmann", "Ivanova", "Jablonski", "Kowalczyk", "Lindgren", "Moreau", "Novotny",
            "Okonkwo", "Petersen", "Quintero", "Rasmussen");

    private ArticleVariants() {
    }

    /**
     * At least {@code n} distinct variants (the originals are not among them), in rounds over
     * the sources: round k gives each source its variant k.
     */
    public static List<Article> of(List<Article> sources, Set<String> people, int n) {
        List<String> names = new ArrayList<>(people);
        names.sort(Comparator.comparingInt(String::length).reversed()); // "Jennie Carignan" before "Carignan"
        List<Article> out = new ArrayList<>(n);
        Set<String> texts = new HashSet<>();
        sources.forEach(a -> texts.add(a.text()));
        for (int k = 1; out.size() < n && k < 1000; k++) {
            for (Article a : sources) {
                if (out.size() >= n) {
                    break;
                }
                Article v = variant(a, names, k);
                if (texts.add(v.text())) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    static Article variant(Article a, List<String> people, int k) {
        String text = swapNames(shiftYears(a.text(), k), people, k);
        ArticleMeta m = a.meta();
        FuzzyDate published = m.published() == null ? null : FuzzyDate.parse(shiftYears(m.published().edtf(), k));
        String title = m.title() == null ? null : swapNames(shiftYears(m.title(), k), people, k);
        ArticleMeta meta = new ArticleMeta(title, m.outlet(), m.author(), published, m.url(), m.language(), m.extra());
        return new Article(a.id() + "-v" + k, a.source() + " (variant " + k + ")", text, meta, sha256(text));
    }

    static String shiftYears(String s, int k) {
        Matcher m = YEAR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group(1)) - k));
        }
        return m.appendTail(sb).toString();
    }

    static String swapNames(String s, List<String> people, int k) {
        String out = s;
        for (String person : people) {
            if (!out.contains(person)) {
                continue;
            }
            int h = Math.floorMod(person.hashCode() + 31 * k, FIRST.size() * LAST.size());
            String first = FIRST.get(h % FIRST.size());
            String last = LAST.get(h / FIRST.size());
            out = out.replace(person, first + " " + last);
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            if (surname.length() > 3) {
                out = out.replaceAll("\\b" + Pattern.quote(surname) + "\\b", last);
            }
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

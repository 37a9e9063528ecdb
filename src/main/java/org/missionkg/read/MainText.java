package org.missionkg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of a news page, found the way readability.js finds it, in a few steps:
 * <ol>
 * <li>drop what is never the story: scripts, styles, forms, navigation, headers, footers,
 *     asides, and blocks whose class or id says they are page furniture (comments, share
 *     bars, related links, ads, newsletters) unless it also says they are the story;</li>
 * <li>take the container the page marks as the story ({@code itemprop=articleBody}, else the
 *     {@code <article>} with the most paragraph text);</li>
 * <li>else score containers by the paragraphs they hold: each paragraph of 25 characters or more
 *     gives its parent 1 + its commas + a point per 100 characters (at most 3), and half that to
 *     its grandparent; the best score, less the share of its text that is link text, wins;</li>
 * <li>read the winner's blocks (paragraphs, subheadings, list items, quotes) in order, leaving
 *     out link lists (blocks mostly made of link text), one block a paragraph.</li>
 * </ol>
 * Paragraphs are joined with blank lines; white space inside one (no-break spaces and line
 * breaks included) is collapsed to single spaces, as jsoup's {@code text()} does.
 */
final class MainText {
    private static final String NEVER_STORY = "script, style, noscript, template, svg, iframe, object, embed, form, "
            + "button, select, input, textarea, nav, header, footer, aside, figure, dialog, menu";
    private static final Pattern FURNITURE = Pattern.compile(
            "comment|sidebar|footer|masthead|breadcrumb|share|social|related|promo|advert|\\bads?\\b|ad-|sponsor|"
                    + "newsletter|subscribe|signup|cookie|popup|modal|banner|menu|\\bnav|toolbar|pagination|"
                    + "outbrain|taboola|recommend|most-?read|trending|byline-?share|tags", Pattern.CASE_INSENSITIVE);
    private static final Pattern STORY = Pattern.compile("article|body|content|main|story|post|entry|text",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    private static final int MIN_PARAGRAPH = 25;

    private MainText() {
    }

    /** The page's main text, paragraphs separated by blank lines; empty when it has none. */
    static String of(Document page) {
        Document doc = page.clone();
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(NEVER_STORY).remove();
        for (Element e : new ArrayList<>(body.select("[class], [id]"))) {
            String names = e.className() + " " + e.id();
            if (e.parent() != null && FURNITURE.matcher(names).find() && !STORY.matcher(names).find()
                    && !e.is("article, main, body")) {
                e.remove();
            }
        }
        Element root = marked(body);
        if (root == null) {
            root = bestScored(body);
        }
        String text = blocks(root);
        return text.isBlank() ? blocks(body) : text;
    }

    /** The container the page itself marks as the story, or null. */
    private static Element marked(Element body) {
        Element articleBody = body.selectFirst("[itemprop=articleBody]");
        if (articleBody != null && paragraphText(articleBody) > 0) {
            return articleBody;
        }
        Element best = null;
        int bestLength = 0;
        for (Element a : body.select("article")) {
            int length = paragraphText(a);
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        return best;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** readability's candidate scoring over parents and grandparents of paragraphs. */
    private static Element bestScored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, td")) {
            String t = p.text();
            if (t.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(t) + Math.min(t.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /** The blocks of the story in order, link lists left out. */
    private static String blocks(Element root) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element b : blocks) {
            if (holdsBlocks(b)) {
                continue; // a list item or quote holding paragraphs: its paragraphs are read instead
            }
            String t = b.text().strip();
            if (t.isEmpty() || linkDensity(b) > 0.5) {
                continue;
            }
            paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) {
            return root.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean holdsBlocks(Element b) {
        for (Element c : b.getAllElements()) {
            if (c != b && c.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / all;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}

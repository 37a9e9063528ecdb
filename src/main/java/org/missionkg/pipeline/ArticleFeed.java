package org.missionkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.missionkg.model.Article;
import org.missionkg.model.BadInputException;
import org.missionkg.read.ArticleReader;

/**
 * The articles of one ingest in input order, handed to the workers one at a time. Every file is
 * read once before the NLP models load (so that bad input is reported first); its articles are
 * kept as read until their text passes a budget, and past it only what is needed to hand them out
 * later is kept (the file, and which of its articles to take: not those whose id an earlier one
 * had), and the file is read again when its turn comes. So a crawl of any size is worked on within
 * the heap, holding about the budget plus one file's articles, and an input under the budget is
 * read once, as it always was.
 */
final class ArticleFeed {
    /**
     * One file's share: its articles as read, or null when they are to be read again (then the ids
     * of those to take, to know the file is still what was checked), and which of them to take.
     */
    private record Part(Path file, List<Article> articles, List<String> ids, BitSet taken) {
        int count() {
            return taken.cardinality();
        }
    }

    /** An article with its place in the input (the report's order). */
    record Placed(int index, Article article) {
    }

    private final ArticleReader reader;
    private final List<Part> parts = new ArrayList<>();
    private final long budgetChars;
    private long keptChars;
    private int total;
    private int reread;

    private int part;
    private List<Article> inHand;
    private int within;
    private int handedOut;
    private final List<String> lost = new ArrayList<>();
    private int lostArticles;

    ArticleFeed(ArticleReader reader, long budgetChars) {
        this.reader = reader;
        this.budgetChars = budgetChars;
    }

    /** A file's articles as read, with those to take (the others' ids came before); kept or let go by the budget. */
    void add(Path file, List<Article> read, BitSet taken) {
        int count = taken.cardinality();
        if (count == 0) {
            return;
        }
        long chars = 0;
        for (int i = taken.nextSetBit(0); i >= 0; i = taken.nextSetBit(i + 1)) {
            chars += read.get(i).text().length();
        }
        boolean keep = keptChars + chars <= budgetChars;
        if (keep) {
            keptChars += chars;
        } else {
            reread++;
        }
        List<String> ids = new ArrayList<>();
        if (!keep) {
            for (int i = taken.nextSetBit(0); i >= 0; i = taken.nextSetBit(i + 1)) {
                ids.add(read.get(i).id());
            }
        }
        parts.add(new Part(file, keep ? read : null, keep ? null : ids, (BitSet) taken.clone()));
        total += count;
    }

    int total() {
        return total;
    }

    /** Files whose articles were let go after the check and are read a second time. */
    int filesReadAgain() {
        return reread;
    }

    /** The next article, or null when all are handed out. Called by the workers; a file read again is read under the lock. */
    synchronized Placed next() {
        while (true) {
            if (inHand == null) {
                if (part >= parts.size()) {
                    return null;
                }
                inHand = articlesOf(parts.get(part));
                within = 0;
            }
            Part p = parts.get(part);
            within = inHand.isEmpty() ? -1 : p.taken().nextSetBit(within);
            if (within < 0) {
                inHand = null;
                part++;
                continue;
            }
            Article a = inHand.get(within++);
            return new Placed(handedOut++, a);
        }
    }

    /** How many articles were handed out (or lost with a file that changed). */
    synchronized int handedOut() {
        return handedOut + lostArticles;
    }

    /** Articles of files that could not be read again as they were read first. */
    synchronized int lostArticles() {
        return lostArticles;
    }

    /** One line per file that could not be read again as it was read first (changed, gone): its articles were not ingested. */
    synchronized List<String> lost() {
        return List.copyOf(lost);
    }

    private List<Article> articlesOf(Part p) {
        if (p.articles() != null) {
            List<Article> kept = p.articles();
            parts.set(part, new Part(p.file(), null, null, p.taken())); // handed out: let them go
            return kept;
        }
        try {
            List<Article> again = reader.readAll(p.file()).articles();
            if (sameIds(again, p)) {
                return again;
            }
        } catch (BadInputException e) {
            // said below: the file is not what it was when it was checked
        }
        lost.add(p.file() + ": changed or became unreadable while the ingest ran; its " + p.count()
                + " article(s) were not ingested (run the ingest again)");
        lostArticles += p.count();
        return List.of();
    }

    private static boolean sameIds(List<Article> again, Part p) {
        if (again.size() < p.taken().length()) {
            return false;
        }
        int k = 0;
        for (int i = p.taken().nextSetBit(0); i >= 0; i = p.taken().nextSetBit(i + 1)) {
            if (!again.get(i).id().equals(p.ids().get(k++))) {
                return false;
            }
        }
        return true;
    }
}

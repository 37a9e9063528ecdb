package org.missionkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.TestFiles;
import org.missionkg.export.FactRows;
import org.missionkg.extract.NlpHolder;
import org.missionkg.extract.RuleBasedExtractor;
import org.missionkg.model.Article;

/**
 * The seed articles saved as HTML pages (their paragraphs in an article element, menus and
 * related links around them, the date in JSON-LD) give the same facts, with the same evidence,
 * as the text files they came from; only a no-break space in a quote reads as a plain space, as
 * the page's text has its white space collapsed.
 */
class HtmlExtractionIT {
    @TempDir
    Path dir;

    @Test
    void aSavedPageGivesTheFactsOfItsText() throws IOException {
        RuleBasedExtractor extractor = NlpHolder.extractor();
        int facts = 0;
        for (Path txt : ArticleSources.expand(List.of(TestFiles.SEED_CORPUS)).files()) {
            Article original = ArticleReader.create().read(txt).get(0);
            Path html = dir.resolve(original.id() + ".html");
            Files.writeString(html, page(original));
            Article fromHtml = ArticleReader.create().read(html).get(0);
            List<String> expected = extractor.extract(original).stream().map(f -> row(f)).sorted().toList();
            List<String> actual = extractor.extract(fromHtml).stream().map(f -> row(f)).sorted().toList();
            assertEquals(expected, actual, original.id());
            facts += expected.size();
        }
        assertFalse(facts == 0, "the seed articles state facts");
    }

    private static String row(org.missionkg.model.Fact f) {
        return FactRows.row(f).tsv().replace('\u00A0', ' ');
    }

    static String page(Article a) {
        StringBuilder ps = new StringBuilder();
        for (String p : a.text().strip().split("\\n\\s*\\n")) {
            ps.append("<p>").append(Entities.escape(p.strip().replaceAll("\\s*\\n\\s*", " "))).append("</p>\n");
        }
        String date = a.meta().published() == null ? "" : a.meta().published().edtf();
        return """
                <!DOCTYPE html><html lang="en"><head><title>%s</title>
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"%s"}</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>%s</article>
                <aside class="related"><p><a href="/x">Related: another story about the same mission, with details</a></p></aside>
                <footer>Copyright 2020</footer></body></html>
                """.formatted(a.meta().title() == null ? "News" : Entities.escape(a.meta().title()), date, ps);
    }
}

package org.missionkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionkg.bench.SyntheticCorpus;
import org.missionkg.pipeline.DerivedGraphs;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The start page's article list, 50 to a page, in a real browser against a real server on a store of 130
 * synthetic articles (no NLP): the "later" and "earlier" links, which name the article at the page's edge,
 * walk through the whole list and back, each page the one an OFFSET gives (a hand-written ?articles=N).
 */
class StartPagePagingIT {
    static final int ARTICLES = 130;
    @TempDir
    static Path dir;
    static org.missionkg.store.KnowledgeStore store;
    static BrowsedServer web;

    @BeforeAll
    static void storeServeAndBrowse() {
        store = org.missionkg.store.KnowledgeStore.open(dir.resolve("store"));
        store.replaceGraphs(SyntheticCorpus.create(21).articleGraphs(0, ARTICLES));
        DerivedGraphs.rebuild(store);
        web = BrowsedServer.over(store);
    }

    @AfterAll
    static void stop() {
        BrowsedServer.close(web, store);
    }

    /** Opens a start page and returns its articles' ids, once its list has come. */
    static List<String> ids(String path) {
        web.browser.driver.get(web.server.url() + path);
        return shown();
    }

    static List<String> shown() {
        web.wait.until(d -> !d.findElements(By.cssSelector("#articles tr:has(td)")).isEmpty());
        List<String> out = new ArrayList<>();
        for (WebElement a : web.browser.driver.findElements(By.cssSelector("#articles tr td:nth-child(3) a"))) {
            String href = a.getAttribute("href");
            out.add(href.substring(href.lastIndexOf('/') + 1));
        }
        return out;
    }

    static String pages() {
        return web.browser.driver.findElement(By.cssSelector("#articles .pages")).getText();
    }

    /** Follows a link of the list's navigation and returns the ids of the page it opens. */
    static List<String> follow(String text) {
        WebElement link = web.browser.driver.findElement(By.linkText(text));
        String before = web.browser.driver.getCurrentUrl();
        link.click();
        web.wait.until(d -> !d.getCurrentUrl().equals(before));
        return shown();
    }

    @Test
    void laterAndEarlierWalkTheWholeListAndBack() {
        List<String> first = ids("/");
        assertEquals(50, first.size());
        assertTrue(pages().startsWith("articles 1–50 of 130, oldest first"), pages());
        List<String> second = follow("later ›");
        assertTrue(web.browser.driver.getCurrentUrl().contains("after="), web.browser.driver.getCurrentUrl());
        assertTrue(pages().startsWith("articles 51–100 of 130"), pages());
        List<String> last = follow("later ›");
        assertEquals(30, last.size());
        assertTrue(pages().startsWith("articles 101–130 of 130"), pages());
        assertTrue(web.browser.driver.findElements(By.linkText("later ›")).isEmpty(), "no page after the last");
        assertEquals(second, follow("‹ earlier"), "back from the last page");
        assertTrue(web.browser.driver.getCurrentUrl().contains("before="), web.browser.driver.getCurrentUrl());
        assertEquals(first, follow("‹ earlier"), "back to the first page");
        // The pages a hand-written ?articles=N gives (an OFFSET) are the same.
        assertEquals(second, ids("/?articles=50"));
        assertEquals(last, ids("/?articles=100"));
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(last);
        assertEquals(ARTICLES, new java.util.HashSet<>(all).size(), "every article once");
        assertTrue(web.browser.consoleErrors().isEmpty(), web.browser.consoleErrors().toString());
    }

    /**
     * Hand-edited links do not break the page: a place with no id, a negative or non-numeric ?articles= give the
     * first page; a place with quotes and braces is a string to compare in the query, never part of it.
     */
    @Test
    void malformedPageParametersShowAPageNotAnError() {
        List<String> first = ids("/");
        assertEquals(first, ids("/?after=nonsense"));
        assertEquals(first, ids("/?articles=abc"));
        assertEquals(first, ids("/?articles=-3"));
        assertEquals(first, ids("/?after=" + java.net.URLEncoder.encode("\" } DROP ALL ; \\ x", java.nio.charset.StandardCharsets.UTF_8)),
                "every date as written sorts after a quote");
        assertTrue(web.browser.consoleErrors().isEmpty(), web.browser.consoleErrors().toString());
    }
}

package dev.baton.report;

import dev.baton.report.html.HtmlReporter;
import dev.baton.results.CollectionResult;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepResult;
import dev.baton.results.RunResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.baton.report.Records.ORDERS;
import static dev.baton.report.Records.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --reporter html:FILE}: one page, summary first, failures listed and linked, every step a section. */
class HtmlReportTest {

    @TempDir
    Path dir;

    private Path write(RunResult run) throws Exception {
        return Records.write(new HtmlReporter(), dir.resolve("report.html"), run);
    }

    private static RunResult mixed() {
        return Records.run(
                Records.plain("Users", USERS, Records.passed(USERS, 0, "List <b>users</b> & \"friends\""),
                        Records.failed(USERS, 1, "Get a token"), Records.error(USERS, 2, "Nobody home"),
                        Records.skipped(USERS, 3, "Use the token")),
                new CollectionResult("Orders", ORDERS, 1, null, Records.numbered(List.of("#1 ada", "#2 bob").stream()
                        .map(i -> Records.iteration(i, Records.passed(ORDERS, 0, "Place an order"),
                                Records.passed(ORDERS, 1, "Read the order"))).toList())));
    }

    @Test
    void theSummaryCountsTheStepsAndShowsTheVerdict() throws Exception {
        Document page = Jsoup.parse(write(mixed()).toFile(), "UTF-8");

        Element summary = page.selectFirst("header.run");
        assertNotNull(summary);
        assertTrue(summary.hasClass("failed"));
        assertEquals("\u2718 Failed", summary.selectFirst(".badge").text());
        assertEquals("5", summary.selectFirst(".tile.passed .n").text());
        assertEquals("1", summary.selectFirst(".tile.failed .n").text());
        assertEquals("1", summary.selectFirst(".tile.error .n").text());
        assertEquals("1", summary.selectFirst(".tile.skipped .n").text());
        assertEquals("8", summary.selectFirst(".tile.total .n").text());
        assertTrue(page.title().contains("Failed"));
    }

    @Test
    void everyStepIsASectionMarkedWithItsOutcome() throws Exception {
        Document page = Jsoup.parse(write(mixed()).toFile(), "UTF-8");

        Elements steps = page.select("main section.step");
        assertEquals(8, steps.size());
        assertEquals(List.of("passed", "failed", "error", "skipped", "passed", "passed", "passed", "passed"),
                steps.stream().map(s -> s.classNames().stream().filter(c -> !c.equals("step")).findFirst()
                        .orElseThrow()).toList());
        assertEquals(8, steps.stream().map(Element::id).distinct().count(), "unique ids");
        assertEquals("List <b>users</b> & \"friends\"", steps.get(0).selectFirst("h4").text(), "escaped, not markup");
        assertNull(page.selectFirst("main b"), "no markup from a step name");
        assertEquals(List.of("Users", "Orders"), page.select("section.collection h2").eachText());
        assertEquals(List.of("#1 ada", "#2 bob"), page.select(".iteration .iteration-name").eachText());

        Element failed = steps.get(1);
        assertEquals("\u2718", failed.selectFirst(".assertions li.bad .mark").text());
        assertEquals("expected equals 201 but was 200", failed.selectFirst(".assertions li.bad .msg").text());
        assertEquals("\u2714", failed.selectFirst(".assertions li.ok .mark").text());
        assertEquals("*****", failed.selectFirst(".captures td").text());
        Element exchange = failed.selectFirst("details.exchange");
        assertTrue(exchange.hasAttr("open"), "a failed step's last exchange is open");
        assertEquals("{\n  \"access_token\": \"*****\",\n  \"token_type\": \"mac\"\n}",
                exchange.selectFirst(".response details.body pre").wholeText(), "JSON bodies indented");
        assertFalse(steps.get(0).selectFirst("details.exchange").hasAttr("open"), "a passed step's are closed");
        assertEquals("{\n  \"id\": 0,\n  \"name\": \"Ada\",\n  \"price\": 1.10\n}",
                steps.get(0).selectFirst(".response pre").wholeText(), "numbers as sent");
        assertTrue(steps.get(2).selectFirst("pre.message").wholeText().startsWith(
                "cannot connect to http://127.0.0.1:9: Connection refused\n  --> collections/users.yaml:20:5"),
                steps.get(2).selectFirst("pre.message").wholeText());
        assertEquals("  --> collections/users.yaml:17:9\n   |\n17 |       status: 201\n   |         ^",
                failed.selectFirst(".assertions li.bad pre.source").wholeText(),
                "a failed check shows where it is written, its line and a caret");
        assertEquals("no response", steps.get(2).selectFirst(".exchange-line .code").text());
        assertTrue(steps.get(3).selectFirst("pre.message").text().startsWith("needs <<token>>"));
    }

    @Test
    void textAndAttributesAreEscapedAndBodiesKeptWhole() throws Exception {
        String url = "https://api.example.test/q?a=1&b='2'\" onmouseover=\"x()\"<i>\u00a0";
        String body = "\n\nfirst lines are blank & <not markup>";
        StepResult step = new StepResult("Odd", Records.passed(USERS, 0, "x").position(), Outcome.PASSED, "",
                List.of(), Records.START, 1, List.of(new ExchangeRecord("POST", url, List.of(), body, 200, List.of(),
                "", "", 1)), Map.of("k'\"<", "v&'\">"), List.of());
        Document page = Jsoup.parse(write(Records.run(Records.plain("Users", USERS, step))).toFile(), "UTF-8");

        Element line = page.selectFirst(".exchange-line .url");
        assertEquals(url, line.attr("title"), "an attribute value comes back whole");
        assertEquals(List.of("class", "title"), line.attributes().asList().stream().map(a -> a.getKey()).toList());
        assertEquals(url, line.wholeText());
        assertNull(page.selectFirst("main i"), "no markup from a URL");
        assertEquals(body, page.selectFirst(".request details.body pre").wholeText(), "leading line breaks kept");
        assertEquals("k'\"<", page.selectFirst(".captures th").text());
        assertEquals("v&'\">", page.selectFirst(".captures td code").text());
    }

    @Test
    void failuresComeFirstWithLinksToTheirSteps() throws Exception {
        Document page = Jsoup.parse(write(mixed()).toFile(), "UTF-8");

        Element failures = page.selectFirst("section.failures");
        assertNotNull(failures);
        Element main = page.selectFirst("main");
        assertTrue(failures.siblingIndex() < main.siblingIndex(), "the failures come before the steps");
        Elements links = failures.select("li a");
        assertEquals(List.of("Users \u203a Get a token", "Users \u203a Nobody home"),
                links.stream().map(a -> a.selectFirst(".path").text()).toList());
        assertEquals(List.of("FAIL", "ERROR"), failures.select("li .status").eachText());
        for (Element link : links) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertNotNull(target, link.attr("href"));
            assertTrue(target.hasClass("failed") || target.hasClass("error"));
        }
        assertNotNull(page.getElementById("only-failures"), "a switch to show only failures");
    }

    @Test
    void aPassingRunHasNoFailureList() throws Exception {
        Document page = Jsoup.parse(write(Records.run(Records.plain("Users", USERS,
                Records.passed(USERS, 0, "List users")))).toFile(), "UTF-8");
        assertTrue(page.selectFirst("header.run").hasClass("passed"));
        assertNull(page.selectFirst("section.failures"));
        assertEquals("Users", page.selectFirst("h1").text());
    }

    @Test
    void aStoppedRunHasAnInterruptedBadge() throws Exception {
        RunResult run = mixed();
        Document page = Jsoup.parse(write(new RunResult(run.startedAt(), run.finishedAt(), true, "local",
                run.suite(), run.collections())).toFile(), "UTF-8");
        assertTrue(page.selectFirst("header.run").hasClass("interrupted"));
        assertEquals("\u25a0 Interrupted", page.selectFirst(".badge").text());
        assertTrue(page.selectFirst("p.interrupted").text().contains("stopped"));
    }

    @Test
    void thePageStandsAlone() throws Exception {
        String html = Files.readString(write(mixed()), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertEquals(1, page.select("head style").size());
        assertTrue(page.select("link, script, img, iframe, object, embed").isEmpty(), "no external assets");
        assertFalse(html.contains("http-equiv"), "no refresh or redirect");
        assertEquals("UTF-8", page.charset().name());
    }

    @Test
    void aHeadlessBrowserRendersIt() throws Exception {
        Path html = write(mixed());
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(8, page.select("section.step").size());

        Screenshot.of(html, dir.resolve("report.png")).ifPresent(png -> {
            assertTrue(png.length > 10_000, "a screenshot of " + png.length + " bytes");
            assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
        });
    }
}

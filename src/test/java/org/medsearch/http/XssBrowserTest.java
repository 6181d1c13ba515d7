package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.search.LuceneSearchService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Markup inside documents — title, text, source and so facet values — reaches the page as text:
 * no script runs, no element is created. Proven in the browser, where it matters.
 */
class XssBrowserTest {
  static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static Javalin app;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(
        docs.resolve("evil.txt"),
        "Clinic " + PAYLOAD + " news\nFrom:" + PAYLOAD + "\n2024-05-01\nThe clinic " + PAYLOAD + " opens a vaccination room.\n");
    service = LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config());
    app = HttpApp.create(service, TestData.config()).start("127.0.0.1", 0);
    driver = Chromium.start(tmp.resolve("profile"));
    wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (app != null) app.stop();
    if (service != null) service.close();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Test
  void markupInResultsAndFacetsIsShownAsText() {
    driver.get("http://127.0.0.1:" + app.port() + "/?q=vaccination");
    wait.until(d -> !d.findElements(By.cssSelector("#results li.hit")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector(".facet[data-facet='source'] button.facet-value")).isEmpty());
    assertNull(js("return window.__xss;"), "no injected script ran");
    assertEquals(0L, js("return document.querySelectorAll('#results img, #facets img, #results script').length;"));
    assertTrue(driver.findElement(By.cssSelector("#results a.hit-title")).getText().contains("<img src=x"));
    String source = driver.findElement(By.cssSelector(".facet[data-facet='source'] button.facet-value")).getText();
    assertTrue(source.contains("<script>"), source);
    assertTrue(driver.findElement(By.cssSelector("#results .hit-snippet")).getText().contains("<script>"));
  }

  @Test
  void markupInTheDocumentViewIsShownAsText() {
    driver.get("http://127.0.0.1:" + app.port() + "/?q=vaccination&doc=evil.txt");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
    wait.until(d -> d.findElement(By.id("doc-text")).getText().contains("vaccination"));
    assertNull(js("return window.__xss;"), "no injected script ran");
    assertEquals(0L, js("return document.querySelectorAll('#document-view img, #document-view script').length;"));
    assertTrue(driver.findElement(By.id("doc-title")).getText().contains("<img src=x"));
    assertFalse(driver.findElement(By.id("doc-text")).getText().isBlank());
  }
}

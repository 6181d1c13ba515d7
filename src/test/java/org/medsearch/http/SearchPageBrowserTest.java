package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser (Debian's headless chromium through its chromedriver) against a
 * real server over the bundled sample corpus. Skipped where chromium or chromedriver is not installed.
 * Screenshots go to target/screenshots/.
 */
class SearchPageBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final String QUERY = "hospital";

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static Javalin app;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Chromium.assumeInstalled();
    service = LuceneSearchService.open(TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index")), TestData.config());
    app = HttpApp.create(service, TestData.config()).start("127.0.0.1", 0);
    driver = Chromium.start(tmp.resolve("chromium-profile"), "--lang=zh-CN");
    wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (app != null) app.stop();
    if (service != null) service.close();
  }

  /** Every test starts on a fresh page: desktop size, no stored language. */
  @BeforeEach
  void fresh() {
    driver.manage().window().setSize(DESKTOP);
    driver.get(url("/"));
    js("localStorage.clear();");
  }

  // ---------- helpers ----------

  static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + app.port() + pathAndQuery;
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results li.hit"));
  }

  /** The titles shown, read in one step (the list is re-rendered by every answer). */
  @SuppressWarnings("unchecked")
  static List<String> hitTitles() {
    return (List<String>) js("return [...document.querySelectorAll('#results a.hit-title')].map(a => a.textContent);");
  }

  /** Opens a page URL and waits for its search to be answered. */
  static void open(String pathAndQuery) {
    driver.get(url(pathAndQuery));
    awaitResults();
  }

  /** Waits until a search has been answered and shown, without an error. */
  static void awaitResults() {
    wait.until(d -> !byId("status").getText().isBlank() && byId("results").getAttribute("aria-busy") == null);
    assertFalse(byId("error").isDisplayed(), () -> "error shown: " + byId("error").getText());
  }

  static WebElement facetValue(String facet, String value) {
    return driver.findElement(By.cssSelector(".facet[data-facet='" + facet + "'] button.facet-value[data-value='" + value + "']"));
  }

  static List<WebElement> facetValues(String facet) {
    return driver.findElements(By.cssSelector(".facet[data-facet='" + facet + "'] button.facet-value"));
  }

  static String param(String name) {
    return (String) js("return new URLSearchParams(location.search).get(arguments[0]);", name);
  }

  static void screenshot(String name) throws IOException {
    File png = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  // ---------- tests ----------

  @Test
  void typingInTheBoxShowsResultsAndPutsTheQueryInTheUrl() throws IOException {
    WebElement q = byId("q");
    assertEquals(q, driver.switchTo().activeElement(), "the search box has the focus on arrival");
    q.sendKeys(QUERY);
    wait.until(d -> QUERY.equals(param("q")) && !hits().isEmpty());
    awaitResults();
    assertTrue(byId("status").getText().matches(".*\\d+.*"), byId("status").getText());
    assertTrue(hits().get(0).findElements(By.cssSelector("mark")).size() > 0, "the match is highlighted");
    screenshot("desktop-results");
  }

  @Test
  void suggestionsByPinyinInitialsArePickedWithTheKeyboard() throws IOException {
    WebElement q = byId("q");
    q.sendKeys("bjkn");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
    assertEquals("true", q.getAttribute("aria-expanded"));
    screenshot("suggestions");
    String wanted = "北京康宁国际医院简介";
    for (int i = 0; i < 8 && !activeSuggestion().contains(wanted); i++) {
      q.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    }
    assertTrue(activeSuggestion().contains(wanted), "keyboard reaches the title suggestion: " + activeSuggestion());
    q.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
    wait.until(d -> byId("doc-title").getText().contains(wanted));
    assertEquals("02-kangning-hospital-profile-zh.txt", param("doc"));
  }

  @Test
  void escapeClosesTheSuggestions() {
    WebElement q = byId("q");
    q.sendKeys("rehab");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
    q.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
    assertEquals("false", q.getAttribute("aria-expanded"));
  }

  @Test
  void aMisspelledQueryOffersTheCorrection() {
    open("/?q=acupunture");
    WebElement correction = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("did-you-mean")));
    assertEquals("acupuncture", correction.getText());
    correction.click();
    wait.until(d -> "acupuncture".equals(param("q")));
    awaitResults();
    assertFalse(hits().isEmpty());
  }

  @Test
  void anArticleSplitFromAListingPageLinksToThatPage() {
    String page = "11-emergency-rescue-centre-news-list-en.txt";
    driver.get(url("/?doc=" + java.net.URLEncoder.encode(page + "#article-1", java.nio.charset.StandardCharsets.UTF_8)));
    WebElement parent = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-parent a")));
    parent.click();
    wait.until(d -> page.equals(param("doc")));
    wait.until(d -> byId("doc-title").getText().contains("Northwest Regional Emergency Medical Rescue Centre"));
    assertFalse(byId("doc-parent").isDisplayed(), "the page itself has no parent");
  }

  /** The text of the suggestion the box points at with aria-activedescendant, or "". */
  static String activeSuggestion() {
    String id = byId("q").getAttribute("aria-activedescendant");
    return id == null || id.isEmpty() ? "" : byId(id).getText();
  }

  @Test
  void valuesOfOneFacetCombineAndTheOtherCountsStay() {
    open("/?q=" + QUERY + "&size=100");
    List<String> languages = facetValues("language").stream().map(b -> b.getAttribute("data-value")).toList();
    assertTrue(languages.size() >= 2, "two or more languages among the hits: " + languages);
    String first = languages.get(0);
    String second = languages.get(1);

    facetValue("language", first).click();
    wait.until(d -> first.equals(param("language")));
    awaitResults();
    wait.until(ExpectedConditions.attributeToBe(facetValue("language", first), "aria-pressed", "true"));
    // Drill sideways: the other values are still offered, with their counts.
    List<WebElement> offered = facetValues("language");
    assertEquals(languages.size(), offered.size());
    for (WebElement b : offered) assertTrue(b.getText().matches(".*\\(\\d+\\)"), b.getText());
    assertEquals(Set.of(first), hitLanguages());

    facetValue("language", second).click();
    wait.until(d -> js("return new URLSearchParams(location.search).getAll('language').length;").equals(2L));
    awaitResults();
    wait.until(ExpectedConditions.attributeToBe(facetValue("language", second), "aria-pressed", "true"));
    assertEquals("true", facetValue("language", first).getAttribute("aria-pressed"));
    assertEquals(Set.of(first, second), hitLanguages());
    assertTrue(byId("clear-filters").isDisplayed());
  }

  @SuppressWarnings("unchecked")
  static Set<String> hitLanguages() {
    return Set.copyOf((List<String>) js("return [...document.querySelectorAll('#results li.hit')].map(h => h.dataset.language);"));
  }

  @Test
  void pagingForwardAndBack() {
    open("/?q=" + QUERY + "&size=2");
    List<String> page1 = hitTitles();
    assertEquals(2, page1.size());
    assertFalse(byId("prev-page").isEnabled());
    assertTrue(byId("next-page").isEnabled());

    byId("next-page").click();
    wait.until(d -> "2".equals(param("page")) && !hitTitles().equals(page1));
    awaitResults();
    assertTrue(byId("page-info").getText().contains("2"), byId("page-info").getText());
    assertTrue(byId("prev-page").isEnabled());

    byId("prev-page").click();
    wait.until(d -> param("page") == null && hitTitles().equals(page1));
    assertFalse(byId("prev-page").isEnabled());
  }

  @Test
  void aDocumentOpensInThePageAndBackReturnsToTheSameResults() throws IOException {
    open("/?q=" + QUERY);
    List<String> titles = hitTitles();
    WebElement first = hits().get(0).findElement(By.cssSelector("a.hit-title"));
    String id = first.getAttribute("data-id");
    first.click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
    wait.until(d -> !byId("doc-text").getText().isBlank());
    assertEquals(id, param("doc"));
    assertFalse(byId("results-view").isDisplayed());
    assertFalse(byId("doc-title").getText().isBlank());
    screenshot("document-view");

    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
    assertFalse(byId("document-view").isDisplayed());
    assertEquals(null, param("doc"));
    assertEquals(QUERY, byId("q").getAttribute("value"));
    awaitResults();
    assertEquals(titles, hitTitles());
  }

  @Test
  void theUrlHoldsQueryPageFiltersAndDates() {
    open("/?q=" + QUERY + "&size=2");
    String language = facetValues("language").get(0).getAttribute("data-value");
    facetValue("language", language).click();
    wait.until(d -> language.equals(param("language")));
    awaitResults();
    // Dates: set as a person picking from the calendar would, then the change event.
    js("const e = document.getElementById('date-from'); e.value = '2000-01-01';"
        + " e.dispatchEvent(new Event('change', {bubbles: true}));");
    wait.until(d -> "2000-01-01".equals(param("date_from")));
    awaitResults();
    if (byId("next-page").isEnabled()) {
      byId("next-page").click();
      wait.until(d -> "2".equals(param("page")));
      awaitResults();
    }
    String page = param("page");
    String pageInfo = byId("page-info").getText();
    List<String> titles = hitTitles();

    driver.navigate().refresh();
    awaitResults();
    assertEquals(QUERY, byId("q").getAttribute("value"));
    assertEquals(page, param("page"));
    assertEquals(pageInfo, byId("page-info").getText());
    assertEquals(titles, hitTitles());
    assertEquals("true", facetValue("language", language).getAttribute("aria-pressed"));
    assertEquals("2000-01-01", byId("date-from").getAttribute("value"));

    byId("clear-filters").click();
    wait.until(d -> param("language") == null && param("date_from") == null);
    awaitResults();
    assertEquals("false", facetValue("language", language).getAttribute("aria-pressed"));
    assertEquals("", byId("date-from").getAttribute("value"));
    assertFalse(byId("clear-filters").isDisplayed());
    assertEquals(QUERY, param("q"));
  }

  @Test
  void theInterfaceSwitchesBetweenChineseAndEnglish() throws IOException {
    open("/?q=" + QUERY);
    assertEquals("zh-CN", js("return document.documentElement.lang;"));
    assertEquals("搜索", byId("search-button").getText());
    assertEquals("筛选", byId("facets-heading").getText());
    screenshot("ui-chinese");

    byId("lang-switch").click();
    wait.until(d -> "en".equals(js("return document.documentElement.lang;")));
    assertEquals("Search", byId("search-button").getText());
    assertEquals("Filters", byId("facets-heading").getText());
    assertEquals("Enter keywords", byId("q").getAttribute("placeholder"));
    assertTrue(byId("status").getText().contains("result"), byId("status").getText());
    assertEquals("中文", byId("lang-switch").getText());
    assertEquals("en", param("lang"));
    screenshot("ui-english");

    // The choice is in the URL (a reload keeps it, and it is never sent to the API) …
    driver.navigate().refresh();
    awaitResults();
    assertEquals("Search", byId("search-button").getText());
    // … and remembered for a page opened without it.
    open("/?q=" + QUERY);
    assertEquals("Search", byId("search-button").getText());

    byId("lang-switch").click();
    wait.until(d -> "zh-CN".equals(js("return document.documentElement.lang;")));
    assertEquals("搜索", byId("search-button").getText());
    assertEquals(null, param("lang"));
    assertNotEquals("Filters", byId("facets-heading").getText());
  }

  @Test
  void atPhoneWidthTheBoxAndResultsFit() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("/?q=" + QUERY);
    assertTrue(byId("q").isDisplayed());
    assertTrue(byId("search-button").isDisplayed());
    assertTrue(hits().get(0).isDisplayed());
    long viewport = (Long) js("return document.documentElement.clientWidth;");
    long content = (Long) js("return document.documentElement.scrollWidth;");
    assertTrue(content <= viewport, "no sideways scrolling: content " + content + " px, viewport " + viewport + " px");
    screenshot("phone-390");

    // The filters are folded away above the results until asked for.
    WebElement toggle = byId("filters-toggle");
    assertFalse(byId("date-from").isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    toggle.click();
    wait.until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
    assertTrue(byId("date-from").isDisplayed());
    assertTrue(facetValues("language").get(0).isDisplayed());
    screenshot("phone-390-filters");
  }

  @Test
  void onADesktopTheFiltersAreAlwaysShown() {
    open("/?q=" + QUERY);
    assertFalse(byId("filters-toggle").isDisplayed());
    assertTrue(byId("date-from").isDisplayed());
  }
}

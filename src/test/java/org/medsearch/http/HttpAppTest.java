package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;

/** The HTTP API against a real server on a free port, over the bundled sample corpus. */
class HttpAppTest {
  @TempDir static Path tmp;
  static LuceneSearchService service;
  static Javalin app;
  static final HttpClient client = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    service = LuceneSearchService.open(TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index")), TestData.config());
    app = HttpApp.create(service, TestData.config()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    service.close();
  }

  record Reply(int status, String contentType, String body) {
    JsonNode json() throws Exception {
      return HttpAppTest.json.readTree(body);
    }
  }

  static Reply get(String pathAndQuery) throws Exception {
    if (pathAndQuery.matches(".*%(?![0-9A-Fa-f]{2}).*")) {
      return raw(pathAndQuery); // java.net.URI refuses a broken %-escape; a script's client may not
    }
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  static Reply raw(String pathAndQuery) throws Exception {
    RawHttp.Response response = RawHttp.get(app.port(), pathAndQuery);
    return new Reply(response.status(), response.contentType(), response.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchReturnsRankedHighlightedFacetedJson() throws Exception {
    Reply reply = get("/api/search?q=" + enc("stem cell"));
    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    JsonNode body = reply.json();
    assertTrue(body.get("total").asLong() >= 1);
    assertTrue(body.has("took_ms"));
    JsonNode first = body.get("hits").get(0);
    assertEquals("07-stem-cell-centre-en.md", first.get("id").asText());
    for (String field : List.of("title", "title_html", "language", "date", "source", "score", "snippets")) {
      assertTrue(first.has(field), field);
    }
    assertTrue(first.get("snippets").get(0).asText().contains("<mark>"), first.toString());
    assertEquals(List.of("language", "year", "source", "doc_type", "institution"), fieldNames(body.get("facets")));
  }

  @Test
  void chineseQueryWorksOverHttp() throws Exception {
    JsonNode body = get("/api/search?q=" + enc("无偿献血")).json();
    assertEquals("05-ningchuan-redcross-blood-donation-zh.txt", body.get("hits").get(0).get("id").asText());
    assertTrue(body.get("hits").get(0).get("title_html").asText().contains("<mark>"));
  }

  @Test
  void facetFiltersTakeSeveralValues() throws Exception {
    long zh = get("/api/search?language=zh").json().get("total").asLong();
    long en = get("/api/search?language=en").json().get("total").asLong();
    long both = get("/api/search?language=zh&language=en").json().get("total").asLong();
    assertEquals(zh + en, both);
    assertTrue(zh > 0 && en > 0);
  }

  @Test
  void pagingAndSortByDate() throws Exception {
    JsonNode page2 = get("/api/search?page=2&size=3&sort=date").json();
    assertEquals(2, page2.get("page").asInt());
    assertEquals(3, page2.get("hits").size());
    assertEquals("date", page2.get("sort").asText());
  }

  @Test
  void suggestReturnsTextKindAndId() throws Exception {
    Reply reply = get("/api/suggest?q=bjkn");
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    JsonNode body = reply.json();
    assertEquals("bjkn", body.get("query").asText());
    JsonNode first = body.get("suggestions").get(0);
    assertEquals("北京康宁国际医院简介", first.get("text").asText());
    assertEquals("title", first.get("kind").asText());
    assertEquals("02-kangning-hospital-profile-zh.txt", first.get("id").asText());
  }

  @Test
  void suggestWithoutQueryIsAnEmptyList() throws Exception {
    Reply reply = get("/api/suggest?q=");
    assertEquals(200, reply.status(), reply.body());
    assertEquals(0, reply.json().get("suggestions").size());
  }

  @Test
  void suggestHonoursSize() throws Exception {
    assertEquals(3, get("/api/suggest?q=h&size=3").json().get("suggestions").size());
  }

  @Test
  void searchOffersACorrectionForAMisspelledQuery() throws Exception {
    assertEquals("hospital", get("/api/search?q=hospitl").json().get("did_you_mean").asText());
  }

  @Test
  void didYouMeanIsNullWhenTheQueryIsFine() throws Exception {
    JsonNode body = get("/api/search?q=" + enc("stem cell")).json();
    assertTrue(body.has("did_you_mean"));
    assertTrue(body.get("did_you_mean").isNull());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?colour=red|unknown parameter 'colour'",
        "/api/search?page=abc|parameter 'page'",
        "/api/search?page=0|parameter 'page'",
        "/api/search?size=1000|parameter 'size'",
        "/api/search?sort=popular|parameter 'sort' must be one of relevance, date",
        "/api/search?syntax=regex|parameter 'syntax'",
        "/api/search?q=a&q=b|parameter 'q' given 2 times",
        "/api/search?date_from=yesterday|parameter 'date_from'",
        "/api/search?page=500&size=100|page x size",
        "/api/search?syntax=lucene&q=title%3A%28stem|malformed query",
        "/api/search?syntax=lucene&q=author%3Ax|unknown field 'author'",
        "/api/search?q=%ZZ|invalid %-escape",
        "/api/search?q=abc%|invalid %-escape",
        "/api/search?q=%E4|not valid UTF-8",
        "/api/documents/%u0041|the path has an invalid %-escape",
        "/api/suggest?q=bj&colour=red|unknown parameter 'colour'",
        "/api/suggest?q=bj&size=21|parameter 'size'",
        "/api/suggest?q=%ZZ|the query string has an invalid %-escape",
        "/api/suggest?q=%E4|not valid UTF-8",
        "/api/documents/x?q=%|the query string has an invalid %-escape",
      })
  void badParametersGet400WithAJsonMessage(String caseSpec) throws Exception {
    String[] parts = caseSpec.split("\\|");
    Reply reply = get(parts[0]);
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"));
    String error = reply.json().get("error").asText();
    assertTrue(error.contains(parts[1]), error);
  }

  @ParameterizedTest
  @ValueSource(strings = {"((stem", "\"unclosed", "+-|", "title:(", "%", "<script>", "医院\"", "~~~*"})
  void searchBoxInputNeverFails(String typed) throws Exception {
    Reply reply = get("/api/search?q=" + enc(typed));
    assertEquals(200, reply.status(), typed + " -> " + reply.body());
  }

  @Test
  void matchAllInLuceneSyntax() throws Exception {
    assertEquals(17, get("/api/search?syntax=lucene&q=" + enc("*:*")).json().get("total").asInt());
  }

  @Test
  void documentByIdAndUnknownId() throws Exception {
    JsonNode doc = get("/api/documents/" + enc("12-hpv-vaccination-campaign-zh.md")).json();
    assertEquals("南湖区启动适龄女生HPV疫苗免费接种工作", doc.get("title").asText());
    assertEquals("2024-09-10", doc.get("date").asText());
    assertFalse(doc.get("text").asText().isEmpty());
    Reply missing = get("/api/documents/nope.txt");
    assertEquals(404, missing.status());
    assertTrue(missing.json().get("error").asText().contains("nope.txt"));
  }

  @Test
  void healthReportsTheServedIndex() throws Exception {
    JsonNode health = get("/health").json();
    assertEquals("ok", health.get("status").asText());
    assertEquals(17, health.get("documents").asInt(), "14 files, one of them a list of three articles");
    assertTrue(health.get("generation").asLong() > 0);
    java.time.Instant builtAt = java.time.Instant.parse(health.get("built_at").asText());
    assertTrue(builtAt.isAfter(java.time.Instant.now().minusSeconds(3600)), "the last commit's time: " + builtAt);
  }

  @Test
  void errorsJettyAnswersItselfAreJsonForEveryMethod() throws Exception {
    for (String method : List.of("GET", "DELETE", "OPTIONS", "PUT")) {
      RawHttp.Response response = RawHttp.send(app.port(), method, "/api/%FF%FE", "", new byte[0]);
      assertEquals(400, response.status(), method);
      assertTrue(new Reply(response.status(), response.contentType(), response.body()).json().has("error"), method + ": " + response.body());
    }
  }

  @Test
  void unknownEndpointIsAJson404() throws Exception {
    Reply reply = get("/api/nothing");
    assertEquals(404, reply.status());
    assertTrue(reply.json().get("error").asText().contains("/api/nothing"));
  }

  @Test
  void responsesCarryTimeoutFlagAndCursor() throws Exception {
    JsonNode first = get("/api/search?size=3").json();
    assertFalse(first.get("timed_out").asBoolean(true));
    String cursor = first.get("next_cursor").asText();
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    JsonNode second = get("/api/search?size=3&cursor=" + cursor).json();
    JsonNode paged = get("/api/search?size=3&page=2").json();
    assertEquals(paged.get("hits").findValuesAsText("id"), second.get("hits").findValuesAsText("id"));
    JsonNode last = get("/api/search?q=" + enc("Red Cross") + "&size=100").json();
    assertTrue(last.has("next_cursor") && last.get("next_cursor").isNull(), last.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?cursor=%21%21", "/api/search?cursor=Zm9v", "/api/search?page=2&cursor=Zm9v",
        "/api/search?q=*a*&syntax=lucene", "/api/suggest?q=", "/api/search?q="
      })
  void boundedWorkIsRefusedAsJson(String request) throws Exception {
    String url = request.endsWith("q=") ? request + "a".repeat(request.contains("suggest") ? 101 : 1001) : request;
    Reply reply = get(url);
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertEquals(400, reply.json().get("status").asInt());
  }

  @Test
  void overLongUrlIsRefusedAsJson() throws Exception {
    Reply reply = raw("/api/search?q=" + "a".repeat(9 * 1024));
    assertTrue(reply.status() == 414 || reply.status() == 431 || reply.status() == 400, reply.status() + " " + reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType() + " " + reply.body());
    assertEquals(reply.status(), reply.json().get("status").asInt());
    assertTrue(reply.json().has("error"), reply.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/.*/", "/[a-z]+.*/", "hosp*", "hospital~2", "body:h*l"})
  void expandingQueriesAnswerWithJsonNeverAServerError(String q) throws Exception {
    Reply reply = get("/api/search?syntax=lucene&q=" + enc(q));
    assertTrue(reply.status() == 200 || reply.status() == 400, reply.status() + " " + reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
  }

  @Test
  void pageIsServedAsUtf8HtmlWithItsAssets() throws Exception {
    Reply page = get("/");
    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.contentType().toLowerCase().replace(" ", "").replace(";", "; "));
    assertTrue(page.body().contains("id=\"q\""));
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external assets");
    assertEquals(200, get("/app.js").status());
    assertEquals(200, get("/app.css").status());
  }

  @Test
  void openApiDescribesExactlyTheServedEndpoints() throws Exception {
    JsonNode spec = get("/openapi.json").json();
    assertEquals(new HashSet<>(HttpApp.API_PATHS), new HashSet<>(fieldNames(spec.get("paths"))));
    for (String path : HttpApp.API_PATHS) {
      JsonNode item = spec.get("paths").get(path);
      if (!item.has("get")) {
        continue; // POST-only (/admin/reload): nothing to GET
      }
      Reply reply = get(path.replace("{id}", enc("01-eastbridge-hospital-about-en.txt")));
      // Admin paths carry the adminKey security scheme; this server has no key, so they are off.
      assertEquals(item.get("get").has("security") ? 404 : 200, reply.status(), path);
    }
    Set<String> documented = new HashSet<>();
    spec.get("paths").get("/api/search").get("get").get("parameters").forEach(p -> documented.add(p.get("name").asText()));
    String cursor = get("/api/search").json().get("next_cursor").asText();
    for (String name : documented) {
      String value =
          name.startsWith("date") ? "2024-01-01"
              : name.equals("page") || name.equals("size") ? "1"
              : name.equals("sort") ? "date"
              : name.equals("syntax") ? "simple"
              : name.equals("cursor") ? cursor
              : "x";
      assertNotEquals(400, get("/api/search?" + name + "=" + value).status(), name);
    }
    Set<String> accepted = new HashSet<>(HttpApp.SEARCH_PARAMS);
    TestData.config().facets().forEach(f -> accepted.add(f.name()));
    assertEquals(accepted, documented);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;

/** Admin endpoints, metrics and CORS against a real server on a free port. */
class HttpOpsTest {
  static final String KEY = "s3cret-key";
  static final HttpClient client = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @TempDir Path tmp;
  final List<AutoCloseable> open = new ArrayList<>();
  LuceneSearchService service;
  Path input;
  Path indexDir;
  Javalin app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  /** A server over a two-file folder, with {@code options}' admin actions built by {@code admin}. */
  Javalin serve(java.util.function.Function<LuceneSearchService, HttpOptions> options) throws Exception {
    input = Files.createDirectories(tmp.resolve("input"));
    Files.writeString(input.resolve("a.txt"), "Hospital news\n\nThe hospital opened a new stem cell ward.\n");
    Files.writeString(input.resolve("b.txt"), "Clinic news\n\nThe clinic trains family doctors.\n");
    indexDir = TestData.index(input, tmp.resolve("index"));
    service = LuceneSearchService.open(indexDir, TestData.config());
    open.add(service);
    app = HttpApp.create(service, TestData.config(), options.apply(service)).start("127.0.0.1", 0);
    return app;
  }

  HttpOptions withAdmin(AdminActions admin) {
    return new HttpOptions(List.of(), true, KEY, admin, indexDir);
  }

  BackgroundReindexer reindexer(LuceneSearchService s) {
    BackgroundReindexer r =
        new BackgroundReindexer(
            rebuild -> {
              var config = TestData.config();
              var source = new FolderSource(input, config.ingest().extensions());
              var indexer = new Indexer(config, 2);
              return rebuild ? indexer.rebuild(source, indexDir, ProgressListener.NONE) : indexer.update(source, indexDir, ProgressListener.NONE);
            },
            () -> s);
    open.add(r);
    return r;
  }

  HttpResponse<String> send(String method, String path, String key, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header(HttpApp.ADMIN_KEY_HEADER, key);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode body(HttpResponse<String> r) throws Exception {
    return json.readTree(r.body());
  }

  long total(String q) throws Exception {
    return body(send("GET", "/api/search?q=" + q, null, null)).get("total").asLong();
  }

  @Test
  void adminRoutesAre404WhenNoKeyIsConfigured() throws Exception {
    serve(s -> new HttpOptions(List.of(), true, null, reindexer(s), null));
    for (String[] route : new String[][] {{"POST", "/admin/reindex"}, {"GET", "/admin/reindex"}, {"POST", "/admin/reload"}}) {
      HttpResponse<String> r = send(route[0], route[1], KEY, null);
      assertEquals(404, r.statusCode(), route[1]);
      assertTrue(body(r).get("error").asText().contains("MEDSEARCH_ADMIN_KEY"), r.body());
    }
  }

  @Test
  void missingOrWrongKeyIs401() throws Exception {
    serve(s -> withAdmin(reindexer(s)));
    assertEquals(401, send("POST", "/admin/reload", null, null).statusCode());
    assertEquals(401, send("POST", "/admin/reload", "s3cret-kex", null).statusCode());
    HttpResponse<String> r = send("POST", "/admin/reindex", "", null);
    assertEquals(401, r.statusCode());
    assertEquals(401, body(r).get("status").asInt());
  }

  @Test
  void reindexPicksUpAChangedInputFolder() throws Exception {
    serve(s -> withAdmin(reindexer(s)));
    assertEquals(0, total("ophthalmology"));
    Files.writeString(input.resolve("c.txt"), "Eye care\n\nA new ophthalmology department opened.\n");
    HttpResponse<String> started = send("POST", "/admin/reindex", KEY, "{\"rebuild\": false}", "Content-Type", "application/json");
    assertEquals(202, started.statusCode(), started.body());
    assertEquals("started", body(started).get("status").asText());
    JsonNode status = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      status = body(send("GET", "/admin/reindex", KEY, null));
      if (!status.get("state").asText().equals("running")) {
        break;
      }
      Thread.sleep(50);
    }
    assertEquals("done", status.get("state").asText(), status.toString());
    assertTrue(status.get("summary").asText().contains("indexed 1 of 3 files"), status.toString());
    assertEquals(1, total("ophthalmology"));
  }

  @Test
  void secondReindexWhileOneRunsIs409() throws Exception {
    AdminActions blocking =
        new AdminActions() {
          boolean running;

          @Override
          public synchronized boolean startReindex(boolean rebuild) {
            if (running) {
              return false;
            }
            running = true;
            return true;
          }

          @Override
          public ReindexStatus reindexStatus() {
            return new ReindexStatus("running", false, "2026-01-01T00:00:00Z", null, null, null);
          }

          @Override
          public Reload reload() {
            return new Reload(false, 1);
          }
        };
    serve(s -> withAdmin(blocking));
    assertEquals(202, send("POST", "/admin/reindex", KEY, null).statusCode());
    HttpResponse<String> second = send("POST", "/admin/reindex", KEY, "{\"rebuild\": true}");
    assertEquals(409, second.statusCode());
    assertTrue(body(second).get("error").asText().contains("already running"), second.body());
  }

  @Test
  void secondReindexOfTheRealReindexerWhileOneRunsIs409() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    serve(
        s -> {
          BackgroundReindexer r =
              new BackgroundReindexer(
                  rebuild -> {
                    entered.countDown();
                    try {
                      release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    throw new java.io.IOException("stopped by the test");
                  },
                  () -> s);
          open.add(r);
          return withAdmin(r);
        });
    assertEquals(202, send("POST", "/admin/reindex", KEY, null).statusCode());
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    assertEquals(409, send("POST", "/admin/reindex", KEY, null).statusCode());
    assertEquals("running", body(send("GET", "/admin/reindex", KEY, null)).get("state").asText());
    release.countDown();
  }

  @Test
  void reloadReturnsTheServedGeneration() throws Exception {
    serve(s -> withAdmin(reindexer(s)));
    long generation = service.status().generation();
    HttpResponse<String> r = send("POST", "/admin/reload", KEY, null);
    assertEquals(200, r.statusCode(), r.body());
    assertFalse(body(r).get("reloaded").asBoolean());
    assertEquals(generation, body(r).get("generation").asLong());
  }

  @Test
  void badReindexBodyIs400() throws Exception {
    serve(s -> withAdmin(reindexer(s)));
    assertEquals(400, send("POST", "/admin/reindex", KEY, "{\"rebuild\": \"yes\"}").statusCode());
    assertEquals(400, send("POST", "/admin/reindex", KEY, "{not json").statusCode());
  }

  @Test
  void metricsCountRequestsInPrometheusTextFormat() throws Exception {
    serve(s -> withAdmin(reindexer(s)));
    send("GET", "/api/search?q=hospital", null, null);
    send("GET", "/api/search?q=clinic", null, null);
    send("GET", "/api/nothing", null, null);
    HttpResponse<String> r = send("GET", "/metrics", null, null);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    Pattern line = Pattern.compile("[a-z_]+(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*\\})? -?[0-9.]+");
    for (String l : r.body().lines().filter(l -> !l.startsWith("#")).toList()) {
      assertTrue(line.matcher(l).matches(), l);
    }
    String text = r.body();
    assertTrue(text.contains("medsearch_requests_total{route=\"/api/search\",status=\"200\"} 2\n"), text);
    assertTrue(text.contains("medsearch_requests_total{route=\"other\",status=\"404\"} 1\n"), text);
    assertTrue(text.contains("medsearch_request_seconds_count{route=\"/api/search\"} 2\n"), text);
    assertTrue(text.contains("medsearch_request_seconds_bucket{route=\"/api/search\",le=\"+Inf\"} 2\n"), text);
    assertTrue(text.contains("medsearch_index_documents 2\n"), text);
    assertTrue(text.contains("medsearch_index_generation " + service.status().generation() + "\n"), text);
    assertTrue(Pattern.compile("medsearch_index_size_bytes [1-9][0-9]*\n").matcher(text).find(), text);
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigin() throws Exception {
    serve(s -> new HttpOptions(List.of("https://allowed.example"), true, null, null, null));
    HttpResponse<String> allowed = send("GET", "/api/search?q=hospital", null, null, "Origin", "https://allowed.example");
    assertEquals(200, allowed.statusCode());
    assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> denied = send("GET", "/api/search?q=hospital", null, null, "Origin", "https://evil.example");
    assertTrue(denied.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), denied.headers().toString());
  }

  @Test
  void corsPreflightAnswersOnlyTheConfiguredOrigin() throws Exception {
    serve(s -> new HttpOptions(List.of("https://allowed.example"), true, null, null, null));
    HttpResponse<String> allowed =
        send("OPTIONS", "/api/search", null, null, "Origin", "https://allowed.example", "Access-Control-Request-Method", "GET");
    assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> denied =
        send("OPTIONS", "/api/search", null, null, "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
    assertTrue(denied.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), denied.headers().toString());
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    serve(s -> HttpOptions.DEFAULTS);
    HttpResponse<String> r = send("GET", "/api/search?q=hospital", null, null, "Origin", "https://allowed.example");
    assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }
}

package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;

/**
 * Generated hostile input against every endpoint, sent as raw HTTP so that even invalid
 * percent-encoding reaches the server: never a 5xx, and every 4xx carries a JSON message. A short
 * run (fixed seed, a few thousand requests) for CI.
 */
class HttpFuzzTest {
  private static final int REQUESTS = 3000;
  private static final String[] PATHS = {"/api/search", "/api/suggest", "/api/documents/", "/health", "/openapi.json", "/metrics"};
  private static final String[] PARAMS = {"q", "page", "size", "sort", "syntax", "date_from", "date_to", "cursor", "language", "year", "source", "institution", "doc_type", "x"};
  private static final String[] FRAGMENTS = {
    "title:(", "\"", "*", "?", "~", "~2", "^3", "AND", "OR", "NOT", "+", "-", "||", "&&", "[a TO", "{* TO *}", "/.*/", "\\",
    "*:*", "body:", "%", "%ZZ", "%E4", "%C0%AF", "%00", "%FF%FE", "99999999999999999999", "-1", "0", "1e309", "NaN",
    "医院", "醫院", "红十字会", "😀", "\u0000", "\u202e", "<script>", "' OR 1=1", "../../etc/passwd"
  };

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static Javalin app;

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

  @Test
  void hostileInputNeverCausesA5xxAndEvery4xxIsJson() throws Exception {
    Random random = new Random(20261123L);
    ObjectMapper json = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
      String target = target(random);
      RawHttp.Response response = RawHttp.get(app.port(), target);
      if (response.status() >= 500) {
        failures.add(response.status() + " for " + target);
      } else if (response.status() >= 400) {
        try {
          if (!json.readTree(response.body()).hasNonNull("error")) {
            failures.add("no error message for " + target + ": " + response.body());
          }
        } catch (Exception e) {
          failures.add("not JSON (" + response.status() + ") for " + target + ": " + response.body());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  private static String target(Random random) {
    String path = PATHS[random.nextInt(PATHS.length)];
    if (path.endsWith("/")) {
      return path + piece(random);
    }
    StringBuilder query = new StringBuilder();
    int params = random.nextInt(4);
    for (int p = 0; p < params; p++) {
      query.append(p == 0 ? "?" : "&").append(PARAMS[random.nextInt(PARAMS.length)]).append('=').append(piece(random));
    }
    return path + query;
  }

  /** A value made of hostile fragments and random code points, percent-encoded or raw. */
  private static String piece(Random random) {
    StringBuilder value = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (random.nextBoolean()) {
        String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        value.append(fragment.startsWith("%") ? fragment : encode(fragment));
      } else {
        int codePoint = random.nextInt(4) == 0 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x3000);
        value.append(encode(new String(Character.toChars(codePoint))));
      }
    }
    return value.toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

}

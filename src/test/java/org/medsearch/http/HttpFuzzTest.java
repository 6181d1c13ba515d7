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
import org.medsearch.Stress;
import org.medsearch.TestData;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;

/**
 * Generated hostile input against every endpoint (the admin ones with and without the key, while
 * the re-indexes it starts run), sent as raw HTTP so that even invalid percent-encoding and raw
 * bytes reach the server: never a 5xx, always an answer, and every 4xx carries a JSON message.
 * Fixed seed; {@code -Dstress.fuzz.inputs=N} sets the count (CI: 3,000).
 */
class HttpFuzzTest {
  private static final String KEY = "fuzz-key";
  private static final String[] PATHS = {
    "/api/search", "/api/search", "/api/search", "/api/suggest", "/api/suggest", "/api/documents/", "/health", "/openapi.json",
    "/metrics", "/", "/index.html", "/admin/reindex", "/admin/reload", "/api/", "/"
  };
  private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"};
  private static final String[] PARAMS = {
    "q", "page", "size", "sort", "syntax", "date_from", "date_to", "cursor", "language", "year", "source", "institution",
    "doc_type", "x", "", "q[]", "%71"
  };
  private static final String[] FRAGMENTS = {
    "title:(", "\"", "*", "?", "~", "~2", "^3", "AND", "OR", "NOT", "+", "-", "||", "&&", "[a TO", "{* TO *}", "/.*/", "\\",
    "*:*", "body:", "id:*", "year:[0 TO 99999999999]", "title:/[a-z]{1,9999}/", "a*b?c~0.5", "((((((((((", "\"a\"~99999",
    "医院", "醫院", "红十字会", "😀", "\u0000", "\u202e", "\ufeff", "\t", "\r\n", "\u007f", "<script>", "' OR 1=1",
    "../../etc/passwd", "2024-02-30", "-0001-01-01", "+999999999-12-31"
  };
  /** Sent as they are, not %-encoded: broken escapes, escapes of invalid UTF-8 (lone surrogates, overlong forms). */
  private static final String[] RAW = {
    "%", "%ZZ", "%E4", "%C0%AF", "%00", "%FF%FE", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%E0%80%AF", "%%", "%2", "%u0041",
    "&", "&&", "=", "==", "+", "#frag", ";", "<", ">", "|", "^", "`", "{", "\u00ff", "\u0080"
  };
  private static final String[] NUMBERS = {
    "0", "-1", "1", "100", "101", "10000", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309",
    "NaN", "Infinity", "0x10", "1.5", "٣", "１"
  };
  private static final String[] BODIES = {
    "", "{\"rebuild\": false}", "{\"rebuild\": true}", "{\"rebuild\": \"yes\"}", "[]", "null", "{", "{\"rebuild\": 1e999}",
    "{\"a\":" .repeat(2000), "\u0000\u00ff"
  };

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static BackgroundReindexer reindexer;
  static Javalin app;

  @BeforeAll
  static void start() {
    var config = TestData.config();
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    service = LuceneSearchService.open(index, config);
    reindexer =
        new BackgroundReindexer(
            rebuild -> {
              var source = new FolderSource(FolderSource.sampleCorpus(), config.ingest().extensions());
              var indexer = new Indexer(config, 1);
              return rebuild ? indexer.rebuild(source, index, ProgressListener.NONE) : indexer.update(source, index, ProgressListener.NONE);
            },
            () -> service);
    app = HttpApp.create(service, config, new HttpOptions(List.of(), true, KEY, reindexer, index)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    reindexer.close();
    service.close();
  }

  @Test
  void hostileInputNeverCausesA5xxAndEvery4xxIsJson() throws Exception {
    int inputs = Stress.size("fuzz.inputs", 3000);
    long started = System.nanoTime();
    Random random = new Random(20261123L);
    ObjectMapper json = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    int[] byClass = new int[6];
    int i = 0;
    for (; i < inputs && failures.size() < 5; i++) {
      String path = PATHS[random.nextInt(PATHS.length)];
      String method = path.startsWith("/admin/") ? (random.nextBoolean() ? "POST" : "GET") : METHODS[random.nextInt(METHODS.length)];
      String target = target(path, random);
      String headers = headers(random);
      byte[] body = method.equals("POST") || random.nextInt(20) == 0 ? BODIES[random.nextInt(BODIES.length)].getBytes(StandardCharsets.UTF_8) : new byte[0];
      String request = shorten(method + " " + target + " " + headers.replace("\r\n", "; ") + " body " + body.length + " bytes");
      RawHttp.Response response;
      try {
        response = RawHttp.send(app.port(), method, target, headers, body);
      } catch (Exception e) {
        failures.add("no answer (" + e + ") to " + request);
        continue;
      }
      byClass[response.status() / 100]++;
      if (response.status() >= 500) {
        failures.add(response.status() + " for " + request + ": " + shorten(response.body()));
      } else if (response.status() >= 400 && !method.equals("HEAD")) {
        try {
          if (!json.readTree(response.body()).hasNonNull("error")) {
            failures.add("no error message (" + response.status() + ") for " + request + ": " + shorten(response.body()));
          }
        } catch (Exception e) {
          failures.add("not JSON (" + response.status() + ") for " + request + ": " + shorten(response.body()));
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Stress.report(
        "HttpFuzzTest",
        "inputs=" + i + " 2xx=" + byClass[2] + " 3xx=" + byClass[3] + " 4xx=" + byClass[4] + " 5xx=" + byClass[5]
            + " failures=" + failures.size() + " time=" + millis / 1000 + "s");
    assertEquals(List.of(), failures);
  }

  private static String target(String path, Random random) {
    if (path.endsWith("/") && path.length() > 1) {
      return path + piece(random);
    }
    StringBuilder query = new StringBuilder();
    int params = random.nextInt(5);
    String repeated = PARAMS[random.nextInt(PARAMS.length)];
    for (int p = 0; p < params; p++) {
      // Every third request repeats one parameter; the others pick names at random.
      String name = random.nextInt(3) == 0 ? repeated : PARAMS[random.nextInt(PARAMS.length)];
      String value = name.equals("page") || name.equals("size") || random.nextInt(8) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : piece(random);
      query.append(p == 0 ? "?" : "&").append(name);
      if (random.nextInt(10) > 0) {
        query.append('=').append(value);
      }
    }
    return path + query;
  }

  /** Sometimes an admin key: the right one, a wrong one, an empty one, or one with odd bytes. */
  private static String headers(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> "X-Admin-Key: " + KEY + "\r\n";
      case 1 -> "X-Admin-Key: " + KEY.substring(1) + "\r\n";
      case 2 -> "X-Admin-Key:\r\n";
      case 3 -> "X-Admin-Key: " + KEY + "\u00e9\u00ff\r\nX-Admin-Key: " + KEY + "\r\n";
      case 4 -> "Content-Type: application/json\r\nX-Admin-Key: " + KEY + "\r\n";
      default -> "";
    };
  }

  /** A value made of hostile fragments, random code points (any plane, controls included) and raw bytes. */
  private static String piece(Random random) {
    StringBuilder value = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> value.append(encode(FRAGMENTS[random.nextInt(FRAGMENTS.length)]));
        case 1 -> value.append(RAW[random.nextInt(RAW.length)]);
        case 2 -> value.append(encode(new String(Character.toChars(random.nextInt(0x20)))));
        default -> {
          int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
          if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            codePoint = 0xFFFD;
          }
          value.append(encode(new String(Character.toChars(codePoint))));
        }
      }
    }
    if (random.nextInt(50) == 0) {
      value.append("a".repeat(random.nextInt(10_000)));
    }
    return value.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

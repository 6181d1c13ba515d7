package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkLoadDriverTest {
  private static final String CHINESE_BODY = "{\"query\":{\"match\":{\"body\":\"干细胞移植\"}}}";
  private static final List<LoadRequest> LOG = List.of(
      LoadRequest.get("/api/search?q=%E5%B9%B2%E7%BB%86%E8%83%9E"),
      new LoadRequest("/medsearch/_search", CHINESE_BODY),
      LoadRequest.get("/fail"),
      LoadRequest.get("/api/suggest?q=ste"));

  @Test
  void findsAnExecutableWrkOnThePathAndNothingElse(@TempDir Path dir) throws IOException {
    Path notExecutable = Files.createDirectory(dir.resolve("a"));
    Files.writeString(notExecutable.resolve("wrk"), "#!/bin/sh\n");
    Path executable = Files.createDirectory(dir.resolve("b"));
    Files.writeString(executable.resolve("wrk"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(executable.resolve("wrk"), PosixFilePermissions.fromString("rwxr-xr-x"));

    assertEquals(executable.resolve("wrk"), WrkLoadDriver.find(notExecutable + ":" + executable).orElseThrow());
    assertFalse(WrkLoadDriver.find(notExecutable.toString()).isPresent());
    assertFalse(WrkLoadDriver.find(null).isPresent());
  }

  @Test
  void anUnknownGeneratorIsNamedInTheError(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadDriver.of("ab", dir, 1, 1));
    assertTrue(e.getMessage().contains("'ab'") && e.getMessage().contains("wrk, java"), e.getMessage());
  }

  @Test
  void writesEachRequestAsALineAndItsBodyBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("log.wrk");
    WrkLoadDriver.writeRequests(LOG.subList(0, 2), file);
    byte[] body = CHINESE_BODY.getBytes(StandardCharsets.UTF_8);
    String expected = "GET /api/search?q=%E5%B9%B2%E7%BB%86%E8%83%9E 0\nPOST /medsearch/_search " + body.length + "\n" + CHINESE_BODY;
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Replays the log with the real wrk against a local server that records what reaches it. */
  @Test
  void replaysTheLogInOrderWithBodiesAndCountsFailedRequests(@TempDir Path dir) throws Exception {
    assumeTrue(WrkLoadDriver.find(System.getenv("PATH")).isPresent(), "wrk is not installed (apt-get install -y wrk; .ci/run installs it)");
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + type + " " + body));
      byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/fail") ? 500 : 200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
    try {
      LoadDriver driver = LoadDriver.of("wrk", dir, 1, 1);
      LoadResult result = driver.run("test", "http://127.0.0.1:" + server.getAddress().getPort(), LOG, 1);

      List<String> expected = List.of(
          "GET /api/search?q=%E5%B9%B2%E7%BB%86%E8%83%9E",
          "POST /medsearch/_search application/json " + CHINESE_BODY,
          "GET /fail",
          "GET /api/suggest?q=ste");
      List<String> seen = List.copyOf(received);
      assertTrue(seen.size() > 20, "requests reached the server: " + seen.size());
      assertEquals(expected.getFirst(), seen.getFirst(), "the warm-up starts at the log's first request");
      // The measured run continues where the warm-up stopped: at most one break in the cycle, where
      // a request in flight when the warm-up ended is sent again.
      int breaks = 0;
      for (int i = 1; i < seen.size(); i++) {
        int previous = expected.indexOf(seen.get(i - 1));
        int next = expected.indexOf(seen.get(i));
        assertTrue(previous >= 0 && next >= 0, "a request of the log: " + seen.get(i));
        if (next != (previous + 1) % expected.size()) {
          breaks++;
        }
      }
      assertTrue(breaks <= 1, "breaks in the log's order: " + breaks);

      assertEquals(1, result.concurrency());
      assertTrue(result.requests() > 10 && result.requests() <= seen.size(), "measured " + result.requests() + " of " + seen.size());
      assertEquals(result.requests() / 4.0, result.errors(), 1.0, "one request in four answers 500");
      assertEquals(result.requests() / result.seconds(), result.qps(), 1e-6);
      assertTrue(result.seconds() >= 0.9 && result.seconds() < 5, "seconds " + result.seconds());
      Latencies latency = result.latency();
      assertEquals(result.requests(), latency.count());
      assertTrue(latency.p50() > 0 && latency.p50() <= latency.p95() && latency.p95() <= latency.p99() && latency.p99() <= latency.max(), latency.toString());
      assertTrue(result.generator().startsWith("wrk"), result.generator());
    } finally {
      server.stop(0);
    }
  }
}

package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Stress;
import org.medsearch.TestData;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;

/**
 * Searches from concurrent clients against the real server while {@code POST /admin/reindex}
 * keeps switching the index between two folders, by full rebuilds and incremental updates: no
 * request fails, none is a 5xx, and every answer (total and ranked ids) is exactly that of one
 * commit — never a mix of two.
 */
class RebuildUnderLoadTest {
  private static final String KEY = "stress-key";
  private static final int CLIENTS = 4;
  private static final List<String> QUERIES = TestData.GENERATED_CORPUS_QUERIES;

  /** The runs that cycle through the folders: rebuild to version 0, update to version 1, rebuild version 1. */
  private record Step(int version, boolean rebuild) {}

  private static final List<Step> CYCLE = List.of(new Step(0, true), new Step(1, false), new Step(1, true));

  @TempDir Path tmp;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final ObjectMapper json = new ObjectMapper();
  Javalin app;

  @Test
  void everyAnswerDuringReindexingComesFromOneCommit() throws Exception {
    int minRequests = Stress.size("requests", 600);
    int minRuns = Stress.size("reindexes", 4);
    long started = System.nanoTime();
    Path[] inputs = TestData.generatedCorpusVersions(tmp, 200);
    Path index = TestData.index(inputs[0], tmp.resolve("index"));
    var config = TestData.config();
    AtomicReference<Path> input = new AtomicReference<>(inputs[0]);
    try (LuceneSearchService service = LuceneSearchService.open(index, config);
        BackgroundReindexer reindexer =
            new BackgroundReindexer(
                rebuild -> {
                  var source = new FolderSource(input.get(), config.ingest().extensions());
                  var indexer = new Indexer(config, 2);
                  return rebuild
                      ? indexer.rebuild(source, index, ProgressListener.NONE)
                      : indexer.update(source, index, ProgressListener.NONE);
                },
                () -> service)) {
      app = HttpApp.create(service, config, new HttpOptions(List.of(), false, KEY, reindexer, index)).start("127.0.0.1", 0);
      try {
        // The answers of every commit the server will serve, recorded while it is the only one:
        // the first index, then each re-index's. Compared per commit, not per folder: whether
        // Lucene's merge on commit finishes within its wait changes the BM25 statistics, so two
        // commits of the same folder may rank alike-scored documents differently.
        List<Commit> commits = Collections.synchronizedList(new ArrayList<>());
        commits.add(record(0));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          Random random = new Random(20261123L + c);
          clients.add(Thread.ofPlatform().name("client-" + c).start(() -> {
            while (!stop.get() && failures.size() < 10) {
              String query = QUERIES.get(random.nextInt(QUERIES.size()));
              requests.incrementAndGet();
              try {
                Answer answer = answer(query);
                if (answer.status() >= 500) {
                  serverErrors.incrementAndGet();
                }
                if (answer.status() != 200) {
                  failures.add(query + " -> " + answer.status() + " " + answer.key());
                } else if (answer.timedOut()) {
                  // search.timeout_ms cut it short on a busy machine: partial by design, and flagged.
                  timedOut.incrementAndGet();
                } else {
                  seen.computeIfAbsent(query + "\n" + answer.key(), k -> new AtomicInteger()).incrementAndGet();
                }
              } catch (Exception e) {
                failures.add(query + " -> " + e);
              }
            }
          }));
        }
        int runs = 0;
        try {
          while ((runs < minRuns || requests.get() < minRequests) && failures.isEmpty()) {
            Step step = CYCLE.get(runs % CYCLE.size());
            reindex(step, inputs, input);
            commits.add(record(step.version()));
            runs++;
          }
        } finally {
          stop.set(true);
          for (Thread client : clients) {
            client.join();
          }
        }
        int[] perVersion = new int[2];
        seen.forEach((queryAndKey, count) -> {
          String query = queryAndKey.substring(0, queryAndKey.indexOf('\n'));
          String key = queryAndKey.substring(query.length() + 1);
          commits.stream()
              .filter(commit -> commit.answers().get(query).equals(key))
              .findFirst()
              .ifPresentOrElse(
                  commit -> perVersion[commit.version()] += count.get(),
                  () -> failures.add(count + " x " + query + " -> " + key + ": the answer of no commit"));
        });
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        Stress.report(
            "RebuildUnderLoadTest",
            "requests=" + requests.get() + " clients=" + CLIENTS + " reindexes=" + runs + " failures=" + failures.size()
                + " 5xx=" + serverErrors.get() + " timed_out=" + timedOut.get() + " answers_from_v0=" + perVersion[0]
                + " answers_from_v1=" + perVersion[1] + " distinct_answers=" + seen.size() + " time=" + seconds + "s");
        assertEquals(List.of(), failures);
        assertEquals(0, serverErrors.get());
        assertTrue(runs >= minRuns && requests.get() >= minRequests);
      } finally {
        app.stop();
      }
    }
  }

  /** One commit's answers to every query, and which folder version it holds. */
  private record Commit(int version, Map<String, String> answers) {}

  /** The answers of the commit being served, each complete (asked again if the time limit cut it short). */
  private Commit record(int version) throws Exception {
    Map<String, String> answers = new HashMap<>();
    for (String query : QUERIES) {
      Answer answer = answer(query);
      for (int attempt = 0; answer.timedOut() && attempt < 5; attempt++) {
        answer = answer(query);
      }
      assertEquals(200, answer.status(), answer.key());
      assertEquals(false, answer.timedOut(), query);
      answers.put(query, answer.key());
    }
    return new Commit(version, answers);
  }

  /** Points the job at the step's version, starts it through the admin endpoint and waits until it is served. */
  private void reindex(Step step, Path[] inputs, AtomicReference<Path> input) throws Exception {
    input.set(inputs[step.version()]);
    HttpResponse<String> started = send("POST", "/admin/reindex", "{\"rebuild\": " + step.rebuild() + "}");
    assertEquals(202, started.statusCode(), started.body());
    JsonNode status;
    do {
      Thread.sleep(20);
      status = json.readTree(send("GET", "/admin/reindex", null).body());
    } while (status.get("state").asText().equals("running"));
    assertEquals("done", status.get("state").asText(), status.toString());
  }

  /** A search's status, what identifies its answer (the total and the ranked ids), and whether the time limit cut it short. */
  private record Answer(int status, String key, boolean timedOut) {}

  private Answer answer(String query) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/search?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      return new Answer(response.statusCode(), response.body(), false);
    }
    JsonNode body = json.readTree(response.body());
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return new Answer(200, body.get("total").asLong() + " " + ids, body.get("timed_out").asBoolean());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header(HttpApp.ADMIN_KEY_HEADER, KEY)
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String base() {
    return "http://127.0.0.1:" + app.port();
  }
}

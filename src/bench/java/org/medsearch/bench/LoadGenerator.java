package org.medsearch.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load generator: its own JVM (started by {@link LoadDriver}), so the server under test shares
 * the machine with it but not a heap, a JIT or a garbage collector. {@code concurrency} clients each
 * replay the request log from their own offset, back to back, for a warm-up and then for the
 * measured duration; the result is written as JSON.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Replays a request log against an HTTP server.")
public final class LoadGenerator implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--base", required = true, description = "Base URL, e.g. http://127.0.0.1:8080")
  String base;

  @Option(names = "--requests", required = true, description = "JSON Lines file of LoadRequest records")
  Path requestsFile;

  @Option(names = "--concurrency", defaultValue = "1")
  int concurrency;

  @Option(names = "--warmup", defaultValue = "5", description = "Seconds of requests before measuring")
  int warmupSeconds;

  @Option(names = "--duration", defaultValue = "20", description = "Measured seconds")
  int durationSeconds;

  @Option(names = "--out", required = true, description = "Where the LoadResult JSON goes")
  Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadGenerator()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<LoadRequest> log = new ArrayList<>();
    try (MappingIterator<LoadRequest> it = JSON.readerFor(LoadRequest.class).readValues(requestsFile.toFile())) {
      it.forEachRemaining(log::add);
    }
    // Each client keeps one connection alive in HttpURLConnection's cache, which keeps five by default.
    System.setProperty("http.maxConnections", Integer.toString(Math.max(5, concurrency)));
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + durationSeconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    Client[] clients = new Client[concurrency];
    Thread[] threads = new Thread[concurrency];
    for (int c = 0; c < concurrency; c++) {
      clients[c] = new Client(log, c * log.size() / concurrency, measureFrom, end, errors);
      threads[c] = Thread.ofPlatform().name("client-" + c).start(clients[c]);
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = Arrays.stream(clients).flatMapToLong(c -> Arrays.stream(c.latencies())).toArray();
    double seconds = durationSeconds;
    LoadResult result = new LoadResult(concurrency, seconds, all.length, errors.get(), all.length / seconds, Latencies.ofNanos(all),
        "Java HttpURLConnection, a thread per client");
    JSON.writeValue(out.toFile(), result);
    return 0;
  }

  /** One client: sends the next request as soon as the previous one is answered. */
  private final class Client implements Runnable {
    final List<LoadRequest> log;
    final long measureFrom;
    final long end;
    final AtomicLong errors;
    int next;
    long[] nanos = new long[1024];
    int count;

    Client(List<LoadRequest> log, int offset, long measureFrom, long end, AtomicLong errors) {
      this.log = log;
      this.next = offset;
      this.measureFrom = measureFrom;
      this.end = end;
      this.errors = errors;
    }

    @Override
    public void run() {
      for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
        LoadRequest request = log.get(next++ % log.size());
        boolean ok = send(request);
        long done = System.nanoTime();
        if (now >= measureFrom && done <= end) {
          if (!ok) {
            errors.incrementAndGet();
          }
          if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
          }
          nanos[count++] = done - now;
        }
      }
    }

    long[] latencies() {
      return Arrays.copyOf(nanos, count);
    }

    /**
     * One exchange on this client's kept-alive connection, sent and read on this thread.
     * (java.net.http's client hands each exchange to its selector thread: on two cores shared with
     * the server that cost 1-2 ms a request, which the figures counted as the service's.)
     */
    private boolean send(LoadRequest request) {
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + request.path()).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (request.body() != null) {
          byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
          connection.setRequestMethod("POST");
          connection.setDoOutput(true);
          connection.setRequestProperty("Content-Type", "application/json");
          connection.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
          }
        }
        int status = connection.getResponseCode();
        // Read to the end, errors too, so the connection goes back to the cache for the next request.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
          if (in != null) {
            in.readAllBytes();
          }
        }
        return status / 100 == 2;
      } catch (IOException e) {
        return false;
      }
    }
  }
}

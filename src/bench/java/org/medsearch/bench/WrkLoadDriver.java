package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Replays a request log with Debian's {@code wrk}: one event-loop thread drives every connection, so
 * the client takes far less of the two cores it shares with the server than a thread per client
 * does. A Lua script ({@link #SCRIPT}) sends the log's requests in order and writes wrk's own
 * summary (its latency histogram's percentiles, at microsecond resolution) as JSON. The warm-up is a
 * run of its own; the measured run goes on in the log where the warm-up stopped, as one client
 * replaying the log would.
 */
final class WrkLoadDriver implements LoadDriver {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The replay script. The request file holds, per request, a line {@code METHOD PATH BODY_BYTES}
   * and then that many bytes of JSON body; wrk calls {@code init} once per thread, {@code request}
   * for every request and {@code done} once at the end.
   */
  static final String SCRIPT =
      """
      local requests = {}
      local next_request = 0

      function init(args)
        local file = assert(io.open(os.getenv("MEDSEARCH_WRK_REQUESTS"), "rb"))
        while true do
          local line = file:read("*l")
          if line == nil then break end
          local method, path, length = line:match("^(%u+) (%S+) (%d+)$")
          assert(method, "not a request line: " .. line)
          length = tonumber(length)
          local headers, body = {}, nil
          if length > 0 then
            body = file:read(length)
            headers["Content-Type"] = "application/json"
          end
          requests[#requests + 1] = wrk.format(method, path, headers, body)
        end
        file:close()
        assert(#requests > 0, "no requests in the log")
        -- wrk calls request() once before it connects, to check the script (script_verify_request):
        -- one step back, so the first request sent is the log's request number FIRST.
        next_request = (tonumber(os.getenv("MEDSEARCH_WRK_FIRST")) - 1) % #requests
      end

      function request()
        next_request = next_request % #requests + 1
        return requests[next_request]
      end

      function done(summary, latency, _)
        local e = summary.errors
        local file = assert(io.open(os.getenv("MEDSEARCH_WRK_RESULT"), "w"))
        file:write(string.format(
          '{"requests":%d,"micros":%d,"errors":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.3f}\\n',
          summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
          latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
        file:close()
      end
      """;

  /**
   * What the script writes: requests completed, the run's microseconds, failed requests (no answer,
   * a status of 400 or more, or over the timeout), and latency percentiles, max and mean in µs.
   */
  record Summary(long requests, long micros, long errors, long p50, long p95, long p99, long max, double mean) {
    LoadResult toResult(int concurrency, String generator) {
      double seconds = micros / 1e6;
      Latencies latency = new Latencies((int) requests, p50 / 1e3, p95 / 1e3, p99 / 1e3, max / 1e3, mean / 1e3);
      return new LoadResult(concurrency, seconds, requests, errors, seconds > 0 ? requests / seconds : 0, latency, generator);
    }
  }

  private final Path wrk;
  private final String version;
  private final Path workDir;
  private final int warmupSeconds;
  private final int durationSeconds;

  private WrkLoadDriver(Path wrk, String version, Path workDir, int warmupSeconds, int durationSeconds) {
    this.wrk = wrk;
    this.version = version;
    this.workDir = workDir;
    this.warmupSeconds = warmupSeconds;
    this.durationSeconds = durationSeconds;
  }

  /** The driver of the {@code wrk} found on PATH; fails saying how to install it when there is none. */
  static WrkLoadDriver onPath(Path workDir, int warmupSeconds, int durationSeconds) {
    Path wrk = find(System.getenv("PATH"))
        .orElseThrow(() -> new IllegalArgumentException(
            "wrk is not on PATH: install Debian's package (apt-get install -y wrk), or pass --load-generator java"));
    return new WrkLoadDriver(wrk, version(wrk), workDir, warmupSeconds, durationSeconds);
  }

  /** The first executable {@code wrk} in the folders of {@code path} (a PATH value). */
  static Optional<Path> find(String path) {
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "wrk"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** wrk's own name for itself, e.g. {@code wrk debian/4.1.0-3+b2 [epoll]}. */
  private static String version(Path wrk) {
    try {
      Process p = new ProcessBuilder(wrk.toString(), "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      String first = out.lines().findFirst().orElse("wrk").strip();
      int copyright = first.indexOf(" Copyright");
      return copyright > 0 ? first.substring(0, copyright) : first;
    } catch (IOException e) {
      throw new UncheckedIOException(wrk + " --version: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(wrk + " --version was interrupted", e);
    }
  }

  @Override
  public LoadResult run(String name, String baseUrl, List<LoadRequest> requests, int concurrency) throws IOException {
    Files.createDirectories(workDir);
    Path requestFile = workDir.resolve(name + ".requests.wrk");
    writeRequests(requests, requestFile);
    Path script = workDir.resolve("replay.lua");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Summary warm = wrk(name + ".warmup", script, requestFile, baseUrl, concurrency, warmupSeconds, 0);
    Summary measured = wrk(name, script, requestFile, baseUrl, concurrency, durationSeconds, warm.requests());
    return measured.toResult(concurrency, version + ", one event-loop thread");
  }

  /** Writes the log in the script's format: {@code METHOD PATH BODY_BYTES}, a newline, the body's bytes. */
  static void writeRequests(List<LoadRequest> requests, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      for (LoadRequest r : requests) {
        byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
        String line = (r.body() == null ? "GET " : "POST ") + r.path() + " " + body.length + "\n";
        out.write(line.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
      }
    }
  }

  /** One wrk run of {@code seconds}, starting at request {@code first} of the log. */
  private Summary wrk(String name, Path script, Path requestFile, String baseUrl, int connections, int seconds, long first) throws IOException {
    Path result = workDir.resolve(name + ".result.json");
    Path log = workDir.resolve(name + ".load.log");
    Files.deleteIfExists(result);
    ProcessBuilder builder = new ProcessBuilder(
            wrk.toString(), "--threads", "1", "--connections", Integer.toString(connections), "--duration", seconds + "s",
            "--timeout", "30s", "--script", script.toString(), baseUrl + "/")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("MEDSEARCH_WRK_REQUESTS", requestFile.toAbsolutePath().toString());
    env.put("MEDSEARCH_WRK_FIRST", Long.toString(first));
    env.put("MEDSEARCH_WRK_RESULT", result.toAbsolutePath().toString());
    Process process = builder.start();
    try {
      if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
        throw new IOException("wrk did not finish within " + (seconds + 60) + " s; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while wrk ran; see " + log, e);
    } finally {
      process.destroyForcibly();
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
      throw new IOException("wrk failed (exit " + process.exitValue() + "); see " + log);
    }
    return JSON.readValue(result.toFile(), Summary.class);
  }
}

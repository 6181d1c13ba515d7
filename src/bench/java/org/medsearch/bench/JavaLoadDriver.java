package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the {@link LoadGenerator} (a Java client on {@code HttpURLConnection}, a thread per client)
 * in its own JVM against a server and reads back what it measured.
 */
final class JavaLoadDriver implements LoadDriver {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path workDir;
  private final int warmupSeconds;
  private final int durationSeconds;

  JavaLoadDriver(Path workDir, int warmupSeconds, int durationSeconds) {
    this.workDir = workDir;
    this.warmupSeconds = warmupSeconds;
    this.durationSeconds = durationSeconds;
  }

  @Override
  public LoadResult run(String name, String baseUrl, List<LoadRequest> requests, int concurrency) throws IOException {
    Files.createDirectories(workDir);
    Path requestsFile = workDir.resolve(name + ".requests.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(requestsFile, StandardCharsets.UTF_8)) {
      for (LoadRequest r : requests) {
        out.write(JSON.writeValueAsString(r));
        out.write('\n');
      }
    }
    Path result = workDir.resolve(name + ".result.json");
    Files.deleteIfExists(result);
    List<String> args =
        List.of(
            LoadGenerator.class.getName(), "--base", baseUrl, "--requests", requestsFile.toString(),
            "--concurrency", Integer.toString(concurrency), "--warmup", Integer.toString(warmupSeconds),
            "--duration", Integer.toString(durationSeconds), "--out", result.toString());
    try (JavaProcess load =
        JavaProcess.start(List.of("-Xmx256m", "-cp", JavaProcess.ownClasspath()), args, workDir.resolve(name + ".load.log"), false)) {
      int exit = load.waitFor(warmupSeconds + durationSeconds + 120L);
      if (exit != 0 || !Files.isRegularFile(result)) {
        throw new IOException("load generator failed (exit " + exit + "); see " + load.log());
      }
    }
    return JSON.readValue(result.toFile(), LoadResult.class);
  }
}

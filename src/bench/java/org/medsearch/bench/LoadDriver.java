package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Replays a request log against an HTTP server from a separate process, with a warm-up and then a
 * measured duration, and reads back what that process measured.
 */
sealed interface LoadDriver permits WrkLoadDriver, JavaLoadDriver {
  /** Replays {@code requests} against {@code baseUrl} with {@code concurrency} clients; {@code name} names its files. */
  LoadResult run(String name, String baseUrl, List<LoadRequest> requests, int concurrency) throws IOException;

  /** The load generators {@code bench run --load-generator} can name. */
  List<String> KINDS = List.of("wrk", "java");

  /**
   * The driver of {@code kind} ({@link #KINDS}), writing its files under {@code workDir}.
   *
   * @throws IllegalArgumentException naming the kind and the reason when it cannot run here
   */
  static LoadDriver of(String kind, Path workDir, int warmupSeconds, int durationSeconds) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "wrk" -> WrkLoadDriver.onPath(workDir, warmupSeconds, durationSeconds);
      case "java" -> new JavaLoadDriver(workDir, warmupSeconds, durationSeconds);
      default -> throw new IllegalArgumentException("unknown load generator '" + kind + "' (one of " + String.join(", ", KINDS) + ")");
    };
  }
}

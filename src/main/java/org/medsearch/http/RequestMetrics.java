package org.medsearch.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.medsearch.search.IndexStatus;

/** Request counters and latency histograms per route, written in Prometheus' text format. */
final class RequestMetrics {
  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentSkipListMap<>();
  private final Map<String, Histogram> latency = new ConcurrentSkipListMap<>();

  private static final class Histogram {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();
  }

  void record(String route, int status, double seconds) {
    requests.computeIfAbsent("route=\"" + route + "\",status=\"" + status + "\"", k -> new LongAdder()).increment();
    Histogram h = latency.computeIfAbsent(route, k -> new Histogram());
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        h.buckets.incrementAndGet(i);
      }
    }
    h.count.increment();
    h.sum.add(seconds);
  }

  /** Everything, with the index's size in bytes when {@code indexDir} is known. */
  String render(IndexStatus index, Path indexDir) {
    StringBuilder out = new StringBuilder();
    out.append("# HELP medsearch_requests_total HTTP requests by route and status.\n");
    out.append("# TYPE medsearch_requests_total counter\n");
    requests.forEach((labels, n) -> line(out, "medsearch_requests_total{" + labels + "}", n.sum()));
    out.append("# HELP medsearch_request_seconds HTTP request latency by route.\n");
    out.append("# TYPE medsearch_request_seconds histogram\n");
    latency.forEach(
        (route, h) -> {
          for (int i = 0; i < BUCKETS.length; i++) {
            line(out, "medsearch_request_seconds_bucket{route=\"" + route + "\",le=\"" + BUCKETS[i] + "\"}", h.buckets.get(i));
          }
          line(out, "medsearch_request_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"}", h.count.sum());
          line(out, "medsearch_request_seconds_sum{route=\"" + route + "\"}", h.sum.sum());
          line(out, "medsearch_request_seconds_count{route=\"" + route + "\"}", h.count.sum());
        });
    gauge(out, "medsearch_index_documents", "Documents in the served index.", index.documents());
    gauge(out, "medsearch_index_generation", "Lucene commit generation of the served index.", index.generation());
    if (indexDir != null) {
      gauge(out, "medsearch_index_size_bytes", "Bytes of the index folder's files.", sizeOf(indexDir));
    }
    return out.toString();
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
    line(out, name, value);
  }

  private static void line(StringBuilder out, String name, double value) {
    String number = value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6f", value);
    out.append(name).append(' ').append(number).append('\n');
  }

  private static long sizeOf(Path dir) {
    try (var files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(RequestMetrics::sizeOrZero).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file merged away between listing and reading counts as nothing. */
  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}

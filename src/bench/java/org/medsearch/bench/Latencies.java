package org.medsearch.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, in milliseconds.
 *
 * @param count how many were measured
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max slowest
 * @param mean arithmetic mean
 */
public record Latencies(int count, double p50, double p95, double p99, double max, double mean) {
  public static final Latencies NONE = new Latencies(0, 0, 0, 0, 0, 0);

  /**
   * Nearest-rank percentiles (the smallest value with at least p% of the values at or below it), so
   * a percentile is always a latency that was measured, never an interpolation.
   */
  public static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latencies(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        sum / sorted.length / 1e6);
  }

  /** The nearest-rank percentile of ascending {@code sorted} values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}

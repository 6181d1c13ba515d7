package org.medsearch.bench;

/**
 * Documents and bytes processed in a time.
 *
 * @param threads worker threads
 * @param docs documents processed
 * @param bytes their size as JSONL
 * @param seconds wall time
 */
public record Throughput(int threads, long docs, long bytes, double seconds) {
  public double docsPerSecond() {
    return docs / seconds;
  }

  public double mbPerSecond() {
    return bytes / 1e6 / seconds;
  }
}

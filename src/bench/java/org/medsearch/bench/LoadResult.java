package org.medsearch.bench;

/**
 * What one load run measured.
 *
 * @param concurrency clients sending requests back to back (closed loop)
 * @param seconds measured time, after the warm-up
 * @param requests requests completed in that time
 * @param errors of which failed (no answer or a status other than 2xx)
 * @param qps requests completed per second
 * @param latency per-request latency as the client saw it
 * @param generator what sent the requests, e.g. {@code wrk debian/4.1.0-3+b2 [epoll], one event-loop
 *     thread}; null in results recorded before there was a choice (the Java client)
 */
public record LoadResult(int concurrency, double seconds, long requests, long errors, double qps, Latencies latency, String generator) {}

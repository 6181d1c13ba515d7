package org.medsearch.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.medsearch.config.IndexConfig;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/**
 * The same searches in process, without HTTP and JSON: {@link LuceneSearchService#search} builds
 * the same Lucene query, collects the same TopDocs, highlights and counts the same facets as a
 * server request does, once the service has built what serve builds after its first search. One
 * thread, back to back, after a warm-up.
 */
public final class RawSearchBench {
  private final IndexConfig config;

  public RawSearchBench(IndexConfig config) {
    this.config = config;
  }

  public Latencies run(Path indexDir, List<Query> log, int warmupSeconds, int durationSeconds) {
    try (LuceneSearchService service = LuceneSearchService.open(indexDir, config)) {
      long measureFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      long end = measureFrom + durationSeconds * 1_000_000_000L;
      long[] nanos = new long[1024];
      int count = 0;
      int next = 0;
      for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
        service.search(SearchRequest.of(log.get(next++ % log.size()).text(), config.search().defaultPageSize()));
        long done = System.nanoTime();
        if (next == 1) {
          service.prepareLookups(); // as serve does after its first search: facet value sets, the suggester
        }
        if (now >= measureFrom) {
          if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
          }
          nanos[count++] = done - now;
        }
      }
      return Latencies.ofNanos(Arrays.copyOf(nanos, count));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

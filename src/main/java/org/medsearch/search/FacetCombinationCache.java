package org.medsearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The {@link FacetCombinations} of an index's segments, built once per segment and shared by the
 * commits that keep it; dropped when the segment is closed. A segment whose combinations are not
 * built yet (or that has too many) has its hits counted from doc values.
 */
final class FacetCombinationCache {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FacetCombinationCache.class);

  /** Per segment core; empty for a segment with too many sets. */
  private final Map<IndexReader.CacheKey, Optional<FacetCombinations>> bySegment = new ConcurrentHashMap<>();

  /** Those of {@code leaf}; null while not built or when it has too many. */
  FacetCombinations get(LeafReaderContext leaf) {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    Optional<FacetCombinations> built = helper == null ? null : bySegment.get(helper.getKey());
    return built == null ? null : built.orElse(null);
  }

  /**
   * Builds those of each segment of {@code reader} that has none yet, from the facet values in
   * {@code field}; nothing once the reader is closed.
   */
  void build(IndexReader reader, String field) {
    // Held open while building: a segment's closed listener must be added before it can close.
    if (!reader.tryIncRef()) {
      return;
    }
    try {
      long start = System.nanoTime();
      long bytes = 0;
      int built = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null || bySegment.containsKey(helper.getKey())) {
          continue;
        }
        Optional<FacetCombinations> combinations = Optional.ofNullable(of(leaf.reader(), field));
        if (bySegment.putIfAbsent(helper.getKey(), combinations) == null) {
          helper.addClosedListener(bySegment::remove);
          bytes += combinations.map(FacetCombinations::bytes).orElse(0L);
          built++;
        }
      }
      if (built > 0) {
        LOG.debug("facet value sets of {} segments: {} bytes in {} ms", built, bytes, (System.nanoTime() - start) / 1_000_000);
      }
    } catch (AlreadyClosedException e) {
      // The commit was replaced while its sets were built; the next one builds its own.
    } catch (IOException e) {
      LOG.warn("facet value sets not built; hits are counted from doc values: {}", e.toString());
    } finally {
      try {
        reader.decRef();
      } catch (IOException e) {
        LOG.warn("closing a replaced commit: {}", e.toString());
      }
    }
  }

  private static FacetCombinations of(LeafReader segment, String field) throws IOException {
    SortedSetDocValues values = segment.getSortedSetDocValues(field);
    return values == null ? null : FacetCombinations.of(values, segment.maxDoc(), FacetCombinations.MAX_SETS);
  }
}

package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facet values of a search's hits while the hits are collected, for a search without
 * facet filters, or (through {@link #of}) from the hits a drill-sideways search gathered. Lucene's
 * {@code SortedSetDocValuesFacetCounts} reads each hit's values from doc values; a long question
 * matching 100,000 documents paid a tenth of its time for that. Here a segment's hits are counted
 * by their {@link FacetCombinations} where the segment has them (one byte a hit), else from doc
 * values. The counts and their order are those of {@code SortedSetDocValuesFacetCounts} (a test
 * compares both).
 */
final class CollectedFacetCounts implements CollectorManager<CollectedFacetCounts.Counter, CollectedFacetCounts> {
  private final SortedSetDocValuesReaderState state;
  /** The index-wide values, read for their labels. */
  private final SortedSetDocValues labels;
  /** Segment to index-wide ordinals; null for an index of one segment, whose ordinals are the index's. */
  private final OrdinalMap ordinalMap;
  private final Function<LeafReaderContext, FacetCombinations> combinationsOf;
  private final int[] counts;

  /**
   * Counts the values {@code state} holds, each segment's from its {@link FacetCombinations} where
   * {@code combinationsOf} has them (null where not).
   */
  CollectedFacetCounts(SortedSetDocValuesReaderState state, Function<LeafReaderContext, FacetCombinations> combinationsOf)
      throws IOException {
    this.state = state;
    this.combinationsOf = combinationsOf;
    this.labels = state.getDocValues();
    this.ordinalMap = labels instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    this.counts = new int[state.getSize()];
  }

  /**
   * Counts the hits {@code hits} gathered (a drill-sideways search's), each segment's by its
   * {@link FacetCombinations} where {@code combinationsOf} has them, else from doc values.
   */
  static CollectedFacetCounts of(
      FacetsCollector hits, SortedSetDocValuesReaderState state, Function<LeafReaderContext, FacetCombinations> combinationsOf)
      throws IOException {
    CollectedFacetCounts counts = new CollectedFacetCounts(state, combinationsOf);
    Counter counter = counts.newCollector();
    for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
      DocIdSetIterator docs = segment.totalHits() == 0 ? null : segment.bits().iterator();
      if (docs != null) {
        LeafCollector leaf = counter.getLeafCollector(segment.context());
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          leaf.collect(doc);
        }
        leaf.finish();
      }
    }
    return counts.reduce(List.of(counter));
  }

  @Override
  public Counter newCollector() {
    return new Counter(new int[counts.length]);
  }

  @Override
  public CollectedFacetCounts reduce(Collection<Counter> counters) {
    for (Counter counter : counters) {
      for (int ord = 0; ord < counts.length; ord++) {
        counts[ord] += counter.counts[ord];
      }
    }
    return this;
  }

  /**
   * The {@code n} values of dimension {@code dim} with the most hits, most first, equal counts in
   * the order of their labels; values without a hit are left out. Empty when no document of the
   * index has a value for {@code dim}.
   */
  List<SearchResponse.FacetCount> top(String dim, int n) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null || n <= 0) {
      return List.of();
    }
    // The head is the weakest of the best n so far: the fewest hits, then the last label.
    Comparator<Integer> weakestFirst = Comparator.<Integer>comparingInt(ord -> counts[ord]).thenComparing(Comparator.reverseOrder());
    PriorityQueue<Integer> best = new PriorityQueue<>(weakestFirst);
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        best.add(ord);
        if (best.size() > n) {
          best.poll();
        }
      }
    }
    List<SearchResponse.FacetCount> top = new ArrayList<>(best.size());
    while (!best.isEmpty()) {
      int ord = best.poll();
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      top.add(new SearchResponse.FacetCount(path[path.length - 1], counts[ord]));
    }
    return top.reversed();
  }

  private static final LeafCollector NOTHING_TO_COUNT =
      new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {}
      };

  /** Counts, in index-wide ordinals, the values of the hits one searching thread collects. */
  final class Counter implements Collector {
    private final int[] counts;

    Counter(int[] counts) {
      this.counts = counts;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues values = context.reader().getSortedSetDocValues(state.getField());
      if (values == null) {
        return NOTHING_TO_COUNT;
      }
      LongValues toIndexOrdinal = ordinalMap == null ? null : ordinalMap.getGlobalOrds(context.ord);
      // Counted per segment ordinal, mapped to the index's once the segment is done.
      int[] segmentCounts = toIndexOrdinal == null ? counts : new int[(int) values.getValueCount()];
      Runnable toIndexCounts = () -> {
        if (toIndexOrdinal != null) {
          for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] != 0) {
              counts[(int) toIndexOrdinal.get(ord)] += segmentCounts[ord];
            }
          }
        }
      };
      FacetCombinations combinations = combinationsOf.apply(context);
      if (combinations != null) {
        return combinations.counter(segmentCounts, toIndexCounts);
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              segmentCounts[(int) values.nextOrd()]++;
            }
          }
        }

        @Override
        public void finish() {
          toIndexCounts.run();
        }
      };
    }
  }
}

package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;

/**
 * The facet values of one segment's documents, as the number of each document's set of values.
 * Documents share few sets: a million benchmark documents have 98 (language, source, type, year
 * and institutions together), so one byte a document says which. Counting a search's hits then
 * reads one byte per hit and adds each set's count to its values once at the end. Counting hits
 * is bound by memory: an in-heap array of every document's ordinals (ten bytes a document) was
 * slower than reading doc values, the byte a document faster than both (README, "Facet values
 * counted while collecting").
 */
final class FacetCombinations {
  /** The most sets a segment may have; beyond that its hits are counted from doc values. */
  static final int MAX_SETS = 1 << 16;

  /** Per document, its set's number when there are at most 256 sets (as an unsigned byte); else null. */
  private final byte[] smallSetOf;
  /** Per document, its set's number (as an unsigned short) when there are more; else null. */
  private final short[] largeSetOf;
  /** Per set, its values' segment ordinals; set 0 is that of the documents without a value. */
  private final int[][] ordinalsOf;

  private FacetCombinations(byte[] smallSetOf, short[] largeSetOf, int[][] ordinalsOf) {
    this.smallSetOf = smallSetOf;
    this.largeSetOf = largeSetOf;
    this.ordinalsOf = ordinalsOf;
  }

  /**
   * The sets of the {@code maxDoc} documents of a segment whose facet values are {@code values}
   * (read once, from the first document); null when there are more than {@code maxSets}.
   */
  static FacetCombinations of(SortedSetDocValues values, int maxDoc, int maxSets) throws IOException {
    short[] setOf = new short[maxDoc];
    Map<OrdinalSet, Integer> numbers = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    sets.add(new int[0]);
    numbers.put(new OrdinalSet(new int[0]), 0);
    int[] scratch = new int[8];
    int previous = 0;
    for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      int count = values.docValueCount();
      if (count > scratch.length) {
        scratch = new int[Math.max(count, scratch.length * 2)];
      }
      for (int i = 0; i < count; i++) {
        scratch[i] = (int) values.nextOrd();
      }
      // Neighbouring documents (one file's records) mostly share their set.
      int number = Arrays.equals(scratch, 0, count, sets.get(previous), 0, sets.get(previous).length)
          ? previous
          : numbers.getOrDefault(new OrdinalSet(Arrays.copyOf(scratch, count)), -1);
      if (number < 0) {
        if (sets.size() == maxSets) {
          return null;
        }
        number = sets.size();
        int[] set = Arrays.copyOf(scratch, count);
        sets.add(set);
        numbers.put(new OrdinalSet(set), number);
      }
      setOf[doc] = (short) number;
      previous = number;
    }
    int[][] ordinalsOf = sets.toArray(int[][]::new);
    if (sets.size() > 256) {
      return new FacetCombinations(null, setOf, ordinalsOf);
    }
    byte[] small = new byte[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
      small[doc] = (byte) setOf[doc];
    }
    return new FacetCombinations(small, null, ordinalsOf);
  }

  /** How many sets the segment's documents have, the empty one included. */
  int sets() {
    return ordinalsOf.length;
  }

  /** Bytes held, for the log. */
  long bytes() {
    long sets = Arrays.stream(ordinalsOf).mapToLong(s -> 16 + 4L * s.length).sum();
    return (smallSetOf != null ? smallSetOf.length : 2L * largeSetOf.length) + sets;
  }

  /**
   * Counts the sets of the hits it collects, and when the segment is done adds each set's count
   * to {@code counts} at its values' segment ordinals, then runs {@code done}.
   */
  LeafCollector counter(int[] counts, Runnable done) {
    int[] setCounts = new int[ordinalsOf.length];
    if (smallSetOf != null) {
      byte[] setOf = smallSetOf;
      return new SetCounter(setCounts, counts, done) {
        @Override
        public void collect(int doc) {
          setCounts[setOf[doc] & 0xFF]++;
        }
      };
    }
    short[] setOf = largeSetOf;
    return new SetCounter(setCounts, counts, done) {
      @Override
      public void collect(int doc) {
        setCounts[setOf[doc] & 0xFFFF]++;
      }
    };
  }

  private abstract class SetCounter implements LeafCollector {
    private final int[] setCounts;
    private final int[] counts;
    private final Runnable done;

    SetCounter(int[] setCounts, int[] counts, Runnable done) {
      this.setCounts = setCounts;
      this.counts = counts;
      this.done = done;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void finish() {
      for (int set = 1; set < setCounts.length; set++) {
        if (setCounts[set] != 0) {
          for (int ord : ordinalsOf[set]) {
            counts[ord] += setCounts[set];
          }
        }
      }
      done.run();
    }
  }

  /** A set of ordinals as a hash key. */
  private record OrdinalSet(int[] ordinals) {
    @Override
    public boolean equals(Object o) {
      return o instanceof OrdinalSet other && Arrays.equals(ordinals, other.ordinals);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ordinals);
    }
  }
}

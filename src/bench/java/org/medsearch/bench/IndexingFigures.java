package org.medsearch.bench;

import java.util.List;

/**
 * What the index phase measured.
 *
 * @param runs one per thread count; the last (most threads) indexed the whole corpus
 * @param indexBytes size of the index the last run wrote (the one the search phase serves)
 */
public record IndexingFigures(List<Throughput> runs, long indexBytes) {
  public Throughput widest() {
    return runs.get(runs.size() - 1);
  }
}

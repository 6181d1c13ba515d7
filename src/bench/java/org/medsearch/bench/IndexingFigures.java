package org.medsearch.bench;

import java.util.List;

/**
 * What the index phase measured.
 *
 * @param runs one per thread count; the last (most threads) indexed the whole corpus
 * @param indexBytes size of the index the last run wrote (the one the search phase serves)
 * @param ingest the same documents ingested alone on one thread ({@link IngestBench}); null in
 *     figures recorded before it was measured
 */
public record IndexingFigures(List<Throughput> runs, long indexBytes, Throughput ingest) {
  public Throughput widest() {
    return runs.get(runs.size() - 1);
  }
}

package org.medsearch.bench;

/**
 * What the peer phases measured on OpenSearch.
 *
 * @param bulk bulk indexing throughput (null until the peer-index phase ran)
 * @param bulkHeap its JVM's -Xmx while bulk indexing (null in figures written before it was recorded)
 * @param indexBytes size of its index's primary store
 * @param heap its JVM's -Xmx while searching (null in the peer-index phase's figures)
 * @param service searches, one client (latency; null until the peer-search phase ran)
 * @param loaded searches, several clients (sustainable QPS)
 * @param segments segments of the index the searches ran on (0 outside peer-search, and in figures
 *     written before it was recorded)
 */
public record PeerFigures(Throughput bulk, String bulkHeap, long indexBytes, String heap, LoadResult service, LoadResult loaded, int segments) {
  /** Figures that say nothing about the segments searched: the peer-index phase's. */
  public PeerFigures(Throughput bulk, String bulkHeap, long indexBytes, String heap, LoadResult service, LoadResult loaded) {
    this(bulk, bulkHeap, indexBytes, heap, service, loaded, 0);
  }
}

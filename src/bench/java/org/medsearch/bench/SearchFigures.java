package org.medsearch.bench;

/**
 * What the search phase measured on our side.
 *
 * @param raw in-process searches, one thread
 * @param service HTTP searches, one client (latency)
 * @param loaded HTTP searches, several clients (sustainable QPS)
 * @param suggest HTTP type-ahead requests, one client
 * @param heap the server's -Xmx
 * @param readyMillis server process start to its first successful search, median of starts with the class archive
 * @param firstStartMillis the same for the first start, without a class archive
 * @param heapUsedMb heap in use after the load
 * @param heapLiveMb heap left after a full GC
 * @param rssMb resident memory after the load
 * @param peakRssMb peak resident memory
 * @param indexBytes size of the served index
 * @param serverSurvived whether the server was still up at the end
 * @param segments segments of the served index the searches ran on (0 in figures written before it
 *     was recorded)
 */
public record SearchFigures(
    Latencies raw,
    LoadResult service,
    LoadResult loaded,
    LoadResult suggest,
    String heap,
    double readyMillis,
    double firstStartMillis,
    double heapUsedMb,
    double heapLiveMb,
    double rssMb,
    double peakRssMb,
    long indexBytes,
    boolean serverSurvived,
    int segments) {
  public SearchFigures(
      Latencies raw, LoadResult service, LoadResult loaded, LoadResult suggest, String heap, double readyMillis, double firstStartMillis,
      double heapUsedMb, double heapLiveMb, double rssMb, double peakRssMb, long indexBytes, boolean serverSurvived) {
    this(raw, service, loaded, suggest, heap, readyMillis, firstStartMillis, heapUsedMb, heapLiveMb, rssMb, peakRssMb, indexBytes, serverSurvived, 0);
  }
}

package org.medsearch.bench;

/**
 * What building the served index measured, summed over its steps.
 *
 * @param total documents, bytes and indexing time of all steps together
 * @param steps how many runs built it (one unless {@code --upto} split it)
 * @param indexBytes size of the index after the last step
 * @param heap the -Xmx of the JVM that indexed (null in figures written before it was recorded)
 */
public record BuildFigures(Throughput total, int steps, long indexBytes, String heap) {
  /** These figures plus one more step, indexed with {@code stepHeap}. */
  public BuildFigures plus(Throughput step, long newIndexBytes, String stepHeap) {
    Throughput sum = new Throughput(step.threads(), total.docs() + step.docs(), total.bytes() + step.bytes(), total.seconds() + step.seconds());
    return new BuildFigures(sum, steps + 1, newIndexBytes, stepHeap);
  }
}

package org.medsearch.bench;

/**
 * What building the served index measured, summed over its steps.
 *
 * @param total documents, bytes and indexing time of all steps together
 * @param steps how many runs built it (one unless {@code --upto} split it)
 * @param indexBytes size of the index after the last step
 */
public record BuildFigures(Throughput total, int steps, long indexBytes) {
  /** These figures plus one more step. */
  public BuildFigures plus(Throughput step, long newIndexBytes) {
    Throughput sum = new Throughput(step.threads(), total.docs() + step.docs(), total.bytes() + step.bytes(), total.seconds() + step.seconds());
    return new BuildFigures(sum, steps + 1, newIndexBytes);
  }
}

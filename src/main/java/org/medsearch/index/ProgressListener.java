package org.medsearch.index;

/** Told after each file; the CLI draws a progress line from it. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total, bytes) -> {};

  void fileDone(int done, int total, long bytes);
}

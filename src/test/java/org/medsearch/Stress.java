package org.medsearch;

/**
 * Sizes of the stress tests: the short defaults CI runs, or {@code -Dstress.NAME=N} on the Maven
 * command line for a long run (README, "Reliability").
 */
public final class Stress {
  private Stress() {}

  /** {@code -Dstress.<name>}, or {@code ciDefault} when it is not given. */
  public static int size(String name, int ciDefault) {
    int value = Integer.getInteger("stress." + name, ciDefault);
    if (value < 1) {
      throw new IllegalArgumentException("stress." + name + " must be >= 1, got " + value);
    }
    return value;
  }

  /** The one summary line a stress test prints: its name and figures, e.g. {@code requests=3000}. */
  public static void report(String test, String figures) {
    System.out.println("[stress] " + test + ": " + figures);
  }
}

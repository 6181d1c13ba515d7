package org.medsearch.bench;

/**
 * One target of the issue, and how this run did.
 *
 * @param target what is asked, e.g. "suggest p99 <= 10 ms"
 * @param measured the figure it was judged on
 * @param met true PASS, false MISS, null not measured in the results at hand
 */
public record TargetCheck(String target, String measured, Boolean met) {
  public String verdict() {
    return met == null ? "n/a" : met ? "PASS" : "MISS";
  }
}

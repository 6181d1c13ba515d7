package org.medsearch.index;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medsearch.ingest.IngestException;

/**
 * What one indexing run did.
 *
 * @param filesSeen files found in the input folder
 * @param indexed documents written
 * @param skipped files skipped, each with its reason
 * @param bytes bytes read from the files that were indexed
 * @param millis wall time of the run
 */
public record IndexReport(int filesSeen, int indexed, List<IngestException> skipped, long bytes, long millis) {
  public IndexReport {
    skipped = List.copyOf(skipped);
  }

  public boolean hasFailures() {
    return !skipped.isEmpty();
  }

  /** Skipped files counted by reason. */
  public Map<IngestException.Reason, Integer> skippedByReason() {
    Map<IngestException.Reason, Integer> counts = new TreeMap<>();
    skipped.forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
    return counts;
  }

  /** One line for logs and the terminal. */
  public String summary() {
    double seconds = Math.max(millis, 1) / 1000.0;
    return String.format(
        java.util.Locale.ROOT,
        "indexed %d of %d files (%.1f MB) in %.2f s, %.0f files/s; skipped %d%s",
        indexed,
        filesSeen,
        bytes / 1e6,
        seconds,
        indexed / seconds,
        skipped.size(),
        skipped.isEmpty() ? "" : " " + skippedByReason());
  }
}

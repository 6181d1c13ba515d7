package org.medsearch.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medsearch.ingest.IngestException;

/**
 * What one indexing run did.
 *
 * @param rebuilt whether the run started from an empty index (asked for, no index yet, or the
 *     indexing configuration changed)
 * @param filesSeen files found in the input folder
 * @param filesIndexed files (re)indexed in this run
 * @param filesUnchanged files skipped because their content hash was already indexed
 * @param filesDeleted files gone from the folder whose documents were removed
 * @param documents documents written (a file can yield several)
 * @param skipped files that could not be indexed, each with its reason
 * @param recordsSkipped records of multi-document files (JSON Lines) skipped while the rest of
 *     their file was indexed
 * @param bytes bytes read from the files that were indexed
 * @param millis wall time of the run
 */
public record IndexReport(
    boolean rebuilt,
    int filesSeen,
    int filesIndexed,
    int filesUnchanged,
    int filesDeleted,
    int documents,
    List<IngestException> skipped,
    int recordsSkipped,
    long bytes,
    long millis) {
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
        Locale.ROOT,
        "%s %d of %d files (%d documents, %.1f MB) in %.2f s, %.0f files/s, %.2f MB/s; unchanged %d, deleted %d, skipped %d%s%s",
        rebuilt ? "rebuilt: indexed" : "updated: indexed",
        filesIndexed,
        filesSeen,
        documents,
        bytes / 1e6,
        seconds,
        filesIndexed / seconds,
        bytes / 1e6 / seconds,
        filesUnchanged,
        filesDeleted,
        skipped.size(),
        skipped.isEmpty() ? "" : " " + skippedByReason(),
        recordsSkipped == 0 ? "" : ", records skipped " + recordsSkipped);
  }
}

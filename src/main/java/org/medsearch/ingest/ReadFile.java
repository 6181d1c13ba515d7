package org.medsearch.ingest;

import java.util.List;

/**
 * A file parsed into its records, before they are cleaned and described: the step that is one
 * per file, so the records of a large file (a JSON Lines corpus) can be described in parallel.
 *
 * @param skippedRecords why each record the reader could not take was skipped
 */
public record ReadFile(SourceFile file, String contentHash, long bytes, List<RawDocument> records, List<String> skippedRecords) {
  public ReadFile {
    records = List.copyOf(records);
    skippedRecords = List.copyOf(skippedRecords);
  }
}

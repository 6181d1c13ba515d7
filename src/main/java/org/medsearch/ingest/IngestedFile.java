package org.medsearch.ingest;

import java.util.List;

/**
 * Everything one file yields: usually one document; a page listing several dated articles also
 * yields one per article, a JSON Lines file one per line.
 *
 * @param skippedRecords why each record of a multi-document file that yielded no document was
 *     skipped (a malformed JSON line, a record without text)
 */
public record IngestedFile(
    String file, String contentHash, long bytes, List<SourceDocument> documents, List<String> skippedRecords) {
  public IngestedFile {
    documents = List.copyOf(documents);
    skippedRecords = List.copyOf(skippedRecords);
  }

  /** The first document: for a page, the page itself. */
  public SourceDocument page() {
    return documents.getFirst();
  }
}

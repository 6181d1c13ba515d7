package org.medsearch.ingest;

import java.util.List;

/**
 * Everything one file yields: usually one document; a page listing several dated articles also
 * yields one per article, a JSON Lines file one per line.
 */
public record IngestedFile(String file, String contentHash, long bytes, List<SourceDocument> documents) {
  public IngestedFile {
    documents = List.copyOf(documents);
  }

  /** The first document: for a page, the page itself. */
  public SourceDocument page() {
    return documents.getFirst();
  }
}

package org.medsearch.ingest;

import java.util.List;

/**
 * Turns a file's bytes into text. One implementation per format; {@link Formats} picks the
 * reader, so a new format is one new class.
 */
public interface DocumentReader {
  /** The documents in the file; throws with a reason when the bytes are not a readable document. */
  List<RawDocument> read(String file, byte[] bytes) throws IngestException;

  /**
   * The documents in the file and a note for each record that was skipped (a malformed JSON
   * line); formats holding one document skip none.
   */
  default Read readAll(String file, byte[] bytes) throws IngestException {
    return new Read(read(file, bytes), List.of());
  }

  /** What a reader got from one file: its documents, and why any record was skipped. */
  record Read(List<RawDocument> documents, List<String> skipped) {
    public Read {
      documents = List.copyOf(documents);
      skipped = List.copyOf(skipped);
    }
  }
}

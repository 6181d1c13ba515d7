package org.medsearch.ingest;

import java.util.List;

/**
 * Turns a file's bytes into text. One implementation per format; {@link Ingestor} picks the
 * reader, so a new format is one new class.
 */
public interface DocumentReader {
  /** The documents in the file; throws with a reason when the bytes are not a readable document. */
  List<RawDocument> read(String file, byte[] bytes) throws IngestException;
}

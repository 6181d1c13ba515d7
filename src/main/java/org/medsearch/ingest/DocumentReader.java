package org.medsearch.ingest;

/**
 * Turns a file's bytes into plain text. One implementation per format; {@link Ingestor} picks
 * the reader by file extension, so a new format is one new class.
 */
public interface DocumentReader {
  /** The extracted text; throws with a reason when the bytes are not a readable document. */
  String read(String file, byte[] bytes) throws IngestException;
}

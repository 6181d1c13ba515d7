package org.medsearch.ingest;

import java.util.List;

/** Plain text in any encoding {@link TextDecoder} recognises, as one document. */
public final class PlainTextReader implements DocumentReader {
  @Override
  public List<RawDocument> read(String file, byte[] bytes) throws IngestException {
    return List.of(RawDocument.of(TextDecoder.decode(file, bytes)));
  }
}

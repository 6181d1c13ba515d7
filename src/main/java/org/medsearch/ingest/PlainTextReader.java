package org.medsearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain text and Markdown in UTF-8 (a byte-order mark is skipped); other encodings are refused. */
public final class PlainTextReader implements DocumentReader {
  @Override
  public List<RawDocument> read(String file, byte[] bytes) throws IngestException {
    return List.of(RawDocument.of(decode(file, bytes)));
  }

  /** The bytes as UTF-8 text. */
  public String decode(String file, byte[] bytes) throws IngestException {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IngestException(file, IngestException.Reason.UNDECODABLE, "not valid UTF-8");
    }
  }
}

package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void readsUtf8() throws IngestException {
    assertEquals("医院 Hospital", reader.read("a.txt", "医院 Hospital".getBytes(UTF_8)).getFirst().text());
  }

  @Test
  void skipsAByteOrderMark() throws IngestException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "医院".getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    assertEquals("医院", reader.read("bom.txt", bytes).getFirst().text());
  }

  @Test
  void gbkBytesAreUndecodable() {
    byte[] gbk = "北京医院".getBytes(java.nio.charset.Charset.forName("GBK")); // B1 B1 BE A9 D2 BD D4 BA
    IngestException e = assertThrows(IngestException.class, () -> reader.read("gbk.txt", gbk));
    assertEquals(IngestException.Reason.UNDECODABLE, e.reason());
    assertEquals("gbk.txt", e.file());
    assertEquals("gbk.txt: text cannot be decoded (not valid UTF-8)", e.getMessage());
  }

  @Test
  void latin1BytesAreUndecodable() {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9}; // "café" in ISO-8859-1
    assertEquals(
        IngestException.Reason.UNDECODABLE, assertThrows(IngestException.class, () -> reader.read("l.txt", latin1)).reason());
  }
}

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
  void gbkBytesAreReadAsGb18030() throws IngestException {
    String text = "北京协和医院始建于1921年，是一所集医疗、教学、科研于一体的大型三级甲等综合医院。";
    assertEquals(text, reader.read("gbk.txt", text.getBytes(java.nio.charset.Charset.forName("GBK"))).getFirst().text());
  }

  @Test
  void binaryBytesAreUndecodable() {
    byte[] junk = new byte[512];
    new java.util.Random(7).nextBytes(junk);
    IngestException e = assertThrows(IngestException.class, () -> reader.read("junk.txt", junk));
    assertEquals(IngestException.Reason.UNDECODABLE, e.reason());
    assertEquals("junk.txt: text cannot be decoded (binary data, not text)", e.getMessage());
  }

  @Test
  void fourLatin1BytesAreTooFewToRecognise() {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9}; // "café" in ISO-8859-1
    assertEquals(
        IngestException.Reason.UNDECODABLE, assertThrows(IngestException.class, () -> reader.read("l.txt", latin1)).reason());
  }
}

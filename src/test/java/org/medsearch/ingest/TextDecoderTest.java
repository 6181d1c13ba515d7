package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.medsearch.Documents;

class TextDecoderTest {
  /** Real consultations, GB18030 as published (see ../shared/eval/README.md). */
  private static final Path GB18030_CSV = Path.of("..", "shared", "eval", "zh-dialogue", "neike-sample.gb18030.csv");
  private static final String SIMPLIFIED = "北京协和医院始建于1921年，是一所集医疗、教学、科研于一体的大型三级甲等综合医院。\n医生每天为来自全国各地的患者提供诊疗服务。";
  private static final String TRADITIONAL = "臺北榮民總醫院創立於1959年，是一所綜合性的醫學中心。\n醫師每天為來自全臺各地的病患提供診療服務。";

  private static String decode(byte[] bytes) throws IngestException {
    return TextDecoder.decode("t.txt", bytes);
  }

  private static byte[] withMark(byte[] mark, byte[] text) {
    byte[] bytes = new byte[mark.length + text.length];
    System.arraycopy(mark, 0, bytes, 0, mark.length);
    System.arraycopy(text, 0, bytes, mark.length, text.length);
    return bytes;
  }

  @Test
  void realGb18030FileIsDecoded() throws Exception {
    assumeTrue(Files.isRegularFile(GB18030_CSV), "skipped: " + GB18030_CSV.toAbsolutePath().normalize() + " is absent (it lives in ../shared/eval)");
    String text = decode(Files.readAllBytes(GB18030_CSV));
    assertTrue(text.startsWith("department,title,ask,answer\n"), text.substring(0, 40));
    assertTrue(text.contains("患者") && text.contains("医生") && text.contains("高血压"));
    assertFalse(text.contains("\uFFFD"));
  }

  @Test
  void gbkTextIsDecodedAsGb18030() throws IngestException {
    assertEquals(SIMPLIFIED, decode(SIMPLIFIED.getBytes(Charset.forName("GBK"))));
    assertEquals(Charset.forName("GB18030"), TextDecoder.detect(SIMPLIFIED.getBytes(Charset.forName("GBK"))).orElseThrow());
  }

  @Test
  void big5TextIsDecoded() throws IngestException {
    assertEquals(TRADITIONAL, decode(TRADITIONAL.getBytes(Charset.forName("Big5"))));
  }

  @Test
  void utf16LittleEndianWithAMarkIsDecoded() throws IngestException {
    assertEquals(SIMPLIFIED, decode(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE))));
  }

  @Test
  void utf16BigEndianWithAMarkIsDecoded() throws IngestException {
    assertEquals(SIMPLIFIED, decode(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void utf16WithoutAMarkIsDetected() throws IngestException {
    assertEquals(SIMPLIFIED, decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(SIMPLIFIED, decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void utf8MarkIsDropped() throws IngestException {
    assertEquals("医院", decode(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "医院".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void utf8IsTriedBeforeAnyGuess() throws IngestException {
    assertEquals("Café 医院", decode("Café 医院".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void textAfterAMarkThatDoesNotDecodeIsUndecodable() {
    byte[] bytes = withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SIMPLIFIED.getBytes(Charset.forName("GBK")));
    assertEquals(IngestException.Reason.UNDECODABLE, assertThrows(IngestException.class, () -> decode(bytes)).reason());
  }

  @Test
  void randomBytesAreUndecodable() {
    IngestException e = assertThrows(IngestException.class, () -> decode(Documents.junk(4096)));
    assertEquals(IngestException.Reason.UNDECODABLE, e.reason());
    assertEquals("t.txt: text cannot be decoded (binary data, not text)", e.getMessage());
  }

  @Test
  void gbkAndGb2312MapToGb18030() {
    assertEquals(Charset.forName("GB18030"), TextDecoder.superset(Charset.forName("GBK")));
    assertEquals(Charset.forName("GB18030"), TextDecoder.superset(Charset.forName("GB2312")));
    assertEquals(StandardCharsets.UTF_8, TextDecoder.superset(StandardCharsets.UTF_8));
  }

  @Test
  void controlCharactersAreTheJdksButLineBreaksTabsAndFormFeeds() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      assertEquals(expected, TextDecoder.isControl(c), "U+" + Integer.toHexString(c));
    }
  }
}

package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;

class CharacterFoldingTest {
  @Test
  void foldMakesTraditionalCharactersSimplified() {
    assertEquals("北京协和医院", CharacterFolding.fold("北京協和醫院"));
  }

  @Test
  void foldMakesFullWidthLettersAscii() {
    assertEquals("WHO CT", CharacterFolding.fold("ＷＨＯ ＣＴ"));
  }

  @Test
  void foldKeepsTheLength() {
    String text = "紅十字會 Red Cross ＩＣＲＣ";
    assertEquals(text.length(), CharacterFolding.fold(text).length());
  }

  /** Lucene's MappingCharFilter map of the same one-to-one foldings: what the table replaced. */
  private static NormalizeCharMap mappingOf(boolean traditional) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      builder.add(String.valueOf(c), String.valueOf((char) (c - 0xFEE0)));
    }
    if (traditional) {
      TraditionalSimplified.table().forEach((t, simplified) -> builder.add(String.valueOf(t), String.valueOf(simplified)));
    }
    return builder.build();
  }

  /** Reads all of {@code reader} in reads of varying sizes. */
  private static String readAll(Reader reader, Random random) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[64];
    for (int n; (n = reader.read(buffer, 3, 1 + random.nextInt(60))) != -1; ) {
      out.append(buffer, 3, n);
    }
    return out.toString();
  }

  @Test
  void foldsEveryCharacterAsLucenesMappingCharFilterDid() throws IOException {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      every.append((char) c);
    }
    for (boolean traditional : new boolean[] {false, true}) {
      Random random = new Random(42);
      String expected = readAll(new MappingCharFilter(mappingOf(traditional), new StringReader(every.toString())), random);
      CharFilter ours = CharacterFolding.reader(new StringReader(every.toString()), traditional);
      assertEquals(expected, readAll(ours, random), "traditional_to_simplified: " + traditional);
      for (int offset : new int[] {0, 1, 0x4E00, 0xFF01, Character.MAX_VALUE}) {
        assertEquals(offset, ours.correctOffset(offset));
      }
    }
    assertEquals(readAll(new MappingCharFilter(mappingOf(true), new StringReader(every.toString())), new Random(1)),
        CharacterFolding.fold(every.toString()));
  }
}

package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.medsearch.GeneratedResource;

/**
 * The committed Traditional → Simplified table is exactly what ICU's transform gives, character by
 * character. When ICU is upgraded and this fails, the regenerated table is left in
 * {@code target/generated-tables/}: copy it over the resource.
 */
class TraditionalSimplifiedTest {
  /** The CJK ideograph blocks of the Basic Multilingual Plane: Extension A, Unified, Compatibility. */
  private static final int[][] RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

  @Test
  void theResourceIsTheTableIcuGives() throws IOException {
    String generated = generate();
    GeneratedResource.assertCommitted(TraditionalSimplified.class, TraditionalSimplified.RESOURCE, generated);
  }

  @Test
  void everyCjkCharacterFoldsAsIcuFoldsIt() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder all = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int[] range : RANGES) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        String in = String.valueOf((char) cp);
        String out = t2s.transliterate(in);
        all.append(in);
        expected.append(out.length() == 1 ? out : in);
      }
    }
    assertEquals(expected.toString(), CharacterFolding.fold(all.toString()));
  }

  /** The table as the folding code built it at start-up before: one transliteration per block. */
  static String generate() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder table = new StringBuilder();
    for (int[] range : RANGES) {
      StringBuilder all = new StringBuilder();
      for (int cp = range[0]; cp <= range[1]; cp++) {
        all.append((char) cp).append('\n');
      }
      String[] folded = t2s.transliterate(all.toString()).split("\n", -1);
      for (int cp = range[0]; cp <= range[1]; cp++) {
        String in = String.valueOf((char) cp);
        String out = folded[cp - range[0]];
        if (out.length() == 1 && !out.equals(in)) {
          table.append(in).append(out).append('\n');
        }
      }
    }
    return table.toString();
  }
}

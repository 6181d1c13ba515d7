package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

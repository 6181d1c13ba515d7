package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fast paths answer as {@link Character.UnicodeScript#of} does, for every code point. */
class ScriptsTest {
  @Test
  void hanAsTheJdkSaysForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      assertEquals(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN, Scripts.isHan(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void spacedLettersAndDigitsAreTheNonHanOnesForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
      assertEquals(expected, Scripts.isSpacedLetterOrDigit(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void latinLettersAsTheJdkSaysForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN && Character.isLetter(cp);
      assertEquals(expected, Scripts.isLatinLetter(cp), "U+" + Integer.toHexString(cp));
    }
  }
}

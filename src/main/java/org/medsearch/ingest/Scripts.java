package org.medsearch.ingest;

/**
 * Which script a character is in, for the per-character tests of cleaning, language detection,
 * institution matching and analysis. {@link Character.UnicodeScript#of} binary-searches some 2,000
 * ranges for every character, several percent of indexing time: ASCII is answered first, and
 * the rest of the Basic Multilingual Plane from a table.
 */
public final class Scripts {
  /** Nothing below the CJK Radicals Supplement is Han (nor a CJK ideograph of another script). */
  public static final int FIRST_HAN = 0x2E80;

  private Scripts() {}

  public static boolean isHan(int codePoint) {
    if (codePoint < FIRST_HAN) {
      return false;
    }
    if (codePoint <= Character.MAX_VALUE) {
      return BmpTables.HAN[codePoint]; // Chinese punctuation too lies above FIRST_HAN, and is frequent
    }
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** For every UTF-16 unit: whether it is a Han code point, and a letter or digit of a spaced script. Built once, 128 KB. */
  private static final class BmpTables {
    static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];
    static final boolean[] SPACED_LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        HAN[c] = c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        SPACED_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c) && !HAN[c];
      }
    }
  }

  /** A letter or digit of a script that spaces its words (not Han, whose characters need no spaces). */
  public static boolean isSpacedLetterOrDigit(int codePoint) {
    if (codePoint <= Character.MAX_VALUE) {
      return BmpTables.SPACED_LETTER_OR_DIGIT[codePoint]; // asked of every character institutions are looked for in
    }
    return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
  }

  /** A letter of the Latin script. */
  public static boolean isLatinLetter(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
    }
    return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }
}

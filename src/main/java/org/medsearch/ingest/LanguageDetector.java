package org.medsearch.ingest;

/**
 * Tells Chinese, English and mixed text apart by script. Only two languages are in scope, so
 * counting Han characters against Latin words is both exact enough and free of models.
 */
public final class LanguageDetector {
  /** About how many Han characters carry as much as one English word. */
  private static final double HAN_CHARS_PER_WORD = 1.5;
  /** Share of one language above which a text counts as that language alone. */
  private static final double DOMINANT_SHARE = 0.8;

  private LanguageDetector() {}

  public static Language detect(CharSequence text) {
    long han = 0;
    long latinWords = 0;
    boolean inLatinWord = false;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      boolean latin;
      if (c < 0x80) { // most characters of either language: punctuation, digits, spaces, ASCII letters
        i++;
        latin = Scripts.isLatinLetter(c);
      } else {
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        boolean isHan = Scripts.isHan(cp);
        if (isHan) {
          han++;
        }
        latin = !isHan && Scripts.isLatinLetter(cp);
      }
      if (latin && !inLatinWord) {
        latinWords++;
      }
      inLatinWord = latin;
    }
    double zh = han / HAN_CHARS_PER_WORD;
    double total = zh + latinWords;
    if (total == 0) {
      return Language.EN;
    }
    double zhShare = zh / total;
    if (zhShare >= DOMINANT_SHARE) {
      return Language.ZH;
    }
    return zhShare <= 1 - DOMINANT_SHARE ? Language.EN : Language.MIXED;
  }
}

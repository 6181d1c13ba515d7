package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.medsearch.GeneratedResource;

/**
 * The committed pinyin initials are exactly what ICU's transform gives for every Han code point.
 * When ICU is upgraded and this fails, the regenerated table is left in
 * {@code target/generated-tables/}: copy it over the resource.
 */
class PinyinInitialsTest {
  @Test
  void theResourceIsWhatIcuGivesForEveryHanCodePoint() throws IOException {
    Map<Integer, Character> fromIcu = fromIcu();
    String generated = format(fromIcu);
    GeneratedResource.assertCommitted(PinyinInitials.class, PinyinInitials.RESOURCE, generated);
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        String at = "U+" + Integer.toHexString(cp);
        assertEquals(fromIcu.get(cp), PinyinInitials.of(cp), at);
      }
    }
  }

  @Test
  void initialsOfATitle() {
    assertEquals("bjxhyy", Suggester.initials("北京协和医院"));
  }

  /** Han code point → the first letter of its pinyin, as the suggester asked ICU for it at start-up before. */
  static Map<Integer, Character> fromIcu() {
    Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    Map<Integer, Character> initials = new TreeMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        String latin = pinyin.transliterate(new String(Character.toChars(cp)));
        if (!latin.isEmpty() && latin.charAt(0) < 128 && Character.isLetter(latin.charAt(0))) {
          initials.put(cp, Character.toLowerCase(latin.charAt(0)));
        }
      }
    }
    return initials;
  }

  static String format(Map<Integer, Character> initials) {
    Map<Character, StringBuilder> lines = new TreeMap<>();
    initials.forEach((cp, letter) -> lines.computeIfAbsent(letter, l -> new StringBuilder().append(l)).appendCodePoint(cp));
    StringBuilder out = new StringBuilder();
    lines.values().forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}

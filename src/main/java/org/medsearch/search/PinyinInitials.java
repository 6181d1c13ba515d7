package org.medsearch.search;

import java.util.HashMap;
import java.util.Map;
import org.medsearch.analysis.GeneratedTable;

/**
 * The first letter of each Han character's pinyin, read from a resource generated from ICU's
 * "Han-Latin; Latin-ASCII" transform ({@code PinyinInitialsTest} regenerates it and proves it
 * equal): loading that transform took seconds of every start-up.
 */
final class PinyinInitials {
  /** The resource: a line per initial, the letter then every Han character whose pinyin starts with it. */
  static final String RESOURCE = "pinyin-initials.txt";

  private static final Map<Integer, Character> INITIALS = load();

  private PinyinInitials() {}

  /** The initial of {@code hanCodePoint}, or null when it has no pinyin starting with a letter. */
  static Character of(int hanCodePoint) {
    return INITIALS.get(hanCodePoint);
  }

  private static Map<Integer, Character> load() {
    Map<Integer, Character> initials = new HashMap<>(65536);
    for (String line : GeneratedTable.lines(PinyinInitials.class, RESOURCE)) {
      Character letter = line.charAt(0);
      line.codePoints().skip(1).forEach(cp -> initials.put(cp, letter));
    }
    return initials;
  }
}

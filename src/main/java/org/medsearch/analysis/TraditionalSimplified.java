package org.medsearch.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-to-one Traditional → Simplified character table, read from a resource generated from
 * ICU's "Traditional-Simplified" transform ({@code TraditionalSimplifiedTest} regenerates it and
 * proves it equal): building it through ICU took seconds of every start-up.
 */
final class TraditionalSimplified {
  /** The resource: a line per character, the Traditional character then its Simplified one. */
  static final String RESOURCE = "traditional-simplified.txt";

  private TraditionalSimplified() {}

  /** Traditional character → Simplified character, in code point order. */
  static Map<Character, Character> table() {
    Map<Character, Character> table = new LinkedHashMap<>();
    for (String line : GeneratedTable.lines(TraditionalSimplified.class, RESOURCE)) {
      if (line.length() != 2) {
        throw new IllegalStateException(RESOURCE + ": not a pair of characters: " + line);
      }
      table.put(line.charAt(0), line.charAt(1));
    }
    return table;
  }
}

package org.medsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = TraditionalSimplified.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<Character, Character> table = new LinkedHashMap<>();
      for (String line : text.split("\n")) {
        if (line.length() != 2) {
          throw new IllegalStateException(RESOURCE + ": not a pair of characters: " + line);
        }
        table.put(line.charAt(0), line.charAt(1));
      }
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

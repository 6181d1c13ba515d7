package org.medsearch.ingest;

import java.util.Map;

/**
 * Text a reader took from a file, before cleaning.
 *
 * @param key "" for the file itself; for one of several documents inside a file (a JSON Lines
 *     record), its key, which becomes the id suffix {@code #key}
 * @param text the extracted text, lines separated by '\n'
 * @param fields metadata the format states outright, by name ({@code title}, {@code date},
 *     {@code source}); these win over what is found in the text
 */
public record RawDocument(String key, String text, Map<String, String> fields) {
  public RawDocument {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /** The whole file as one text with no stated metadata. */
  public static RawDocument of(String text) {
    return new RawDocument("", text, Map.of());
  }
}

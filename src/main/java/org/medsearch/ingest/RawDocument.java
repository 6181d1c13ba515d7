package org.medsearch.ingest;

import java.util.Map;

/**
 * Text a reader took from a file, before cleaning.
 *
 * @param key "" for the file itself; for one of several documents inside a file (a JSON Lines
 *     record), its key, which becomes the id suffix {@code #key}
 * @param text the extracted text, lines separated by '\n'
 * @param fields metadata the format states outright, by name ({@link #TITLE}, {@link #DATE},
 *     {@link #SOURCE}); these win over what is found in the text. {@link #PAGE_TITLE} (an HTML
 *     {@code <title>}) is weaker: taken only when the text has no title line.
 */
public record RawDocument(String key, String text, Map<String, String> fields) {
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String PAGE_TITLE = "page_title";

  public RawDocument {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  /** The whole file as one text with no stated metadata. */
  public static RawDocument of(String text) {
    return new RawDocument("", text, Map.of());
  }
}

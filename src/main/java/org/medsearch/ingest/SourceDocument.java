package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cleaned document ready to index.
 *
 * @param id stable identifier: the file's path relative to the input folder, with '/' separators
 * @param title the title a reader would give it
 * @param body the cleaned text, without the lines consumed as title, date or source
 * @param language zh, en or mixed
 * @param date publication date, or null when the text gives none
 * @param source publisher or outlet, or null when the text names none
 * @param contentHash SHA-256 of the file's bytes, hex
 */
public record SourceDocument(
    String id,
    String title,
    String body,
    Language language,
    LocalDate date,
    String source,
    String contentHash) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}

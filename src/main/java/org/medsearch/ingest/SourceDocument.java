package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One cleaned document ready to index.
 *
 * @param id stable identifier: the file's path relative to the input folder, with '/' separators;
 *     a document inside a file (an article of a page, a JSON Lines record) adds {@code #key}
 * @param file the id of the file it came from; re-indexing or deleting that file replaces or
 *     removes every document it yielded
 * @param title the title a reader would give it
 * @param body the cleaned text, without the lines consumed as title, date or source
 * @param language zh, en or mixed
 * @param date publication date, or null when the text gives none
 * @param source publisher or outlet, or null when the text names none
 * @param docType kind of document (e.g. profile, news, report), or null when unknown
 * @param institutions canonical names of the institutions it mentions, sorted, no duplicates
 * @param parentId for an article split from a page, the page's id; else null
 * @param contentHash SHA-256 of the file's bytes, hex
 */
public record SourceDocument(
    String id,
    String file,
    String title,
    String body,
    Language language,
    LocalDate date,
    String source,
    String docType,
    List<String> institutions,
    String parentId,
    String contentHash) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(contentHash, "contentHash");
    institutions = institutions == null ? List.of() : List.copyOf(institutions);
  }
}

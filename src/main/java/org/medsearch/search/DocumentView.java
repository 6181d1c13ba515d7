package org.medsearch.search;

import java.util.List;

/** One whole document as indexed: its cleaned text and metadata; {@code parentId} links an article to its page. */
public record DocumentView(
    String id,
    String title,
    String language,
    String date,
    Integer year,
    String source,
    String docType,
    List<String> institutions,
    String parentId,
    String text) {}

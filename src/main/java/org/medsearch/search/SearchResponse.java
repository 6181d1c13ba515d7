package org.medsearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with facet counts.
 *
 * @param total documents matching the query and filters
 * @param tookMs time spent searching, highlighting and counting
 * @param facets facet name → values with counts, in configured order; counts of a facet ignore
 *     that facet's own filter (drill-sideways), so its other values stay selectable
 * @param didYouMean for a Latin-letter query with fewer than three hits, the query with its
 *     misspelled words replaced by indexed words, when that finds more; otherwise null
 * @param timedOut true when the search ran past {@code search.timeout_ms} and the hits, total and
 *     facets are only those found until then
 * @param nextCursor pass as {@code cursor} to get the hits after this page's last one (same query,
 *     filters and sort); null when there are none
 */
public record SearchResponse(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String didYouMean,
    boolean timedOut,
    String nextCursor) {

  /**
   * One result.
   *
   * @param titleHtml the title, HTML-escaped, with matched words in {@code <mark>}
   * @param snippets passages of the body, HTML-escaped, with matched words in {@code <mark>}
   * @param parentId for an article split from a page, the page's id
   */
  public record Hit(
      String id,
      String title,
      String titleHtml,
      String language,
      String date,
      Integer year,
      String source,
      String docType,
      List<String> institutions,
      String parentId,
      float score,
      List<String> snippets) {}

  /** A facet value and how many matching documents have it. */
  public record FacetCount(String value, long count) {}
}

package org.medsearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One search.
 *
 * @param query the text typed; blank means every document
 * @param syntax how {@code query} is read
 * @param page 1-based page number
 * @param size hits per page
 * @param sort relevance or date
 * @param filters facet name → values; values of one facet are OR'ed, facets are AND'ed
 * @param dateFrom earliest publication date, inclusive, or null
 * @param dateTo latest publication date, inclusive, or null
 * @param cursor the {@code next_cursor} of the previous response: continues after its last hit
 *     (instead of {@code page}, which must then be 1), or null
 */
public record SearchRequest(
    String query,
    QuerySyntax syntax,
    int page,
    int size,
    SortOrder sort,
    Map<String, List<String>> filters,
    LocalDate dateFrom,
    LocalDate dateTo,
    String cursor) {
  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }


  /** A first-page relevance search with no filters. */
  public static SearchRequest of(String query, int size) {
    return new SearchRequest(query, QuerySyntax.SIMPLE, 1, size, SortOrder.RELEVANCE, Map.of(), null, null, null);
  }

  /** How a query string is read. */
  public enum QuerySyntax {
    /** The search box: never fails; quotes, +, -, OR, * and ~ work, anything else is text. */
    SIMPLE,
    /** Lucene's classic query syntax for scripts; a malformed query is an error. */
    LUCENE
  }

  /** Result order; ties always fall back to the document id. */
  public enum SortOrder {
    RELEVANCE,
    DATE
  }
}

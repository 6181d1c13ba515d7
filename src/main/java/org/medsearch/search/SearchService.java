package org.medsearch.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The search API every front end calls (HTTP, CLI, eval). A second backend, such as a
 * distributed engine, implements this same interface.
 */
public interface SearchService extends Closeable {
  /** The most suggestions one {@link #suggest} call may ask for. */
  int MAX_SUGGESTIONS = 20;

  /** Ranked, highlighted, faceted results; throws {@link InvalidRequestException} on bad input. */
  SearchResponse search(SearchRequest request);

  /**
   * Only the ranked ids and scores of the best {@code depth} matches, without highlighting or
   * facets: for evaluation runs and bulk scripts.
   */
  List<ScoredId> rank(String query, SearchRequest.QuerySyntax syntax, int depth);

  /** A document id with its score. */
  record ScoredId(String id, float score) {}

  /**
   * Titles, institutions and frequent words completing {@code prefix}: by prefix, by the initials
   * of the pinyin of Chinese text (bjjh → 北京嘉会…), or with one typo in English; at most {@code
   * size}, exact prefixes first. A blank prefix has no suggestions.
   */
  SuggestResponse suggest(String prefix, int size);

  /** One document by id. */
  Optional<DocumentView> document(String id);

  /** The index being served. */
  IndexStatus status();
}

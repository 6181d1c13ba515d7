package org.medsearch.search;

import java.io.Closeable;
import java.util.Optional;

/**
 * The search API every front end calls (HTTP, CLI, eval). A second backend, such as a
 * distributed engine, implements this same interface.
 */
public interface SearchService extends Closeable {
  /** Ranked, highlighted, faceted results; throws {@link InvalidRequestException} on bad input. */
  SearchResponse search(SearchRequest request);

  /** One document by id. */
  Optional<DocumentView> document(String id);

  /** The index being served. */
  IndexStatus status();
}

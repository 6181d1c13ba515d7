package org.medsearch.search;

import java.util.List;

/**
 * Completions of what has been typed so far, best first.
 *
 * @param query the text typed
 * @param suggestions titles, institutions and frequent words that complete it, each text once
 */
public record SuggestResponse(String query, List<Suggestion> suggestions) {

  /**
   * One completion.
   *
   * @param text what to show and, when picked, to search for
   * @param kind {@code title}, {@code institution} or {@code term}
   * @param id for a title, the id of its document; otherwise null
   */
  public record Suggestion(String text, String kind, String id) {}
}

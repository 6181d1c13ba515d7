package org.medsearch.bench;

import java.util.Locale;

/** The parts of a benchmark run, in the order a full run does them; each can run on its own. */
public enum Phase {
  /** Analysis-only throughput. */
  ANALYSIS,
  /** Indexing throughput per thread count, on a sample of the corpus. */
  INDEX,
  /** Builds the index the search phase serves (whole corpus, most threads), in steps if asked. */
  BUILD,
  /** Merges the served index into one segment, as Rally's tracks do between bulk indexing and queries. */
  MERGE,
  /** In-process and HTTP search, suggest, server memory and ready time. */
  SEARCH,
  /** OpenSearch: bulk indexing of the same corpus. */
  PEER_INDEX,
  /** OpenSearch: its index merged into one segment ({@code _forcemerge}). */
  PEER_MERGE,
  /** OpenSearch: the same query log over HTTP. */
  PEER_SEARCH;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Phase of(String id) {
    for (Phase p : values()) {
      if (p.id().equals(id.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown phase '" + id + "' (analysis, index, build, merge, search, peer-index, peer-merge, peer-search)");
  }
}

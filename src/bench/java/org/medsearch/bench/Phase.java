package org.medsearch.bench;

import java.util.List;
import java.util.Locale;

/** The parts of a benchmark run, in the order a full run does them; each can run on its own. */
public enum Phase {
  /** Analysis-only throughput. */
  ANALYSIS,
  /** Ingest alone and indexing throughput per thread count, on a sample of the corpus. */
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

  /** The record its figures are in {@link BenchResults}. */
  public Class<?> figures() {
    return switch (this) {
      case ANALYSIS -> Throughput.class;
      case INDEX -> IndexingFigures.class;
      case BUILD -> BuildFigures.class;
      case MERGE, PEER_MERGE -> MergeFigures.class;
      case SEARCH -> SearchFigures.class;
      case PEER_INDEX, PEER_SEARCH -> PeerFigures.class;
    };
  }

  /**
   * Whether running it again measures the same thing again: a build of the whole corpus rebuilds
   * from scratch each round; merging a merged index would measure nothing.
   */
  public boolean repeatable() {
    return this != MERGE && this != PEER_MERGE;
  }

  /** Whether it builds an index, which {@code --upto} splits into steps. */
  public boolean builds() {
    return this == BUILD || this == PEER_INDEX;
  }

  /** Why {@code phases} cannot run more than once, or null when they can. */
  public static String notRepeatable(List<Phase> phases) {
    List<String> once = phases.stream().filter(p -> !p.repeatable()).map(Phase::id).toList();
    return once.isEmpty() ? null
        : String.join(", ", once) + (once.size() == 1 ? " runs" : " run")
            + " once (merging an index); only analysis, index, build, search, peer-index and peer-search repeat";
  }

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

package org.medsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics on cases computed by hand. */
class MetricsTest {
  private static final double EPS = 1e-9;
  private final Map<String, Integer> judged = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void ndcgOfTheIdealRankingIsOne() {
    assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "d"), judged, 10), EPS);
  }

  @Test
  void ndcgByHand() {
    // ranking b, x(unjudged), a: DCG = 2/log2(2) + 0 + 3/log2(4) = 2 + 1.5 = 3.5
    // ideal a, b, d: 3/1 + 2/log2(3) + 1/2 = 3 + 1.2618595071429148 + 0.5
    double ideal = 3 + 2 / (Math.log(3) / Math.log(2)) + 0.5;
    assertEquals(3.5 / ideal, Metrics.ndcg(List.of("b", "x", "a"), judged, 10), EPS);
  }

  @Test
  void ndcgCutsAtK() {
    // only the first result counts at k = 1: gain 0 for c
    assertEquals(0.0, Metrics.ndcg(List.of("c", "a"), judged, 1), EPS);
    assertEquals(2.0 / 3.0, Metrics.ndcg(List.of("b", "a"), judged, 1), EPS);
  }

  @Test
  void reciprocalRankOfTheFirstRelevant() {
    assertEquals(1.0 / 3, Metrics.reciprocalRank(List.of("c", "x", "d", "a"), judged, 10), EPS);
    assertEquals(0.0, Metrics.reciprocalRank(List.of("c", "x", "d"), judged, 2), EPS);
  }

  @Test
  void recallCountsRelevantRetrievedWithinK() {
    assertEquals(2.0 / 3, Metrics.recall(List.of("a", "c", "x", "d"), judged, 100), EPS);
    assertEquals(1.0 / 3, Metrics.recall(List.of("a", "c", "x", "d"), judged, 3), EPS);
  }

  @Test
  void topicWithoutRelevantDocumentsScoresZero() {
    Map<String, Integer> none = Map.of("a", 0);
    assertEquals(0.0, Metrics.ndcg(List.of("a"), none, 10), EPS);
    assertEquals(0.0, Metrics.recall(List.of("a"), none, 100), EPS);
  }

  @Test
  void wrappingQuotesOfATopicAreRemovedButInnerOnesKept() {
    assertEquals("20了胸还是小,月经也不准", Topics.unwrap("\"20了胸还是小,月经也不准\""));
    assertEquals("\"stem cell\" therapy", Topics.unwrap("\"stem cell\" therapy"));
    assertEquals("\"a\" and \"b\"", Topics.unwrap("\"a\" and \"b\""));
  }
}

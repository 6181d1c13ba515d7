package org.medsearch.eval;

import java.util.List;
import java.util.Map;

/**
 * The standard ranking metrics as trec_eval computes them. nDCG: gain = grade, discount
 * log2(rank + 1), ideal ranking from all judged documents of the topic. MRR: reciprocal rank of
 * the first document with grade > 0. Recall: relevant documents retrieved over all relevant.
 * Unjudged documents count as not relevant.
 */
public final class Metrics {
  private Metrics() {}

  public static double ndcg(List<String> ranking, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(judged.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double reciprocalRank(List<String> ranking, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (judged.getOrDefault(ranking.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  public static double recall(List<String> ranking, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  private static double gain(int grade) {
    return Math.max(grade, 0);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

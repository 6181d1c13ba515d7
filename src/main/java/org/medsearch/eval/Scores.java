package org.medsearch.eval;

import java.util.List;
import java.util.Map;
import org.medsearch.eval.Topics.Topic;
import org.medsearch.search.SearchService.ScoredId;

/**
 * Mean nDCG@10, MRR@10 and Recall@100 of a run, over the topics that have at least one relevant
 * judged document (others cannot score and would only dilute the mean).
 *
 * @param topics topics averaged over
 */
public record Scores(double ndcg10, double mrr10, double recall100, int topics) {
  public static Scores of(List<Topic> topicList, Map<String, List<ScoredId>> runs, Qrels qrels) {
    double ndcg = 0;
    double mrr = 0;
    double recall = 0;
    int n = 0;
    for (Topic topic : topicList) {
      if (!qrels.hasRelevant(topic.qid())) {
        continue;
      }
      List<String> ranking = runs.getOrDefault(topic.qid(), List.of()).stream().map(ScoredId::id).toList();
      Map<String, Integer> judged = qrels.of(topic.qid());
      ndcg += Metrics.ndcg(ranking, judged, 10);
      mrr += Metrics.reciprocalRank(ranking, judged, 10);
      recall += Metrics.recall(ranking, judged, 100);
      n++;
    }
    return n == 0 ? new Scores(0, 0, 0, 0) : new Scores(ndcg / n, mrr / n, recall / n, n);
  }
}

package org.medsearch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medsearch.eval.Topics.Topic;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchService;
import org.medsearch.search.SearchService.ScoredId;

/** Runs every topic against a ranking function and scores the run against the qrels. */
public final class Evaluator {
  /** Documents retrieved per topic, as trec_eval runs expect. */
  public static final int DEPTH = 1000;

  private Evaluator() {}

  /** One system's run and its scores. */
  public record Result(String system, Map<String, List<ScoredId>> run, Scores scores) {}

  /** The shipped configuration, through the same search service as the server. */
  public static Result shipped(SearchService service, List<Topic> topics, Qrels qrels, Function<String, String> docId) {
    return run("shipped", topics, qrels, query -> service.rank(query, SearchRequest.QuerySyntax.SIMPLE, DEPTH).stream()
        .map(hit -> new ScoredId(docId.apply(hit.id()), hit.score()))
        .toList());
  }

  /** The plain-BM25 baseline. */
  public static Result baseline(BaselineIndex baseline, String name, List<Topic> topics, Qrels qrels) {
    return run(name, topics, qrels, query -> {
      try {
        return baseline.rank(query, DEPTH);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static Result run(String system, List<Topic> topics, Qrels qrels, Function<String, List<ScoredId>> rank) {
    Map<String, List<ScoredId>> run = new LinkedHashMap<>();
    for (Topic topic : topics) {
      run.put(topic.qid(), rank.apply(topic.query()));
    }
    return new Result(system, run, Scores.of(topics, run, qrels));
  }

  /** The corpus record id of a document indexed from a JSON Lines file ("corpus.jsonl#T00001" → "T00001"). */
  public static String recordId(String documentId) {
    int hash = documentId.indexOf('#');
    return hash < 0 ? documentId : documentId.substring(hash + 1);
  }

  /** Writes {@code result}'s run in TREC format. */
  public static void writeRun(Result result, Path file) throws IOException {
    RunFile.write(file, result.run(), "medsearch-" + result.system());
  }
}

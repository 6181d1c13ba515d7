package org.medsearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Graded relevance judgements in TREC format: {@code qid 0 docid grade}, tab- or space-separated. */
public record Qrels(Map<String, Map<String, Integer>> byTopic) {
  public Qrels {
    byTopic = Map.copyOf(byTopic);
  }

  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> byTopic = new HashMap<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      if (parts.length != 4) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": expected 'qid 0 docid grade', got '" + line + "'");
      }
      try {
        byTopic.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": grade '" + parts[3] + "' is not a number");
      }
    }
    return new Qrels(byTopic);
  }

  /** Judgements of one topic: docid → grade (0 = judged not relevant). */
  public Map<String, Integer> of(String qid) {
    return byTopic.getOrDefault(qid, Map.of());
  }

  /** Whether the topic has at least one relevant (grade > 0) document. */
  public boolean hasRelevant(String qid) {
    return of(qid).values().stream().anyMatch(g -> g > 0);
  }
}

package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/**
 * Ranking quality on a small sample of each public test collection, with floors: a change that
 * makes ranking worse fails here. The sample keeps every judged document of the topics and adds
 * unjudged ones as distractors. Figures on the full collections are in the README.
 */
class EvalRegressionTest {
  private static final Path EVAL = Path.of("..", "shared", "eval");
  private static final int DISTRACTORS = 3000;

  @TempDir Path tmp;

  private static Path collection(String name) {
    Path dir = EVAL.resolve(name);
    assumeTrue(Files.isDirectory(dir), "skipped: " + dir.toAbsolutePath().normalize() + " is absent (public test collections live in ../shared/eval)");
    return dir;
  }

  /** The first {@code topics} topics, their judged documents and the first distractors of the corpus. */
  private Path sample(Path dir, String topicsFile, String qrelsFile, int topics) throws IOException {
    List<String> topicLines = Files.readAllLines(dir.resolve(topicsFile)).stream().limit(topics).toList();
    Set<String> qids = new HashSet<>();
    topicLines.forEach(line -> qids.add(line.substring(0, line.indexOf('\t'))));
    Set<String> judged = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve(qrelsFile))) {
      String[] parts = line.split("\\s+");
      if (qids.contains(parts[0])) {
        judged.add(parts[2]);
      }
    }
    Path corpus = tmp.resolve("corpus.jsonl");
    try (Stream<String> lines = Files.lines(dir.resolve("corpus.jsonl"))) {
      int[] distractors = {0};
      Files.write(
          corpus,
          lines.filter(line -> judged.contains(idOf(line)) || distractors[0]++ < DISTRACTORS).toList());
    }
    Files.write(tmp.resolve("topics.tsv"), topicLines);
    return corpus;
  }

  private static String idOf(String jsonLine) {
    int start = jsonLine.indexOf("\"id\": \"") + 7;
    return jsonLine.substring(start, jsonLine.indexOf('"', start));
  }

  private EvalCommand.Report evaluate(Path corpus, Path qrels) throws IOException {
    EvalCommand command = new EvalCommand();
    command.corpus = corpus;
    command.topics = tmp.resolve("topics.tsv");
    command.qrels = qrels;
    command.glossary = new GlossaryOption();
    StringWriter out = new StringWriter();
    EvalCommand.Report report = command.evaluate(TestData.config(), new PrintWriter(out, true));
    System.out.println(out);
    return report;
  }

  @Test
  void englishHealthQuestionsStayAboveTheFloor() throws IOException {
    Path dir = collection("en-medquad");
    EvalCommand.Report report = evaluate(sample(dir, "topics.dev.tsv", "qrels.dev.txt", 51), dir.resolve("qrels.dev.txt"));
    assertEquals(48, report.topics(), "topics with relevant judgements");
    assertTrue(report.shipped().ndcg10() >= 0.53, "nDCG@10 " + report.shipped().ndcg10());
  }

  @Test
  void chineseSearchQueriesStayAboveTheFloor() throws IOException {
    Path dir = collection("zh-kuake-qtr");
    EvalCommand.Report report = evaluate(sample(dir, "topics.train.tsv", "qrels.train.txt", 300), dir.resolve("qrels.train.txt"));
    assertEquals(245, report.topics(), "topics with relevant judgements");
    assertTrue(report.shipped().mrr10() >= 0.86, "MRR@10 " + report.shipped().mrr10());
  }
}

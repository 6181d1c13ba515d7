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

  /** The shipped configuration's scores on a sample of {@code topics} topics of one collection. */
  private EvalCommand.Report evaluateSample(String name, String topicsFile, String qrelsFile, int topics, int judged)
      throws IOException {
    Path dir = collection(name);
    EvalCommand.Report report = evaluate(sample(dir, topicsFile, qrelsFile, topics), dir.resolve(qrelsFile));
    assertEquals(judged, report.topics(), "topics with relevant judgements");
    return report;
  }

  @Test
  void englishHealthQuestionsStayAboveTheFloor() throws IOException {
    EvalCommand.Report report = evaluateSample("en-medquad", "topics.dev.tsv", "qrels.dev.txt", 51, 48);
    assertTrue(report.shipped().ndcg10() >= 0.58, "nDCG@10 " + report.shipped().ndcg10());
  }

  @Test
  void englishQuestionsAsTypedStayAboveTheFloor() throws IOException {
    // The same questions as consumers typed them: subject line, chatter, typos.
    EvalCommand.Report report = evaluateSample("en-medquad", "topics-consumer.dev.tsv", "qrels.dev.txt", 51, 48);
    // 0.52 when parentheses and " - " made a typed question explicit (search.asides_as_text: false).
    assertTrue(report.shipped().ndcg10() >= 0.56, "nDCG@10 " + report.shipped().ndcg10());
  }

  @Test
  void chineseSearchQueriesStayAboveTheFloor() throws IOException {
    EvalCommand.Report report = evaluateSample("zh-kuake-qtr", "topics.train.tsv", "qrels.train.txt", 300, 245);
    assertTrue(report.shipped().mrr10() >= 0.89, "MRR@10 " + report.shipped().mrr10());
  }
}

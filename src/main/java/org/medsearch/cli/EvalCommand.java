package org.medsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medsearch.Main;
import org.medsearch.config.IndexConfig;
import org.medsearch.eval.BaselineIndex;
import org.medsearch.eval.Evaluator;
import org.medsearch.eval.Qrels;
import org.medsearch.eval.Scores;
import org.medsearch.eval.Split;
import org.medsearch.eval.Topics;
import org.medsearch.index.IndexReport;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.Language;
import org.medsearch.ingest.LanguageDetector;
import org.medsearch.search.LuceneSearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval}: nDCG@10, MRR@10 and Recall@100 of the shipped configuration beside plain BM25. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate ranking on a JSON Lines corpus with TREC topics and graded qrels; prints the shipped"
        + " configuration beside a plain-BM25 baseline.")
public final class EvalCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Mixin GlossaryOption glossary;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Corpus, JSON Lines with id, title, text.")
  Path corpus;

  @Option(names = "--topics", required = true, paramLabel = "FILE", description = "Topics: qid<TAB>query per line.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "Graded TREC qrels: qid 0 docid grade.")
  Path qrels;

  @Option(names = "--run", paramLabel = "FILE", description = "Write the shipped configuration's TREC run here.")
  Path run;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Keep the corpus index here and reuse it while the corpus and analysis are unchanged (default: a temporary folder).")
  Path index;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description = "all (default), tune (four topics in five: tune on these) or heldout (the fifth, by a hash of the qid: measure on these).")
  Split split = Split.ALL;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N topics of the split (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--baseline",
      paramLabel = "ANALYZER",
      description = "standard or smartcn (default: by the corpus language).")
  BaselineIndex.Baseline baseline;

  @Spec CommandSpec spec;

  /** What one evaluation printed, for tests to assert on. */
  public record Report(int documents, int topics, Scores baseline, Scores shipped) {}

  @Override
  public Integer call() throws Exception {
    evaluate(config.config(), spec.commandLine().getOut());
    return Main.OK;
  }

  Report evaluate(IndexConfig configured, PrintWriter out) throws IOException {
    if (!Files.isRegularFile(corpus)) {
      throw new java.nio.file.NoSuchFileException(corpus.toString(), null, "--corpus names no file");
    }
    // The corpus is one file holding every document: the per-file size limit is not meant for it.
    IndexConfig indexConfig = configured.withMaxFileBytes(Math.max(configured.ingest().maxFileBytes(), Files.size(corpus)));
    List<Topics.Topic> topicList = split.of(Topics.read(topics)).stream().limit(limit).toList();
    Qrels judged = Qrels.read(qrels);
    Path indexDir = index != null ? index : Files.createTempDirectory("medsearch-eval");
    try {
      IndexReport report =
          new Indexer(indexConfig, Runtime.getRuntime().availableProcessors())
              .update(new FolderSource(corpus, List.of("jsonl")), indexDir, ProgressListener.NONE);
      BaselineIndex.Baseline analyzer = baseline != null ? baseline : baselineFor(corpus);
      Evaluator.Result base;
      try (BaselineIndex plain = new BaselineIndex(corpus, analyzer)) {
        base = Evaluator.baseline(plain, "baseline", topicList, judged);
      }
      Evaluator.Result shipped;
      int documents;
      try (LuceneSearchService service = LuceneSearchService.open(indexDir, indexConfig, glossary.glossary(indexConfig))) {
        shipped = Evaluator.shipped(service, topicList, judged, Evaluator::recordId);
        documents = (int) service.status().documents();
      }
      if (run != null) {
        Evaluator.writeRun(shipped, run);
      }
      print(out, documents, report, topicList.size(), analyzer, base.scores(), shipped.scores());
      return new Report(documents, shipped.scores().topics(), base.scores(), shipped.scores());
    } finally {
      if (index == null) {
        deleteTree(indexDir);
      }
    }
  }

  private void print(
      PrintWriter out, int documents, IndexReport report, int topicCount, BaselineIndex.Baseline analyzer, Scores base, Scores shipped) {
    out.printf(Locale.ROOT, "corpus   %s: %d documents (%s)%n", corpus, documents, report.filesIndexed() == 0 ? "index reused" : "indexed");
    out.printf(
        Locale.ROOT, "topics   %s (split %s): %d topics, %d with relevant judgements%n", topics,
        split.name().toLowerCase(Locale.ROOT), topicCount, shipped.topics());
    out.printf(Locale.ROOT, "%-22s %8s %8s %10s%n", "system", "nDCG@10", "MRR@10", "Recall@100");
    row(out, "baseline (" + analyzer.name().toLowerCase(Locale.ROOT) + ")", base.ndcg10(), base.mrr10(), base.recall100(), 4);
    row(out, "shipped", shipped.ndcg10(), shipped.mrr10(), shipped.recall100(), 4);
    row(out, "shipped / baseline", ratio(shipped.ndcg10(), base.ndcg10()), ratio(shipped.mrr10(), base.mrr10()),
        ratio(shipped.recall100(), base.recall100()), 3);
  }

  /** One line of the results table, aligned under its header. */
  private static void row(PrintWriter out, String name, double ndcg, double mrr, double recall, int decimals) {
    out.printf(
        Locale.ROOT, "%-22s %8." + decimals + "f %8." + decimals + "f %10." + decimals + "f%n", name, ndcg, mrr, recall);
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /** Chinese corpora get smartcn, others StandardAnalyzer, judged on the first lines. */
  private static BaselineIndex.Baseline baselineFor(Path corpus) throws IOException {
    try (Stream<String> lines = Files.lines(corpus)) {
      String sample = String.join("\n", lines.limit(200).toList());
      return LanguageDetector.detect(sample) == Language.EN ? BaselineIndex.Baseline.STANDARD : BaselineIndex.Baseline.SMARTCN;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

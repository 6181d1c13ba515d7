package org.medsearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench zh-identity}: proves our Chinese tokenizer token-identical to smartcn's over whole
 * corpora (by default all Chinese text in ../shared/eval) and prints the speed of both.
 */
@Command(
    name = "zh-identity",
    mixinStandardHelpOptions = true,
    description = "Compares our Chinese tokenizer with smartcn's, token for token, over every document; then times both.")
final class ChineseIdentityCommand implements Callable<Integer> {
  @Option(names = "--eval", description = "The public evaluation data whose Chinese text is compared (default ../shared/eval).")
  Path evalDir = BenchCommand.DEFAULT_EVAL;

  @Option(names = "--jsonl", description = "A JSONL file, or folder of .jsonl shards, to compare instead (title and text of each record); repeatable.")
  List<Path> jsonl = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after one warm-up; 0 skips timing (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--show", defaultValue = "10", description = "Mismatching documents listed at most (default ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws Exception {
    List<ChineseIdentity.Doc> docs = new ArrayList<>();
    if (jsonl.isEmpty()) {
      if (BenchCommand.evalDataMissing(evalDir)) {
        return 0;
      }
      docs.addAll(ChineseIdentity.evalDocs(evalDir));
    } else {
      for (Path path : jsonl) {
        docs.addAll(ChineseIdentity.jsonlDocs(path));
      }
    }
    Map<String, List<ChineseIdentity.Doc>> bySource = new LinkedHashMap<>();
    docs.forEach(doc -> bySource.computeIfAbsent(doc.source(), s -> new ArrayList<>()).add(doc));
    long mismatches = 0;
    for (var entry : bySource.entrySet()) {
      ChineseIdentity.Comparison c = ChineseIdentity.compare(entry.getValue());
      mismatches += c.mismatches().size();
      System.out.printf(Locale.ROOT, "%-28s %,8d docs %,8d texts %,11d chars %,10d tokens compared  %d mismatching docs%n",
          entry.getKey(), c.docs(), c.texts(), c.chars(), c.tokens(), c.mismatches().size());
      c.mismatches().stream().limit(show).forEach(m -> System.out.println("  " + m.id() + ": " + m.difference()));
    }
    System.out.printf(Locale.ROOT, "%-28s %,8d docs, %d mismatching%n", "all", docs.size(), mismatches);
    if (rounds > 0) {
      List<ChineseIdentity.Speed> speeds = ChineseIdentity.time(docs, rounds);
      ChineseIdentity.Speed first = speeds.get(0);
      System.out.printf(Locale.ROOT, "tokenizer only, one thread, median of %d rounds after a warm-up: %,d docs, %,d texts, %.2f MB UTF-8%n",
          rounds, first.docs(), first.texts(), first.bytes() / 1e6);
      for (ChineseIdentity.Speed s : speeds) {
        System.out.printf(Locale.ROOT, "  %-8s %7.3f s  %6.2f MB/s  %,9.0f docs/s  %,d tokens%n",
            s.name(), s.seconds(), s.mbPerSecond(), s.docsPerSecond(), s.tokens());
      }
      System.out.printf(Locale.ROOT, "  speed-up %.2fx%n", speeds.get(0).seconds() / speeds.get(1).seconds());
    }
    return mismatches == 0 ? 0 : 1;
  }
}

package org.medsearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark suite's one entry point: {@code corpus} builds a corpus, {@code run} measures
 * (all phases, or some), {@code report} prints the table from the results so far. See README
 * "Benchmarks".
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchCommand.Corpus.class, BenchRun.class, BenchCommand.ReportCommand.class, ChineseIdentityCommand.class, CommandLine.HelpCommand.class
    },
    description = "medsearch benchmark suite.")
public final class BenchCommand implements Runnable {
  static final Path DEFAULT_EVAL = Path.of("../shared/eval");
  static final Path DEFAULT_OUT = Path.of("target/bench");
  static final Path DEFAULT_CORPUS = DEFAULT_OUT.resolve("corpus");

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Prints why a benchmark cannot run without the public data, and says it was skipped. */
  static boolean evalDataMissing(Path evalDir) {
    if (Files.isDirectory(evalDir)) {
      return false;
    }
    System.out.println("skipped: " + evalDir + " not found — the benchmark reads its public corpora and queries from "
        + "../shared/eval (README \"Benchmarks\"); pass --eval DIR to point elsewhere");
    return true;
  }

  @Command(name = "corpus", mixinStandardHelpOptions = true, description = "Builds a seeded benchmark corpus of JSONL shards from real text.")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "50000", description = "Documents (default ${DEFAULT-VALUE}; the full run uses 1000000).")
    long docs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--shard-docs", defaultValue = "5000", description = "Documents per JSONL file (default ${DEFAULT-VALUE}).")
    int shardDocs;

    @Option(names = "--eval", description = "The public evaluation data (default ../shared/eval).")
    Path evalDir = DEFAULT_EVAL;

    @Option(names = "--out", description = "Folder for the shards and corpus.json (default target/bench/corpus).")
    Path out = DEFAULT_CORPUS;

    @Override
    public Integer call() throws Exception {
      if (evalDataMissing(evalDir)) {
        return 0;
      }
      long start = System.nanoTime();
      CorpusStats stats = new CorpusBuilder(SourcePools.load(evalDir)).build(docs, seed, shardDocs, out);
      System.out.printf(java.util.Locale.ROOT, "%s%nwritten to %s in %.1f s%n", stats.line(), out, (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true, description = "Prints the table and targets from the results so far.")
  static final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Results folder (default target/bench).")
    Path out = DEFAULT_OUT;

    @Override
    public Integer call() throws Exception {
      BenchRun.writeReport(BenchResults.open(out), out);
      return 0;
    }
  }

  static List<Integer> defaultThreads() {
    int cores = Runtime.getRuntime().availableProcessors();
    return cores == 1 ? List.of(1) : List.of(1, cores);
  }
}

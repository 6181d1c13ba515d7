package org.medsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medsearch.Main;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.IndexReport;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index}: builds the index of a folder, replacing the previous one in one atomic commit. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index a folder of documents: only added, changed and deleted files unless --rebuild. A running server switches to the result within a second.")
public final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Folder of documents, read recursively (default: the bundled sample corpus).")
  Path input;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--rebuild",
      description = "Start from an empty index instead of updating only added, changed and deleted files.")
  boolean rebuild;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexReport report =
        build(common.config(), input, common.index.dir, rebuild ? Indexer.Mode.REBUILD : Indexer.Mode.UPDATE, threads,
            new Progress(err, Progress.onTerminal()));
    for (IngestException skipped : report.skipped()) {
      err.println("skipped " + skipped.getMessage());
    }
    out.println(report.summary() + " -> " + common.index.dir);
    return report.hasFailures() ? Main.PARTIAL : Main.OK;
  }

  /** Indexes {@code input}, or the bundled sample corpus when it is null, into {@code indexDir}. */
  static IndexReport build(
      IndexConfig config, Path input, Path indexDir, Indexer.Mode mode, int threads, ProgressListener progress)
      throws java.io.IOException {
    Path root = input == null ? FolderSource.sampleCorpus() : input;
    FolderSource source = new FolderSource(root, config.ingest().extensions());
    Indexer indexer = new Indexer(config, threads);
    return mode == Indexer.Mode.REBUILD ? indexer.rebuild(source, indexDir, progress) : indexer.update(source, indexDir, progress);
  }
}

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
    description = "Build the index from a folder of documents (.txt, .md). A running server switches to it when done.")
public final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Folder of documents, read recursively (default: the bundled sample corpus).")
  Path input;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexReport report = build(common.config(), input, common.indexDir, threads, new Progress(err, Progress.onTerminal()));
    for (IngestException skipped : report.skipped()) {
      err.println("skipped " + skipped.getMessage());
    }
    out.println(report.summary() + " -> " + common.indexDir);
    return report.hasFailures() ? Main.PARTIAL : Main.OK;
  }

  /** Builds {@code indexDir} from {@code input}, or from the bundled sample corpus when it is null. */
  static IndexReport build(IndexConfig config, Path input, Path indexDir, int threads, ProgressListener progress)
      throws java.io.IOException {
    Path root = input == null ? FolderSource.sampleCorpus() : input;
    return new Indexer(config, threads).rebuild(new FolderSource(root, config.ingest().extensions()), indexDir, progress);
  }
}

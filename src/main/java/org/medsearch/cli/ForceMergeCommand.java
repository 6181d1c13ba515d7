package org.medsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medsearch.Main;
import org.medsearch.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code force-merge}: merges an index that is done being written into few segments, for faster searches. */
@Command(
    name = "force-merge",
    mixinStandardHelpOptions = true,
    description = "Merge the index into at most --max-segments segments in one commit (Elasticsearch's _forcemerge): searches read fewer segments. A running server switches to it within a second.")
public final class ForceMergeCommand implements Callable<Integer> {
  @Mixin IndexDirOption index;

  @Option(names = "--max-segments", paramLabel = "N", description = "Segments to keep at most (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  int maxSegments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (maxSegments < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-segments must be at least 1, got " + maxSegments);
    }
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    int before = Indexer.forceMerge(index.dir, maxSegments);
    out.printf(Locale.ROOT, "force-merged %s: %d segment(s) -> at most %d in %.1f s%n",
        index.dir, before, maxSegments, (System.nanoTime() - start) / 1e9);
    return Main.OK;
  }
}

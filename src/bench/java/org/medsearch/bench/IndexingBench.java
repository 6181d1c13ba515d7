package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.IndexReport;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;

/**
 * Indexing as the product does it: {@link Indexer#rebuild} of the corpus shards with a number of
 * threads, timed from start to commit (reading, cleaning, metadata, analysis, writing).
 */
public final class IndexingBench {
  private final IndexConfig config;

  public IndexingBench(IndexConfig config) {
    this.config = config;
  }

  /** Indexes all of {@code corpus} into {@code indexDir} (replacing what is there). */
  public Throughput run(Path corpus, int threads, Path indexDir) throws IOException {
    return measure(new Indexer(config, threads).rebuild(new FolderSource(corpus, config.ingest().extensions()), indexDir, ProgressListener.NONE), threads);
  }

  /**
   * Adds the shards of {@code corpus} not yet in {@code indexDir} (the product's update run: files
   * already indexed are recognised by content hash and skipped); the figures count the new ones.
   */
  public Throughput add(Path corpus, int threads, Path indexDir) throws IOException {
    return measure(new Indexer(config, threads).update(new FolderSource(corpus, config.ingest().extensions()), indexDir, ProgressListener.NONE), threads);
  }

  private static Throughput measure(IndexReport report, int threads) throws IOException {
    if (report.hasFailures() || report.recordsSkipped() > 0) {
      throw new IOException("indexing the benchmark corpus skipped input: " + report.summary());
    }
    return new Throughput(threads, report.documents(), report.bytes(), report.millis() / 1000.0);
  }

  /**
   * A folder holding (as links) the first shards of {@code corpus} with at least {@code docs}
   * documents: a time-bounded sample of a large corpus for the slower thread counts.
   */
  public static Path sample(Path corpus, CorpusStats stats, long docs, Path into) throws IOException {
    if (docs >= stats.docs()) {
      return corpus;
    }
    if (Files.isDirectory(into)) {
      for (Path old : CorpusFiles.shards(into)) {
        Files.delete(old);
      }
    }
    Files.createDirectories(into);
    List<Path> shards = CorpusFiles.shards(corpus);
    int count = (int) Math.min(shards.size(), (docs + stats.shardDocs() - 1) / stats.shardDocs());
    for (Path shard : shards.subList(0, count)) {
      Files.createSymbolicLink(into.resolve(shard.getFileName()), shard.toAbsolutePath());
    }
    return into;
  }
}

package org.medsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.IngestException;
import org.medsearch.ingest.Ingestor;
import org.medsearch.ingest.SourceDocument;
import org.medsearch.ingest.SourceFile;

/**
 * Builds an index from a folder in one Lucene commit. Until that commit a reader of the same
 * folder (a running server) keeps seeing the previous index; a run that dies or indexes nothing
 * leaves the previous index as it was.
 */
public final class Indexer {
  /** Commit user data key: when this index was built. */
  public static final String BUILT_AT = "built_at";

  private final IndexConfig config;
  private final Ingestor ingestor;
  private final DocumentMapper mapper;
  private final int threads;

  public Indexer(IndexConfig config, int threads) {
    this.config = config;
    this.ingestor = new Ingestor(config);
    this.mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    this.threads = Math.max(1, threads);
  }

  /** Replaces whatever {@code indexDir} holds with the documents of {@code source}. */
  public IndexReport rebuild(FolderSource source, Path indexDir, ProgressListener progress) throws IOException {
    long start = System.nanoTime();
    List<SourceFile> files = source.files();
    Files.createDirectories(indexDir);
    IndexWriterConfig iwc =
        new IndexWriterConfig(Analyzers.perField(config))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setSimilarity(new BM25Similarity(config.ranking().bm25K1(), config.ranking().bm25B()))
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(dir, iwc, indexDir)) {
      List<IngestException> skipped = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger done = new AtomicInteger();
      AtomicInteger indexed = new AtomicInteger();
      AtomicLong bytes = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (SourceFile file : files) {
          tasks.add(
              pool.submit(
                  () -> {
                    long size = sizeOf(file);
                    try {
                      SourceDocument doc = ingestor.ingest(file);
                      writer.updateDocument(new Term(Fields.ID, doc.id()), mapper.toDocument(doc));
                      indexed.incrementAndGet();
                      bytes.addAndGet(size);
                    } catch (IngestException e) {
                      skipped.add(e);
                    }
                    progress.fileDone(done.incrementAndGet(), files.size(), bytes.get());
                    return null;
                  }));
        }
        for (Future<?> task : tasks) {
          task.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        writer.rollback();
        throw new IndexException("indexing was interrupted; the previous index is unchanged", e);
      } catch (java.util.concurrent.ExecutionException e) {
        writer.rollback();
        throw new IndexException(indexDir + ": indexing failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      if (indexed.get() == 0) {
        writer.rollback();
        throw new IndexException(
            source.root() + ": no document could be indexed (" + files.size() + " files found, "
                + skipped.size() + " skipped); the previous index is unchanged");
      }
      writer.setLiveCommitData(Map.of(BUILT_AT, Instant.now().toString()).entrySet());
      writer.commit();
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new IndexReport(files.size(), indexed.get(), skipped, bytes.get(), millis);
    }
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig iwc, Path indexDir) throws IOException {
    try {
      return new IndexWriter(dir, iwc);
    } catch (LockObtainFailedException e) {
      throw new IndexException(indexDir + ": another indexer is writing to this index right now", e);
    }
  }

  private static long sizeOf(SourceFile file) {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      return 0;
    }
  }
}

package org.medsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.IngestException;
import org.medsearch.ingest.IngestedFile;
import org.medsearch.ingest.Ingestor;
import org.medsearch.ingest.SourceDocument;
import org.medsearch.ingest.SourceFile;

/**
 * Writes a folder's documents to an index in one Lucene commit. Until that commit a reader of
 * the same folder (a running server) keeps seeing the previous state; a run that dies, or a
 * rebuild that indexes nothing, leaves the previous index as it was.
 */
public final class Indexer {
  /** Commit user data key: when this index was last committed. */
  public static final String BUILT_AT = "built_at";
  /**
   * Version of the fields this code writes; raised with every change to them (a new field, a
   * different analysis), so an update of an index written by older code rebuilds it.
   */
  static final int SCHEMA_VERSION = 3;

  /** Commit user data key: fingerprint of the configuration that shapes the indexed documents. */
  public static final String CONFIG_FINGERPRINT = "config_fingerprint";

  /** How a run treats what is already in the index. */
  public enum Mode {
    /** Start from an empty index. */
    REBUILD,
    /** Index only added or changed files (by content hash) and remove deleted ones. */
    UPDATE
  }

  private final IndexConfig config;
  private final Ingestor ingestor;
  private final DocumentMapper mapper;
  private final int threads;

  public Indexer(IndexConfig config, int threads) {
    this.config = config;
    this.ingestor = new Ingestor(config);
    this.mapper =
        new DocumentMapper(
            DocumentMapper.facetsConfig(),
            config.analysis().chinese().bigramWeight() > 0,
            config.analysis().chinese().latinWords());
    this.threads = Math.max(1, threads);
  }

  /** Replaces whatever {@code indexDir} holds with the documents of {@code source}. */
  public IndexReport rebuild(FolderSource source, Path indexDir, ProgressListener progress) throws IOException {
    return index(source, indexDir, Mode.REBUILD, progress);
  }

  /** Brings {@code indexDir} up to date with {@code source}: a rebuild when there is no index yet. */
  public IndexReport update(FolderSource source, Path indexDir, ProgressListener progress) throws IOException {
    return index(source, indexDir, Mode.UPDATE, progress);
  }

  private IndexReport index(FolderSource source, Path indexDir, Mode mode, ProgressListener progress) throws IOException {
    long start = System.nanoTime();
    List<SourceFile> files = source.files();
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      String fingerprint = fingerprint(config);
      boolean rebuild =
          mode == Mode.REBUILD || !DirectoryReader.indexExists(dir) || !fingerprint.equals(committedFingerprint(dir));
      Map<String, String> indexedHashes = rebuild ? Map.of() : indexedFileHashes(dir);
      IndexWriterConfig iwc =
          new IndexWriterConfig(Analyzers.perField(config))
              .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
              .setSimilarity(new BM25Similarity(config.ranking().bm25K1(), config.ranking().bm25B()))
              .setRAMBufferSizeMB(64)
              .setCommitOnClose(false);
      try (IndexWriter writer = openWriter(dir, iwc, indexDir)) {
        Run run = new Run(writer, indexedHashes, files.size(), progress);
        run.ingestAll(files);
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.id()));
        int deleted = 0;
        for (String gone : indexedHashes.keySet()) {
          if (!present.contains(gone)) {
            writer.deleteDocuments(new Term(Fields.FILE, gone));
            deleted++;
          }
        }
        if (rebuild && run.documents.get() == 0) {
          writer.rollback();
          throw new IndexException(
              source.root() + ": no document could be indexed (" + files.size() + " files found, "
                  + run.skipped.size() + " skipped); the previous index is unchanged");
        }
        if (rebuild || run.filesIndexed.get() > 0 || deleted > 0) {
          writer.setLiveCommitData(Map.of(BUILT_AT, Instant.now().toString(), CONFIG_FINGERPRINT, fingerprint).entrySet());
          writer.commit();
        } else {
          writer.rollback();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new IndexReport(
            rebuild, files.size(), run.filesIndexed.get(), run.unchanged.get(), deleted, run.documents.get(),
            run.skipped, run.recordsSkipped.get(), run.bytes.get(), millis);
      }
    }
  }

  /** One pass over the files, on a pool of {@link #threads} workers writing to one IndexWriter. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, String> indexedHashes;
    final int total;
    final ProgressListener progress;
    final List<IngestException> skipped = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger filesIndexed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger recordsSkipped = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();

    Run(IndexWriter writer, Map<String, String> indexedHashes, int total, ProgressListener progress) {
      this.writer = writer;
      this.indexedHashes = indexedHashes;
      this.total = total;
      this.progress = progress;
    }

    void ingestAll(List<SourceFile> files) throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (SourceFile file : files) {
          tasks.add(pool.submit(() -> {
            one(file);
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
      } catch (ExecutionException e) {
        writer.rollback();
        throw new IndexException("indexing failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }

    private void one(SourceFile file) throws IOException {
      try {
        String previous = indexedHashes.get(file.id());
        if (previous != null && previous.equals(Ingestor.hashOf(file))) {
          unchanged.incrementAndGet();
          return;
        }
        IngestedFile ingested = ingestor.ingest(file);
        List<Document> docs = new ArrayList<>(ingested.documents().size());
        for (SourceDocument doc : ingested.documents()) {
          docs.add(mapper.toDocument(doc));
        }
        // Replaced only once the new version is read: a file that now fails keeps its old documents.
        writer.updateDocuments(new Term(Fields.FILE, file.id()), docs);
        filesIndexed.incrementAndGet();
        documents.addAndGet(docs.size());
        recordsSkipped.addAndGet(ingested.skippedRecords().size());
        bytes.addAndGet(ingested.bytes());
      } catch (IngestException e) {
        skipped.add(e);
      } finally {
        progress.fileDone(done.incrementAndGet(), total, bytes.get());
      }
    }
  }

  /**
   * Changing how documents are read, cleaned, described or analysed invalidates every indexed
   * document, so an update after such a change rebuilds instead.
   */
  static String fingerprint(IndexConfig config) {
    try {
      Map<String, Object> shaping = new java.util.TreeMap<>();
      shaping.put("schema", SCHEMA_VERSION);
      shaping.put("analysis", config.analysis());
      shaping.put("ingest", config.ingest());
      shaping.put("cleaning", config.cleaning());
      shaping.put("metadata", config.metadata());
      byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(shaping);
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the configuration", e);
    }
  }

  private static String committedFingerprint(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getUserData().get(CONFIG_FINGERPRINT);
    }
  }

  /** File id → content hash of every file in the index's last commit. */
  private static Map<String, String> indexedFileHashes(Directory dir) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> fields = Set.of(Fields.FILE, Fields.CONTENT_HASH);
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, fields);
            hashes.putIfAbsent(d.get(Fields.FILE), d.get(Fields.CONTENT_HASH));
          }
        }
      }
    }
    return hashes;
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig iwc, Path indexDir) throws IOException {
    try {
      return new IndexWriter(dir, iwc);
    } catch (LockObtainFailedException e) {
      throw new IndexException(indexDir + ": another indexer is writing to this index right now", e);
    }
  }
}

package org.medsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.medsearch.ingest.RawDocument;
import org.medsearch.ingest.ReadFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
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
  static final int SCHEMA_VERSION = 4;

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
    this.mapper = DocumentMapper.of(config);
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
      IndexWriterConfig iwc =
          new IndexWriterConfig(Analyzers.perField(config))
              .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
              .setSimilarity(new BM25Similarity(config.ranking().bm25K1(), config.ranking().bm25B()))
              .setRAMBufferSizeMB(64)
              .setCommitOnClose(false);
      try (IndexedFiles indexed = rebuild ? IndexedFiles.NONE : IndexedFiles.open(dir);
          IndexWriter writer = openWriter(dir, iwc, indexDir)) {
        Run run = new Run(writer, indexed, files.size(), progress);
        run.ingestAll(files);
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.id()));
        int deleted = 0;
        for (String gone : indexed.files()) {
          if (!present.contains(gone)) {
            writer.deleteDocuments(new Term(Fields.FILE, gone));
            deleted++;
          }
        }
        if (rebuild && run.documents.get() == 0) {
          writer.rollback();
          throw new IndexException(
              source.root() + ": no document could be indexed (" + files.size() + " files found, "
                  + run.skipped.size() + " skipped" + firstReason(run.skipped) + "); the previous index is unchanged");
        }
        if (rebuild || run.filesIndexed.get() > 0 || deleted > 0) {
          commit(writer, dir, fingerprint);
        } else {
          writer.rollback();
          removeSuggestionListsBut(dir, SegmentInfos.readLatestCommit(dir).getUserData().get(SuggestionList.COMMIT_KEY));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new IndexReport(
            rebuild, files.size(), run.filesIndexed.get(), run.unchanged.get(), deleted, run.documents.get(),
            run.skipped, run.recordsSkipped.get(), run.bytes.get(), millis);
      }
    }
  }

  /**
   * One pass over the files on a pool of {@link #threads} workers writing to one IndexWriter. A
   * file is a task; the records of a file with many (a JSON Lines corpus) are split into chunks the
   * idle workers take, so one large file keeps every thread busy.
   */
  private final class Run {
    /** Records per task: enough to outweigh scheduling, few enough to spread one file over the workers. */
    static final int CHUNK = 64;

    final IndexWriter writer;
    final IndexedFiles indexed;
    final int total;
    final ProgressListener progress;
    final List<IngestException> skipped = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger filesIndexed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger recordsSkipped = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();

    Run(IndexWriter writer, IndexedFiles indexed, int total, ProgressListener progress) {
      this.writer = writer;
      this.indexed = indexed;
      this.total = total;
      this.progress = progress;
    }

    void ingestAll(List<SourceFile> files) throws IOException {
      ForkJoinPool pool = new ForkJoinPool(threads);
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
        Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
        throw new IndexException("indexing failed: " + cause.getMessage(), cause);
      } finally {
        pool.shutdownNow();
      }
    }

    private void one(SourceFile file) throws IOException {
      try {
        if (indexed.holds(file.id(), Ingestor.hashOf(file))) {
          unchanged.incrementAndGet();
          return;
        }
        ReadFile read = ingestor.read(file);
        List<RawDocument> records = read.records();
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < records.size(); from += CHUNK) {
          chunks.add(new Chunk(read, records.subList(from, Math.min(records.size(), from + CHUNK))));
        }
        if (chunks.size() == 1) {
          chunks.getFirst().invoke();
        } else {
          ForkJoinTask.invokeAll(chunks);
        }
        int added = 0;
        int recordSkips = read.skippedRecords().size();
        for (Chunk chunk : chunks) {
          if (chunk.failure != null) {
            throw chunk.failure;
          }
          added += chunk.added;
          recordSkips += chunk.skippedRecords;
        }
        if (added == 0) {
          throw new IngestException(file.id(), IngestException.Reason.NO_TEXT, null);
        }
        if (indexed.contains(file.id())) {
          // The old version goes only once the new one is written: a file that now fails keeps it.
          writer.deleteDocuments(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.FILE, file.id())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.CONTENT_HASH, read.contentHash())), BooleanClause.Occur.MUST_NOT)
                .build());
        }
        filesIndexed.incrementAndGet();
        documents.addAndGet(added);
        recordsSkipped.addAndGet(recordSkips);
        bytes.addAndGet(read.bytes());
      } catch (IngestException e) {
        skipped.add(e);
      } finally {
        progress.fileDone(done.incrementAndGet(), total, bytes.get());
      }
    }

    /** Describes, maps and adds some records of one file. */
    private final class Chunk extends RecursiveAction {
      final ReadFile file;
      final List<RawDocument> records;
      int added;
      int skippedRecords;
      IngestException failure;

      Chunk(ReadFile file, List<RawDocument> records) {
        this.file = file;
        this.records = records;
      }

      @Override
      protected void compute() {
        for (RawDocument raw : records) {
          try {
            List<Document> docs = new ArrayList<>();
            for (SourceDocument doc : ingestor.describe(file, raw)) {
              docs.add(mapper.toDocument(doc));
            }
            writer.addDocuments(docs);
            added += docs.size();
          } catch (IngestException e) {
            if (raw.key().isEmpty()) {
              failure = e; // the file's only document: the file is skipped
              return;
            }
            skippedRecords++; // one empty record of a multi-document file does not sink the others
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
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

  /**
   * Rewrites the index in {@code indexDir} into at most {@code maxSegments} segments in one
   * commit that keeps the last one's data (its suggestion list included): what Elasticsearch's
   * {@code _forcemerge} does for an index that is done being written. Fewer segments mean fewer
   * term lookups per query. Until the commit, readers see the segments as they were.
   *
   * @return the number of segments before
   */
  public static int forceMerge(Path indexDir, int maxSegments) throws IOException {
    if (maxSegments < 1) {
      throw new IllegalArgumentException("the number of segments must be at least 1, got " + maxSegments);
    }
    if (!Files.isDirectory(indexDir)) {
      throw IndexException.noIndex(indexDir);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        throw IndexException.noIndex(indexDir);
      }
      int before = SegmentInfos.readLatestCommit(dir).size();
      IndexWriterConfig iwc = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false);
      try (IndexWriter writer = openWriter(dir, iwc, indexDir)) {
        writer.forceMerge(maxSegments);
        writer.commit();
      }
      return before;
    }
  }

  /**
   * Commits with the commit's data and its suggestion list: written before the commit (from a
   * reader of exactly what is being committed) so a server never sees the commit without it, and
   * the lists of older commits removed after.
   */
  private void commit(IndexWriter writer, Directory dir, String fingerprint) throws IOException {
    String suggestions;
    try (DirectoryReader pending = DirectoryReader.open(writer)) {
      suggestions = SuggestionList.build(pending, Set.copyOf(config.search().queryStopwords())).write(dir);
    }
    writer.setLiveCommitData(
        Map.of(BUILT_AT, Instant.now().toString(), CONFIG_FINGERPRINT, fingerprint, SuggestionList.COMMIT_KEY, suggestions).entrySet());
    try {
      writer.commit();
    } catch (IOException | RuntimeException e) {
      dir.deleteFile(suggestions);
      throw e;
    }
    removeSuggestionListsBut(dir, suggestions);
  }

  /** Deletes the suggestion lists other than {@code kept}: those of older commits and of killed runs. */
  private static void removeSuggestionListsBut(Directory dir, String kept) throws IOException {
    for (String file : dir.listAll()) {
      if (file.startsWith(SuggestionList.FILE_PREFIX) && !file.equals(kept)) {
        dir.deleteFile(file);
      }
    }
  }

  private static String committedFingerprint(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getUserData().get(CONFIG_FINGERPRINT);
    }
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig iwc, Path indexDir) throws IOException {
    try {
      return new IndexWriter(dir, iwc);
    } catch (LockObtainFailedException e) {
      throw new IndexException(indexDir + ": another indexer is writing to this index right now", e);
    }
  }

  /** The first skipped file's reason, so a run that indexed nothing says why. */
  private static String firstReason(java.util.List<? extends Exception> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    String more = skipped.size() > 1 ? " (and " + (skipped.size() - 1) + " more)" : "";
    return ": " + skipped.get(0).getMessage() + more;
  }
}

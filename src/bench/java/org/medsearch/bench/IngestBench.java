package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.DocumentMapper;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.IngestException;
import org.medsearch.ingest.Ingestor;
import org.medsearch.ingest.RawDocument;
import org.medsearch.ingest.ReadFile;
import org.medsearch.ingest.SourceDocument;
import org.medsearch.ingest.SourceFile;

/**
 * Ingest alone: what the indexer does to a document before Lucene's indexing chain sees it
 * (reading and decoding the file, cleaning, metadata, institutions, document type, language, the
 * Lucene document), as {@link org.medsearch.index.Indexer} does it, on one thread, with nothing
 * analysed or written. The part of indexing that OpenSearch, handed clean fields, does not do.
 */
public final class IngestBench {
  /** Untimed passes first, so the figure is of compiled code, as indexing's is after its first seconds. */
  private static final int WARMUP_PASSES = 1;

  private final IndexConfig config;

  public IngestBench(IndexConfig config) {
    this.config = config;
  }

  /** Ingests every file of {@code corpus}: the figures of the last of the passes. */
  public Throughput run(Path corpus) throws IOException {
    List<SourceFile> files = new FolderSource(corpus, config.ingest().extensions()).files();
    Ingestor ingestor = new Ingestor(config);
    DocumentMapper mapper = DocumentMapper.of(config);
    Throughput last = null;
    for (int pass = 0; pass <= WARMUP_PASSES; pass++) {
      last = pass(files, ingestor, mapper);
    }
    return last;
  }

  private static Throughput pass(List<SourceFile> files, Ingestor ingestor, DocumentMapper mapper) throws IOException {
    long start = System.nanoTime();
    long docs = 0;
    long bytes = 0;
    for (SourceFile file : files) {
      try {
        ReadFile read = ingestor.read(file);
        for (RawDocument raw : read.records()) {
          for (SourceDocument doc : ingestor.describe(read, raw)) {
            mapper.toDocument(doc);
            docs++;
          }
        }
        bytes += read.bytes();
      } catch (IngestException e) {
        throw new IOException("ingesting the benchmark corpus failed: " + e.getMessage(), e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (docs == 0) {
      throw new IOException("ingesting the benchmark corpus yielded no document");
    }
    return new Throughput(1, docs, bytes, seconds);
  }
}

package org.medsearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.medsearch.config.IndexConfig;

/** Reads, cleans and describes one file: the whole path from bytes to {@link SourceDocument}. */
public final class Ingestor {
  private final Map<String, DocumentReader> readers;
  private final long maxFileBytes;
  private final TextCleaner cleaner;
  private final MetadataExtractor extractor;

  public Ingestor(IndexConfig config) {
    this.readers = Map.of("txt", new PlainTextReader(), "md", new MarkdownReader());
    this.maxFileBytes = config.ingest().maxFileBytes();
    this.cleaner = new TextCleaner(config.cleaning());
    this.extractor = new MetadataExtractor(config);
  }

  public SourceDocument ingest(SourceFile file) throws IngestException {
    byte[] bytes = readBytes(file);
    DocumentReader reader = readers.get(FolderSource.extension(file.path()));
    if (reader == null) {
      throw new IngestException(file.id(), IngestException.Reason.UNREADABLE, "no reader for this file type");
    }
    return describe(file.id(), reader.read(file.id(), bytes), sha256(bytes));
  }

  /** Cleans extracted text and finds its metadata. */
  public SourceDocument describe(String id, String text, String contentHash) throws IngestException {
    List<String> lines = cleaner.clean(text);
    if (lines.isEmpty()) {
      throw new IngestException(id, IngestException.Reason.NO_TEXT, null);
    }
    MetadataExtractor.Extracted meta = extractor.extract(lines, fileTitle(id));
    String all = meta.title() + "\n" + meta.body();
    return new SourceDocument(
        id, meta.title(), meta.body(), LanguageDetector.detect(all), meta.date(), meta.source(), contentHash);
  }

  private byte[] readBytes(SourceFile file) throws IngestException {
    try {
      long size = Files.size(file.path());
      if (size == 0) {
        throw new IngestException(file.id(), IngestException.Reason.EMPTY, null);
      }
      if (size > maxFileBytes) {
        throw new IngestException(
            file.id(), IngestException.Reason.TOO_LARGE, size + " bytes > ingest.max_file_bytes " + maxFileBytes);
      }
      return Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw new IngestException(file.id(), IngestException.Reason.UNREADABLE, e.getMessage());
    }
  }

  private static String fileTitle(String id) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

package org.medsearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.medsearch.config.IndexConfig;

/** Reads, cleans and describes one file: the whole path from bytes to {@link SourceDocument}s. */
public final class Ingestor {
  private final Formats formats;
  private final long maxFileBytes;
  private final TextCleaner cleaner;
  private final MetadataExtractor extractor;

  public Ingestor(IndexConfig config) {
    this.formats = new Formats(config.ingest());
    this.maxFileBytes = config.ingest().maxFileBytes();
    this.cleaner = new TextCleaner(config.cleaning());
    this.extractor = new MetadataExtractor(config);
  }

  /** Every document in {@code file}; throws with the reason when the file yields none. */
  public IngestedFile ingest(SourceFile file) throws IngestException {
    byte[] bytes = readBytes(file);
    String hash = sha256(bytes);
    DocumentReader.Read read = formats.readerFor(file.id(), bytes).readAll(file.id(), bytes);
    List<SourceDocument> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>(read.skipped());
    for (RawDocument raw : read.documents()) {
      String id = raw.key().isEmpty() ? file.id() : file.id() + "#" + raw.key();
      try {
        documents.add(describe(file.id(), id, raw, hash));
      } catch (IngestException e) {
        if (raw.key().isEmpty()) {
          throw e;
        }
        skipped.add(e.getMessage()); // one empty record of a multi-document file does not sink the others
      }
    }
    if (documents.isEmpty()) {
      throw new IngestException(file.id(), IngestException.Reason.NO_TEXT, null);
    }
    return new IngestedFile(file.id(), hash, bytes.length, documents, skipped);
  }

  /** Cleans one text and finds its metadata; {@code id} is also its file. */
  public SourceDocument describe(String id, String text, String contentHash) throws IngestException {
    return describe(id, id, RawDocument.of(text), contentHash);
  }

  private SourceDocument describe(String file, String id, RawDocument raw, String contentHash) throws IngestException {
    List<String> lines = cleaner.clean(raw.text());
    if (lines.isEmpty()) {
      throw new IngestException(id, IngestException.Reason.NO_TEXT, null);
    }
    MetadataExtractor.Extracted meta = extractor.extract(lines, raw.fields().get(RawDocument.PAGE_TITLE), fileTitle(id));
    String title = raw.fields().getOrDefault(RawDocument.TITLE, meta.title());
    var date =
        raw.fields().containsKey(RawDocument.DATE)
            ? DateParser.find(raw.fields().get(RawDocument.DATE)).orElse(meta.date())
            : meta.date();
    String source = raw.fields().getOrDefault(RawDocument.SOURCE, meta.source());
    String all = title + "\n" + meta.body();
    return new SourceDocument(
        id, file, title, meta.body(), LanguageDetector.detect(all), date, source, null, List.of(), null, contentHash);
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

  /** The content hash of a file, as {@link #ingest} records it. */
  public static String hashOf(SourceFile file) throws IngestException {
    try {
      return sha256(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      throw new IngestException(file.id(), IngestException.Reason.UNREADABLE, e.getMessage());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

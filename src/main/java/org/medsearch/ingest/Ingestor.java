package org.medsearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.medsearch.config.IndexConfig;

/** Reads, cleans and describes one file: the whole path from bytes to {@link SourceDocument}s. */
public final class Ingestor {
  private final Formats formats;
  private final long maxFileBytes;
  private final TextCleaner cleaner;
  private final MetadataExtractor extractor;
  private final ArticleSplitter splitter;
  private final DocTypeClassifier docTypes;
  private final InstitutionResolver institutions;
  private final int publisherMinMentions;
  private static final int OPENING_CHARS = 400;

  public Ingestor(IndexConfig config) {
    this.formats = new Formats(config.ingest());
    this.maxFileBytes = config.ingest().maxFileBytes();
    this.cleaner = new TextCleaner(config.cleaning());
    this.extractor = new MetadataExtractor(config);
    this.splitter = new ArticleSplitter(extractor);
    this.docTypes = new DocTypeClassifier(config.metadata().docTypes());
    this.institutions = new InstitutionResolver(config.metadata().institutions());
    this.publisherMinMentions = config.metadata().publisherMinMentions();
  }

  /** Every document in {@code file}; throws with the reason when the file yields none. */
  public IngestedFile ingest(SourceFile file) throws IngestException {
    ReadFile read = read(file);
    List<SourceDocument> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>(read.skippedRecords());
    for (RawDocument raw : read.records()) {
      try {
        documents.addAll(describe(read, raw));
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
    return new IngestedFile(file.id(), read.contentHash(), read.bytes(), documents, skipped);
  }

  /** Reads and parses {@code file} into its records; throws with the reason when it cannot. */
  public ReadFile read(SourceFile file) throws IngestException {
    byte[] bytes = readBytes(file);
    DocumentReader.Read read = formats.readerFor(file.id(), bytes).readAll(file.id(), bytes);
    return new ReadFile(file, sha256(bytes), bytes.length, read.documents(), read.skipped());
  }

  /**
   * The documents of one record of {@code file}: the record, then one per dated news item it
   * lists. Thread-safe; throws when the record has no text left after cleaning.
   */
  public List<SourceDocument> describe(ReadFile file, RawDocument raw) throws IngestException {
    String id = raw.key().isEmpty() ? file.file().id() : file.file().id() + "#" + raw.key();
    return describeWithArticles(file.file().id(), id, raw, file.contentHash());
  }

  /** Cleans one text and finds its metadata; {@code id} is also its file. */
  public SourceDocument describe(String id, String text, String contentHash) throws IngestException {
    return describeWithArticles(id, id, RawDocument.of(text), contentHash).getFirst();
  }

  /** The document for {@code raw}, then one per dated news item it lists, if it lists several. */
  private List<SourceDocument> describeWithArticles(String file, String id, RawDocument raw, String contentHash)
      throws IngestException {
    List<String> lines = cleaner.clean(raw.text());
    if (lines.isEmpty()) {
      throw new IngestException(id, IngestException.Reason.NO_TEXT, null);
    }
    // A record that states its title (JSON Lines) wins over any title line; handed to the extractor
    // as the page's title, it also spares guessing one from the body's first sentence.
    String stated = raw.fields().get(RawDocument.TITLE);
    MetadataExtractor.Extracted meta =
        extractor.extract(lines, stated != null ? stated : raw.fields().get(RawDocument.PAGE_TITLE), fileTitle(id));
    String title = stated != null ? stated : meta.title();
    LocalDate date =
        raw.fields().containsKey(RawDocument.DATE)
            ? DateParser.find(raw.fields().get(RawDocument.DATE)).orElse(meta.date())
            : meta.date();
    String source = raw.fields().getOrDefault(RawDocument.SOURCE, meta.source());
    List<SourceDocument> documents = new ArrayList<>();
    SourceDocument page = document(id, file, title, meta.label(), withoutTitleLine(meta.body(), title), date, source, null, contentHash);
    documents.add(page);
    // All lines: on a listing page the first item's title and date look like the page's header.
    List<ArticleSplitter.Article> articles = splitter.split(lines);
    for (int i = 0; i < articles.size(); i++) {
      ArticleSplitter.Article article = articles.get(i);
      documents.add(
          document(
              id + "#article-" + (i + 1), file, article.title(), null, article.body(), article.date(), page.source(), id,
              contentHash));
    }
    return documents;
  }

  /**
   * The body without a first line that only repeats the title: a record whose format states the
   * title (JSON Lines) may repeat it as the text, and a title counted twice would outweigh the rest.
   */
  private static String withoutTitleLine(String body, String title) {
    String normalizedTitle = TextCleaner.normalizeSpace(title);
    int nl = body.indexOf('\n');
    String first = nl < 0 ? body : body.substring(0, nl);
    if (!TextCleaner.normalizeSpace(first).equals(normalizedTitle)) {
      return body;
    }
    return nl < 0 ? "" : body.substring(nl + 1).strip();
  }

  private SourceDocument document(
      String id,
      String file,
      String title,
      String label,
      String body,
      LocalDate date,
      String source,
      String parentId,
      String contentHash) {
    String all = title + "\n" + body;
    String docType = docTypes.classify(title, label, body, date).orElse(null);
    Map<String, Integer> mentioned = institutions.mentions(source == null ? all : all + "\n" + source);
    List<String> named = List.copyOf(new java.util.TreeSet<>(mentioned.keySet()));
    String publisher = source != null || parentId != null ? source : publisherOf(institutions.mentions(opening(all)), mentioned);
    return new SourceDocument(
        id, file, title, body, LanguageDetector.detect(all), date, publisher, docType, named, parentId, contentHash);
  }

  /**
   * An institution's own page (an "About Us", a report) names no source: it is published by the
   * institution it introduces — named at its opening and again throughout.
   */
  private String publisherOf(Map<String, Integer> openingMentions, Map<String, Integer> allMentions) {
    if (publisherMinMentions <= 0) {
      return null;
    }
    return openingMentions.keySet().stream()
        .filter(name -> allMentions.getOrDefault(name, 0) >= publisherMinMentions)
        .max(java.util.Comparator.comparingInt(name -> allMentions.get(name)))
        .orElse(null);
  }

  /** The first characters of a text: where a page says whose it is. */
  private static String opening(String text) {
    return text.length() <= OPENING_CHARS ? text : text.substring(0, OPENING_CHARS);
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

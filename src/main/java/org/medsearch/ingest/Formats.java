package org.medsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.medsearch.config.IndexConfig.IngestConfig;

/**
 * Picks the reader for a file by what its bytes are (Tika's detector): a PDF named {@code .txt}
 * is read as a PDF. The name decides only what the bytes cannot: which kind of text a text file
 * is (Markdown, JSON Lines, an HTML fragment), and whether unrecognised bytes are worth decoding.
 */
public final class Formats {
  private static final Detector DETECTOR = new DefaultDetector();
  private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
  /** Extracted text may be this many times ingest.max_file_bytes (in characters) before it is refused. */
  private static final int MAX_CHARS_PER_FILE_BYTE = 4;
  /** Names promising a binary document: a file so named that holds text or junk is no document. */
  private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "doc", "docx");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
  /** What a damaged Word file may still show itself as: the container, not the document in it. */
  private static final Set<MediaType> CONTAINERS =
      Set.of(MediaType.application("x-tika-msoffice"), MediaType.application("x-tika-ooxml"), MediaType.application("zip"));

  private final Map<MediaType, DocumentReader> byType;
  private final Map<String, DocumentReader> textByExtension;
  private final Map<String, DocumentReader> wordByExtension;
  private final DocumentReader plainText = new PlainTextReader();

  public Formats(IngestConfig config) {
    int maxChars = (int) Math.min((long) MAX_CHARS_PER_FILE_BYTE * config.maxFileBytes(), Integer.MAX_VALUE - 16);
    DocumentReader pdf = new TikaReader(new PDFParser(), maxChars, false);
    DocumentReader html = new TikaReader(new JSoupParser(), maxChars, true);
    // OfficeParser also opens a password-protected .docx: it tries Office's default password.
    DocumentReader ole2Word = new TikaReader(new OfficeParser(), maxChars, false);
    DocumentReader ooxmlWord = new TikaReader(new OOXMLParser(), maxChars, false);
    this.byType =
        Map.of(
            MediaType.application("pdf"), pdf,
            MediaType.text("html"), html,
            MediaType.application("xhtml+xml"), html,
            MediaType.application("msword"), ole2Word,
            MediaType.application("x-tika-ooxml-protected"), ole2Word,
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"), ooxmlWord,
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"), ooxmlWord,
            MediaType.application("vnd.ms-word.document.macroenabled.12"), ooxmlWord,
            MediaType.application("vnd.ms-word.template.macroenabled.12"), ooxmlWord);
    DocumentReader markdown = new MarkdownReader();
    DocumentReader jsonLines = new JsonLinesReader(config.jsonl());
    this.wordByExtension = Map.of("doc", ole2Word, "docx", ooxmlWord);
    this.textByExtension = Map.of("md", markdown, "markdown", markdown, "jsonl", jsonLines, "ndjson", jsonLines, "html", html, "htm", html);
  }

  /** The reader for {@code file}, or why there is none. */
  public DocumentReader readerFor(String file, byte[] bytes) throws IngestException {
    String extension = extension(file);
    MediaType type = detect(file, bytes);
    DocumentReader reader = byType.get(type);
    if (reader != null) {
      return reader;
    }
    if (CONTAINERS.contains(type) && wordByExtension.containsKey(extension)) {
      return wordByExtension.get(extension); // its parser says what is wrong with it
    }
    boolean text = TYPES.isInstanceOf(type, MediaType.TEXT_PLAIN);
    if (text && BINARY_EXTENSIONS.contains(extension)) {
      throw new IngestException(file, IngestException.Reason.CORRUPT, "named ." + extension + " but holds plain text");
    }
    if (text || type.equals(MediaType.OCTET_STREAM) && !BINARY_EXTENSIONS.contains(extension) && !HTML_EXTENSIONS.contains(extension)) {
      // Tika calls text in UTF-16 without a byte-order mark binary; the decoder tells text from junk.
      return textByExtension.getOrDefault(extension, plainText);
    }
    String what = type.equals(MediaType.OCTET_STREAM) ? "content of no known format" : "content is " + type;
    throw new IngestException(file, IngestException.Reason.UNSUPPORTED, what + ", named ." + extension);
  }

  /** The media type of the bytes alone; the name is left out so that it cannot overrule them. */
  static MediaType detect(String file, byte[] bytes) throws IngestException {
    try (InputStream in = TikaInputStream.get(bytes)) {
      return DETECTOR.detect(in, new Metadata()).getBaseType();
    } catch (IOException | RuntimeException e) {
      // The bytes are in memory: only a container detector choking on a damaged zip or OLE2 file fails.
      throw new IngestException(file, IngestException.Reason.CORRUPT, e.getMessage());
    }
  }

  /** The lower-case extension of a file name or path, without the dot; "" when it has none. */
  static String extension(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package org.medsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;

/**
 * PDF, HTML and Word files through one of Apache Tika's parsers: the body text, one paragraph
 * per line. A parser failure of any kind is this file's problem, reported as an
 * {@link IngestException}, never the run's.
 */
public final class TikaReader implements DocumentReader {
  private final Parser parser;
  private final int maxChars;
  private final boolean pageTitle;

  /**
   * @param maxChars text longer than this is refused as too large (a bound on what a small file
   *     that unpacks to a huge text can cost)
   * @param pageTitle whether the document's own title (an HTML {@code <title>}) is kept as a
   *     fallback title; a PDF's or Word file's is often "Microsoft Word - draft.doc"
   */
  public TikaReader(Parser parser, int maxChars, boolean pageTitle) {
    this.parser = parser;
    this.maxChars = maxChars;
    this.pageTitle = pageTitle;
  }

  @Override
  public List<RawDocument> read(String file, byte[] bytes) throws IngestException {
    BodyContentHandler text = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, text, metadata, context());
    } catch (Exception | LinkageError | StackOverflowError e) {
      // A damaged file can fail a parser in any way, even with a missing class or a deep recursion.
      throw failure(file, e);
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    Map<String, String> fields = pageTitle && title != null && !title.isBlank() ? Map.of(RawDocument.PAGE_TITLE, title.strip()) : Map.of();
    return List.of(new RawDocument("", text.toString(), fields));
  }

  private IngestException failure(String file, Throwable e) {
    if (causedBy(e, org.apache.tika.exception.EncryptedDocumentException.class)
        || causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
      return new IngestException(file, IngestException.Reason.ENCRYPTED, null);
    }
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return new IngestException(file, IngestException.Reason.TOO_LARGE, "more than " + maxChars + " characters of text");
    }
    return new IngestException(file, IngestException.Reason.CORRUPT, describe(e));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause, on one short line: parser messages can be long and multi-line. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() <= 160 ? line : line.substring(0, 159) + "…";
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, ContentHtmlMapper.INSTANCE);
    context.set(EncodingDetector.class, HtmlCharset.INSTANCE);
    return context;
  }

  /** Tika's mapping, which drops script and style, also dropping navigation menus. */
  private static final class ContentHtmlMapper extends DefaultHtmlMapper {
    static final ContentHtmlMapper INSTANCE = new ContentHtmlMapper();

    @Override
    public boolean isDiscardElement(String name) {
      return super.isDiscardElement(name) || "nav".equalsIgnoreCase(name);
    }
  }

  /**
   * The charset an HTML page declares (byte-order mark, {@code <meta charset>}), else the one
   * its bytes decode in; a declared GB2312 or GBK page is decoded as GB18030, their superset.
   */
  private static final class HtmlCharset implements EncodingDetector {
    static final HtmlCharset INSTANCE = new HtmlCharset();
    private final StandardHtmlEncodingDetector declared = new StandardHtmlEncodingDetector();

    @Override
    public Charset detect(InputStream in, Metadata metadata) throws IOException {
      Charset charset = declared.detect(in, metadata);
      if (charset == null) {
        in.mark(Integer.MAX_VALUE);
        byte[] bytes = in.readAllBytes(); // already in memory: the whole file is at most max_file_bytes
        in.reset();
        charset = TextDecoder.detect(bytes).orElse(StandardCharsets.UTF_8);
      }
      return TextDecoder.superset(charset);
    }
  }
}

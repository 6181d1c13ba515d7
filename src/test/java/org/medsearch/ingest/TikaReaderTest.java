package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

class TikaReaderTest {
  /** A parser that fails the way a damaged file can make a real one fail. */
  private static Parser failingWith(Throwable failure) {
    return new Parser() {
      @Override
      public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of();
      }

      @Override
      public void parse(InputStream in, ContentHandler handler, Metadata metadata, ParseContext context) {
        sneakyThrow(failure);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  private static IngestException failure(Throwable thrown) {
    TikaReader reader = new TikaReader(failingWith(thrown), 1000, false);
    return assertThrows(IngestException.class, () -> reader.read("bad.pdf", new byte[] {1}));
  }

  @Test
  void stackOverflowInAParserIsCorrupt() {
    IngestException e = failure(new StackOverflowError());
    assertEquals(IngestException.Reason.CORRUPT, e.reason());
    assertEquals("bad.pdf: damaged or not what its name says (StackOverflowError)", e.getMessage());
  }

  @Test
  void missingClassInAParserIsCorrupt() {
    assertEquals(IngestException.Reason.CORRUPT, failure(new NoClassDefFoundError("org/example/Gone")).reason());
  }

  @Test
  void runtimeExceptionInAParserIsCorruptWithItsRootCause() {
    IngestException e = failure(new IllegalStateException("wrapper", new IndexOutOfBoundsException("Block 15 not found")));
    assertEquals("bad.pdf: damaged or not what its name says (Block 15 not found)", e.getMessage());
  }

  @Test
  void textBeyondTheLimitIsTooLarge() {
    TikaReader reader = new TikaReader(new JSoupParser(), 20, false);
    byte[] html = "<p>This paragraph is longer than twenty characters.</p>".getBytes(UTF_8);
    IngestException e = assertThrows(IngestException.class, () -> reader.read("long.html", html));
    assertEquals("long.html: file too large (more than 20 characters of text)", e.getMessage());
  }

  @Test
  void pageTitleIsKeptOnlyWhenAsked() throws IngestException {
    byte[] html = "<title>Eastbridge</title><p>Text.</p>".getBytes(UTF_8);
    assertEquals("Eastbridge", new TikaReader(new JSoupParser(), 1000, true).read("t.html", html).getFirst().fields().get(RawDocument.PAGE_TITLE));
    assertEquals(java.util.Map.of(), new TikaReader(new JSoupParser(), 1000, false).read("t.html", html).getFirst().fields());
  }
}

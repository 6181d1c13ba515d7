package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.medsearch.Documents;
import org.medsearch.TestData;

/** The content picks the reader; the name only tells kinds of text apart. */
class FormatsTest {
  private final Formats formats = new Formats(TestData.config().ingest());

  private DocumentReader readerFor(String name, String text) throws IngestException {
    return formats.readerFor(name, text.getBytes(UTF_8));
  }

  private IngestException.Reason failure(String name, byte[] bytes) {
    return assertThrows(IngestException.class, () -> formats.readerFor(name, bytes).read(name, bytes)).reason();
  }

  @Test
  void textIsPlainTextMarkdownOrJsonLinesByItsExtension() throws IngestException {
    assertInstanceOf(PlainTextReader.class, readerFor("a.txt", "# Title\n\ntext"));
    assertInstanceOf(MarkdownReader.class, readerFor("a.md", "# Title\n\ntext"));
    assertInstanceOf(JsonLinesReader.class, readerFor("a.jsonl", "{\"id\": 1, \"text\": \"x\"}"));
    assertInstanceOf(PlainTextReader.class, readerFor("a.csv", "a,b\n1,2"));
  }

  @Test
  void htmlIsRecognisedByItsContentWhateverItsName() throws IngestException {
    assertInstanceOf(TikaReader.class, readerFor("saved.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"));
  }

  @Test
  void htmlFragmentIsHtmlByItsName() throws IngestException {
    byte[] fragment = "<p>Cardiology</p>".getBytes(UTF_8);
    assertEquals("Cardiology", formats.readerFor("f.html", fragment).read("f.html", fragment).getFirst().text().strip());
  }

  @Test
  void pdfIsRecognisedByItsContentWhateverItsName() throws IngestException {
    assertInstanceOf(TikaReader.class, formats.readerFor("report.txt", Documents.pdf("Report")));
    assertInstanceOf(TikaReader.class, formats.readerFor("report", Documents.pdf("Report")));
  }

  @Test
  void utf16TextWithoutAMarkIsStillText() throws IngestException {
    byte[] utf16 = "Eastbridge General Hospital opened in 1990.".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Eastbridge General Hospital opened in 1990.", formats.readerFor("u.txt", utf16).read("u.txt", utf16).getFirst().text());
  }

  @Test
  void randomBytesNamedTxtAreUndecodable() {
    assertEquals(IngestException.Reason.UNDECODABLE, failure("junk.txt", Documents.junk(2048)));
  }

  @Test
  void randomBytesNamedHtmlAreUnsupported() {
    assertEquals(IngestException.Reason.UNSUPPORTED, failure("junk.html", Documents.junk(2048)));
  }

  @Test
  void textNamedPdfIsCorrupt() {
    assertEquals(IngestException.Reason.CORRUPT, failure("error-page.pdf", "404 Not Found".getBytes(UTF_8)));
  }
}

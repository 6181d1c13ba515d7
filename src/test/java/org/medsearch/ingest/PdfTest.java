package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.TestData;

class PdfTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  @TempDir Path dir;

  private SourceDocument ingest(String name, byte[] bytes) throws IngestException {
    return ingestor.ingest(Documents.write(dir, name, bytes)).page();
  }

  private IngestException failure(String name, byte[] bytes) {
    return assertThrows(IngestException.class, () -> ingest(name, bytes));
  }

  @Test
  void titleLineAndTextLinesOfAPdf() throws IngestException {
    SourceDocument doc =
        ingest("report.pdf", Documents.pdf("Annual Report 2024", "Eastbridge General Hospital treated 80,000 patients.", "It opened a cancer centre."));
    assertEquals("Annual Report 2024", doc.title());
    // Lines 24 pt apart are paragraphs to PDFBox: a blank line between them.
    assertEquals("Eastbridge General Hospital treated 80,000 patients.\n\nIt opened a cancer centre.", doc.body());
    assertEquals(Language.EN, doc.language());
  }

  @Test
  void chineseAndEnglishPdf() throws IngestException {
    Optional<byte[]> pdf = Documents.chinesePdf("东桥综合医院年度报告", "东桥综合医院去年门诊患者超过八十万人次。", "Eastbridge General Hospital has 1,200 beds.");
    assumeTrue(pdf.isPresent(), "skipped: no Chinese font at " + Documents.CHINESE_FONT + " to write the PDF with");
    SourceDocument doc = ingest("report-zh.pdf", pdf.get());
    assertEquals("东桥综合医院年度报告", doc.title());
    assertEquals("东桥综合医院去年门诊患者超过八十万人次。\n\nEastbridge General Hospital has 1,200 beds.", doc.body());
    assertEquals(Language.MIXED, doc.language());
  }

  @Test
  void truncatedPdfIsCorrupt() {
    byte[] pdf = Documents.pdf("Annual Report 2024", "Text.");
    IngestException e = failure("cut.pdf", Arrays.copyOf(pdf, 200));
    assertEquals(IngestException.Reason.CORRUPT, e.reason());
  }

  @Test
  void passwordProtectedPdfIsEncrypted() {
    IngestException e = failure("locked.pdf", Documents.encryptedPdf());
    assertEquals(IngestException.Reason.ENCRYPTED, e.reason());
    assertEquals("locked.pdf: encrypted or password-protected", e.getMessage());
  }

  @Test
  void randomBytesNamedPdfAreUnsupported() {
    IngestException e = failure("junk.pdf", Documents.junk(4096));
    assertEquals(IngestException.Reason.UNSUPPORTED, e.reason());
    assertEquals("junk.pdf: unsupported format (content of no known format, named .pdf)", e.getMessage());
  }

  @Test
  void pdfNamedTxtIsReadAsPdf() throws IngestException {
    assertEquals("Annual Report 2024", ingest("report.txt", Documents.pdf("Annual Report 2024", "Text of the report.")).title());
  }
}

package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.TestData;

class WordTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  @TempDir Path dir;

  private SourceDocument ingest(String name, byte[] bytes) throws IngestException {
    return ingestor.ingest(Documents.write(dir, name, bytes)).page();
  }

  private IngestException.Reason failure(String name, byte[] bytes) {
    return assertThrows(IngestException.class, () -> ingest(name, bytes)).reason();
  }

  @Test
  void docxParagraphsAreLines() throws IngestException {
    SourceDocument doc =
        ingest("notice.docx", Documents.docx("关于开展义诊活动的通知", "来源：东桥区卫生健康局", "各社区卫生服务中心：", "本周六上午在中心广场开展义诊。"));
    assertEquals("关于开展义诊活动的通知", doc.title());
    assertEquals("东桥区卫生健康局", doc.source());
    assertEquals("各社区卫生服务中心：\n本周六上午在中心广场开展义诊。", doc.body());
  }

  @Test
  void word97DocIsRead() throws IngestException {
    SourceDocument doc = ingest("report.doc", Documents.doc());
    assertEquals("东桥综合医院年度报告", doc.title());
    assertEquals(LocalDate.of(2024, 3, 18), doc.date());
    assertEquals(
        "Eastbridge General Hospital Annual Report\n\n东桥综合医院是一所三级甲等综合医院，去年门诊患者超过八十万人次。\n\n"
            + "Eastbridge General Hospital is a teaching hospital with 1,200 beds.",
        doc.body());
  }

  @Test
  void docxNamedDocIsReadByItsContent() throws IngestException {
    assertEquals("Clinic Hours", ingest("hours.doc", Documents.docx("Clinic Hours", "Open 8 to 17.")).title());
  }

  @Test
  void passwordProtectedDocxIsEncrypted() {
    assertEquals(IngestException.Reason.ENCRYPTED, failure("locked.docx", Documents.encryptedDocx()));
  }

  @Test
  void passwordProtectedDocIsEncrypted() {
    assertEquals(IngestException.Reason.ENCRYPTED, failure("locked.doc", Documents.encryptedDoc()));
  }

  @Test
  void docxCutShortIsCorrupt() {
    byte[] docx = Documents.docx("Clinic Hours", "Open 8 to 17.");
    assertEquals(IngestException.Reason.CORRUPT, failure("cut.docx", Arrays.copyOf(docx, 300)));
  }

  @Test
  void docCutShortIsCorrupt() {
    byte[] doc = Documents.doc();
    assertEquals(IngestException.Reason.CORRUPT, failure("cut.doc", Arrays.copyOf(doc, doc.length / 2)));
  }

  @Test
  void docxThatIsNotAZipIsCorrupt() {
    IngestException e = assertThrows(IngestException.class, () -> ingest("notes.docx", "just some notes, not a zip".getBytes(UTF_8)));
    assertEquals("notes.docx: damaged or not what its name says (named .docx but holds plain text)", e.getMessage());
  }

  @Test
  void randomBytesNamedDocxAreUnsupported() {
    assertEquals(IngestException.Reason.UNSUPPORTED, failure("junk.docx", Documents.junk(4096)));
  }
}

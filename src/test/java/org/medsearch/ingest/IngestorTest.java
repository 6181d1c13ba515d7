package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;

class IngestorTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  @TempDir Path dir;

  private SourceFile file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return new SourceFile(name, path);
  }

  private SourceFile file(String name, String text) throws IOException {
    return file(name, text.getBytes(UTF_8));
  }

  // ---- describe: literal texts ---------------------------------------------------------------

  @Test
  void describeFindsTitleDateSourceAndLanguage() throws IngestException {
    SourceDocument doc =
        ingestor.describe(
            "news/hpv.txt",
            "资讯中心\n\n南湖区启动适龄女生HPV疫苗免费接种工作\n发布时间：2024-09-10　　来源：南湖区卫生健康局\n\n为加快推进宫颈癌综合防治，保护女性健康，南湖区正式启动接种工作。",
            "abc123");
    assertEquals(
        new SourceDocument(
            "news/hpv.txt",
            "news/hpv.txt",
            "南湖区启动适龄女生HPV疫苗免费接种工作",
            "为加快推进宫颈癌综合防治，保护女性健康，南湖区正式启动接种工作。",
            Language.ZH,
            LocalDate.of(2024, 9, 10),
            "南湖区卫生健康局",
            "news",
            java.util.List.of(),
            null,
            "abc123"),
        doc);
  }

  @Test
  void describeEnglishNewsWithNavigationChrome() throws IngestException {
    SourceDocument doc =
        ingestor.describe(
            "n.txt",
            "Navigation\nRed Cross Volunteers Bring First-Aid Training to Residents\nMarch 8, 2024\n\nMore than 180 volunteers ran free courses.",
            "h");
    assertEquals("Red Cross Volunteers Bring First-Aid Training to Residents", doc.title());
    assertEquals(LocalDate.of(2024, 3, 8), doc.date());
    assertNull(doc.source());
    assertEquals(Language.EN, doc.language());
    assertEquals("More than 180 volunteers ran free courses.", doc.body());
  }

  @Test
  void describeBilingualPageIsMixed() throws IngestException {
    SourceDocument doc =
        ingestor.describe(
            "m.txt",
            "青岛海澄国际医院\nQingdao Haicheng International Hospital\n\n青岛海澄国际医院成立于2015年。\n\nFounded in 2015, the hospital has 220 beds.",
            "h");
    assertEquals("青岛海澄国际医院", doc.title());
    assertEquals(Language.MIXED, doc.language());
  }

  @Test
  void describeTextOfOnlyChromeIsNoText() {
    IngestException e = assertThrows(IngestException.class, () -> ingestor.describe("chrome.txt", "请输入关键字\n\nHome\n12\n", "h"));
    assertEquals(IngestException.Reason.NO_TEXT, e.reason());
    assertEquals("chrome.txt", e.file());
  }

  // ---- ingest: files -------------------------------------------------------------------------

  @Test
  void ingestReadsATextFile() throws Exception {
    SourceDocument doc = ingestor.ingest(file("about.txt", "About Us\nEastbridge General Hospital\nEastbridge is a teaching hospital.")).page();
    assertEquals("about.txt", doc.id());
    assertEquals("Eastbridge General Hospital", doc.title());
    assertEquals("About Us\nEastbridge is a teaching hospital.", doc.body());
  }

  @Test
  void ingestHashesTheFileBytes() throws Exception {
    byte[] bytes = "Eastbridge General Hospital\n\nA teaching hospital.".getBytes(UTF_8);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(expected, ingestor.ingest(file("h.txt", bytes)).page().contentHash());
  }

  @Test
  void ingestReadsMarkdownAsPlainText() throws Exception {
    SourceDocument doc = ingestor.ingest(file("hpv.md", "# 南湖区启动适龄女生HPV疫苗免费接种工作\n\n**发布时间：2024-09-10**\n\n为保护女性健康，南湖区启动接种工作。\n")).page();
    assertEquals("南湖区启动适龄女生HPV疫苗免费接种工作", doc.title());
    assertEquals(LocalDate.of(2024, 9, 10), doc.date());
    assertEquals("为保护女性健康，南湖区启动接种工作。", doc.body());
  }

  @Test
  void ingestSkipsAByteOrderMark() throws Exception {
    byte[] text = "医院简介\n\n北京康宁国际医院始建于2009年。".getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertEquals("医院简介", ingestor.ingest(file("bom.txt", bytes)).page().title());
  }

  @Test
  void emptyFileIsSkippedAsEmpty() throws IOException {
    IngestException e = assertThrows(IngestException.class, () -> ingestor.ingest(file("empty.txt", new byte[0])).page());
    assertEquals(IngestException.Reason.EMPTY, e.reason());
    assertEquals("empty.txt: empty file", e.getMessage());
  }

  @Test
  void fileLargerThanMaxFileBytesIsSkippedAsTooLarge() throws IOException {
    Ingestor small = new Ingestor(configWithMaxFileBytes(100));
    IngestException e = assertThrows(IngestException.class, () -> small.ingest(file("big.txt", "x".repeat(101))).page());
    assertEquals(IngestException.Reason.TOO_LARGE, e.reason());
    assertEquals("big.txt: file too large (101 bytes > ingest.max_file_bytes 100)", e.getMessage());
  }

  @Test
  void fileOfExactlyMaxFileBytesIsRead() throws Exception {
    Ingestor small = new Ingestor(configWithMaxFileBytes(100));
    assertEquals("Title", small.ingest(file("limit.txt", "Title\n\n" + "x".repeat(93))).page().title());
  }

  @Test
  void gbkFileIsRead() throws Exception {
    byte[] gbk = "北京医院简介\n\n北京医院是国家卫生健康委员会直属的三级甲等综合医院，医生和护士为患者提供医疗服务。"
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    assertEquals("北京医院简介", ingestor.ingest(file("gbk.txt", gbk)).page().title());
  }

  @Test
  void fileOfAnUnsupportedFormatIsUnsupported() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    IngestException e = assertThrows(IngestException.class, () -> ingestor.ingest(file("scan.txt", png)).page());
    assertEquals(IngestException.Reason.UNSUPPORTED, e.reason());
    assertEquals("scan.txt: unsupported format (content is image/png, named .txt)", e.getMessage());
  }

  @Test
  void missingFileIsUnreadable() {
    IngestException e =
        assertThrows(IngestException.class, () -> ingestor.ingest(new SourceFile("gone.txt", dir.resolve("gone.txt"))).page());
    assertEquals(IngestException.Reason.UNREADABLE, e.reason());
  }

  @Test
  void upperCaseExtensionIsReadToo() throws Exception {
    assertFalse(ingestor.ingest(file("NOTE.TXT", "Title\n\nBody.")).page().body().isEmpty());
  }

  private static IndexConfig configWithMaxFileBytes(long max) throws IOException {
    String yaml = Files.readString(Path.of("index-config", "index.yaml"));
    String line = "  max_file_bytes: 10485760";
    assertEquals(1, yaml.split(line, -1).length - 1, "index.yaml should hold one '" + line + "'");
    yaml = yaml.replace(line, "  max_file_bytes: " + max);
    return ConfigLoader.parse(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "small.yaml");
  }

  @Test
  void aStatedTitleWinsOverTitleLinesAndFirstSentences() throws Exception {
    String jsonl =
        "{\"id\":\"a\",\"title\":\"Stated title\",\"text\":\"Opening line\\n\\nThe first sentence is long enough. Then more.\"}\n"
            + "{\"id\":\"b\",\"title\":\"Another stated title\",\"text\":\"The body opens with a sentence. Then more.\"}\n"
            + "{\"id\":\"c\",\"text\":\"The body opens with a sentence. Then more.\"}\n";
    List<SourceDocument> documents = ingestor.ingest(file("stated.jsonl", jsonl)).documents();
    assertEquals(List.of("Stated title", "Another stated title", "The body opens with a sentence"), documents.stream().map(SourceDocument::title).toList());
    // The title line a stated title replaces still leaves the body, as before.
    assertEquals("The first sentence is long enough. Then more.", documents.getFirst().body());
    assertEquals("The body opens with a sentence. Then more.", documents.get(1).body());
  }
}

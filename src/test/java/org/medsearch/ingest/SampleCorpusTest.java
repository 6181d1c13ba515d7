package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.medsearch.TestData;

/** The bundled sample corpus (src/main/resources/sample-corpus) as the ingest stage describes it. */
class SampleCorpusTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  private List<SourceFile> files() throws IOException {
    return new FolderSource(FolderSource.sampleCorpus(), TestData.config().ingest().extensions()).files();
  }

  private SourceDocument doc(String prefix) throws Exception {
    SourceFile file = files().stream().filter(f -> f.id().startsWith(prefix)).findFirst().orElseThrow();
    return ingestor.ingest(file).page();
  }

  @Test
  void corpusHasFourteenTextAndMarkdownFiles() throws IOException {
    assertEquals(14, files().size());
  }

  @Test
  void everyCorpusFileIngestsWithoutException() throws IOException {
    assertAll(files().stream().map(f -> (Executable) () -> assertDoesNotThrow(() -> ingestor.ingest(f).page(), f.id())));
  }

  @Test
  void everyCorpusFileHasATitleAndABody() throws IOException {
    assertAll(
        files().stream()
            .map(
                f ->
                    (Executable)
                        () -> {
                          SourceDocument doc = ingestor.ingest(f).page();
                          assertFalse(doc.title().isBlank(), f.id());
                          assertFalse(doc.body().isBlank(), f.id());
                        }));
  }

  @Test
  void shanghaiSymposiumHeader() throws Exception {
    SourceDocument doc = doc("03-");
    assertEquals("Shanghai Holds Symposium on Improving Family Doctor Contract Services", doc.title());
    assertEquals(LocalDate.of(2023, 11, 2), doc.date());
    assertEquals("Shanghai Municipal Health Commission", doc.source());
    assertEquals(Language.EN, doc.language());
  }

  @Test
  void qinglanPolicyNewsHeader() throws Exception {
    SourceDocument doc = doc("04-");
    assertEquals("青岚市召开紧密型城市医疗集团建设推进会", doc.title());
    assertEquals(LocalDate.of(2024, 3, 5), doc.date());
    assertEquals("健康中国网", doc.source());
    assertFalse(doc.body().contains("新闻动态"));
  }

  @Test
  void bloodDonationNewsTakesTheLabelledSource() throws Exception {
    SourceDocument doc = doc("05-");
    assertEquals(LocalDate.of(2025, 1, 20), doc.date());
    assertEquals("健康时报网", doc.source());
    assertEquals(1, doc.body().split("爱心市民在献血车上献血", -1).length - 1);
  }

  @Test
  void redCrossNewsWithAnEnglishDateLine() throws Exception {
    SourceDocument doc = doc("06-");
    assertEquals("Red Cross Volunteers Bring First-Aid Training to 3,000 Residents Before Marathon Season", doc.title());
    assertEquals(LocalDate.of(2024, 3, 8), doc.date());
  }

  @Test
  void bilingualPagesAreMixed() throws Exception {
    assertEquals(Language.MIXED, doc("08-").language());
    assertEquals(Language.MIXED, doc("09-").language());
  }

  @Test
  void tcmClinicPageLosesItsBreadcrumbs() throws Exception {
    SourceDocument doc = doc("09-");
    assertEquals("明德中医诊所", doc.title());
    assertFalse(doc.body().contains("首页 >"));
    assertFalse(doc.body().contains("Home >"));
  }

  @Test
  void traditionalChineseNewsHasItsDateAndIsZh() throws Exception {
    SourceDocument doc = doc("10-");
    assertEquals("港灣聯合醫院新專科門診大樓啟用 增設糖尿病綜合護理中心", doc.title());
    assertEquals(LocalDate.of(2024, 9, 2), doc.date());
    assertEquals(Language.ZH, doc.language());
  }

  @Test
  void markdownNewsHeader() throws Exception {
    SourceDocument doc = doc("12-");
    assertEquals("12-hpv-vaccination-campaign-zh.md", doc.id());
    assertEquals("南湖区启动适龄女生HPV疫苗免费接种工作", doc.title());
    assertEquals(LocalDate.of(2024, 9, 10), doc.date());
    assertEquals("南湖区卫生健康局", doc.source());
    assertEquals(Language.ZH, doc.language());
    assertFalse(doc.body().contains("#"));
  }

  @Test
  void annualReportTakesTheDateOfIssueAndDropsPageNumbers() throws Exception {
    SourceDocument doc = doc("13-");
    assertEquals(LocalDate.of(2024, 4, 30), doc.date());
    assertTrue(Arrays.stream(doc.body().split("\n")).noneMatch(line -> line.matches("\\d+")), doc.body());
  }

  @Test
  void childrensHospitalNewsWithPublisherLabel() throws Exception {
    SourceDocument doc = doc("14-");
    assertEquals("“守护童年 健康同行”南州市儿童医院举办六一儿童节大型义诊活动", doc.title());
    assertEquals(LocalDate.of(2024, 6, 1), doc.date());
    assertEquals("南州市儿童医院党委宣传部", doc.source());
  }

  @Test
  void aboutPageWithoutADate() throws Exception {
    SourceDocument doc = doc("02-");
    assertEquals("北京康宁国际医院简介", doc.title());
    assertNull(doc.date());
    assertFalse(doc.body().contains("请输入关键字"));
  }
}

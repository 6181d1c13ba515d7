package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;

/** The metadata a person would write down for each public seed document (skipped when the seeds are absent). */
class SeedDocumentsTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  private SourceDocument seed(String number) throws IngestException {
    Path path = TestData.seed(number);
    return ingestor.ingest(new SourceFile(path.getFileName().toString(), path)).page();
  }

  private static int occurrences(String text, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }

  @Test
  void seed001EnglishNewsHeader() throws IngestException {
    SourceDocument doc = seed("001");
    assertEquals(
        "The Third \"Window of Municipalities\" Pre-Hospital Medical Emergency Academic Conference Successfully Held",
        doc.title());
    assertEquals(LocalDate.of(2024, 7, 19), doc.date());
    assertEquals("Beijing Municipal Health Commission", doc.source());
    assertEquals(Language.EN, doc.language());
  }

  @Test
  void seed001BodyStartsWithTheFirstParagraph() throws IngestException {
    String body = seed("001").body();
    assertTrue(body.startsWith("In order to implement the requirements"), body.substring(0, 80));
    assertFalse(body.contains("Navigation"));
    assertFalse(body.contains("From:"));
    assertFalse(body.contains("Date:07/19/2024"));
  }

  @Test
  void seed002ChineseNewsHeader() throws IngestException {
    SourceDocument doc = seed("002");
    assertEquals("北京嘉会国际化医院一期项目启动 打造京城国际化智慧医院标杆", doc.title());
    assertEquals(LocalDate.of(2023, 12, 18), doc.date());
    assertEquals("百姓健康网", doc.source());
    assertEquals(Language.ZH, doc.language());
  }

  @Test
  void seed002BodyHasNoSiteChrome() throws IngestException {
    String body = seed("002").body();
    assertFalse(body.contains("请输入关键字"));
    assertFalse(body.contains("资讯中心"));
    assertTrue(body.startsWith("北京2023年12月18日 /美通社/"), body.substring(0, 40));
  }

  @Test
  void seed002DoubledCaptionAppearsOnce() throws IngestException {
    String body = seed("002").body();
    assertEquals(1, occurrences(body, "北京嘉会国际化医院一期项目正式启动"));
    assertEquals(1, occurrences(body, "嘉会医疗首席执行官葛丰现场致辞"));
  }

  @Test
  void seed002UnrelatedHeadlinesAfterTheVideoMarkerAreGone() throws IngestException {
    String body = seed("002").body();
    assertEquals(0, occurrences(body, "强生荣膺中国公关行业最佳案例大赛4项大奖"));
    assertEquals(0, occurrences(body, "富士胶片旗下公司亮相Bio-ONE 2023 助推中国生物医药行业发展"));
  }

  @Test
  void seed000AboutPage() throws IngestException {
    SourceDocument doc = seed("000");
    assertEquals("About Us", doc.title());
    assertEquals(Language.EN, doc.language());
    assertNull(doc.date());
    assertFalse(doc.body().contains("请输入关键字"));
    assertTrue(doc.body().contains("Emergency General Hospital is a public welfare Category II institution"));
  }

  @Test
  void seed003AboutPage() throws IngestException {
    SourceDocument doc = seed("003");
    assertEquals("About Us", doc.title());
    assertEquals(Language.EN, doc.language());
    assertTrue(doc.body().contains("The Stem Cell Department of General hospital"));
  }

  @Test
  void seed004NumberedSubmissionIsTitledByItsFirstSentence() throws IngestException {
    SourceDocument doc = seed("004");
    assertTrue(doc.title().startsWith("We believe that the Chinese government"), doc.title());
    assertTrue(doc.title().length() <= 120, doc.title());
    assertEquals(Language.EN, doc.language());
    assertNull(doc.date());
  }

  @Test
  void seed004KeepsItsWholeTextInTheBody() throws IngestException {
    String body = seed("004").body();
    assertTrue(body.startsWith("1. We believe that the Chinese government has done a lot"), body.substring(0, 60));
    assertFalse(body.contains("\n\n\n"));
  }
}

package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;

/** Cleaning rules on the real mess of the seeds, and their limits on literal text. */
class CleaningSeedsTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());
  private final TextCleaner cleaner = new TextCleaner(TestData.config().cleaning());

  private SourceDocument seed(String number) throws Exception {
    Path path = TestData.seed(number);
    return ingestor.ingest(new SourceFile(path.getFileName().toString(), path)).page();
  }

  @Test
  void trailingListOfUnrelatedLinksAfterTheMarkerIsDropped() throws Exception {
    String body = seed("002").body();
    assertFalse(body.contains("科普视频"), body);
    assertFalse(body.contains("住友制药"), body);
    assertTrue(body.endsWith("致力于让\"国际化医疗\"服务于更广泛人群。"), body.substring(body.length() - 60));
  }

  @Test
  void markerFollowedByRealParagraphsIsKept() {
    List<String> lines = cleaner.clean("Intro paragraph.\n相关阅读\nThis paragraph is part of the article and ends like a sentence.");
    assertEquals(List.of("Intro paragraph.", "相关阅读", "This paragraph is part of the article and ends like a sentence."), lines);
  }

  @Test
  void pdfLinesBrokenMidSentenceAreRejoinedAndPageNumbersDropped() throws Exception {
    String body = seed("004").body();
    assertTrue(body.contains("has done a lot of work and invested a great amount of resources in promoting and protecting human rights"), body);
    assertTrue(body.contains("which enabled 300 patients, including 10 overseas patients, to get a stem cell transplant."), body);
    assertFalse(body.lines().anyMatch(l -> l.strip().equals("4")), "page number line");
    assertTrue(body.lines().anyMatch(l -> l.startsWith("8. We have participated in the government-led urban emergency")), body);
  }

  @Test
  void chineseWrappedLinesJoinWithoutASpace() {
    String wrapped = "第一段文字在这里因为版面宽度而被强行换行到了下一行继续\n".repeat(1)
        + "写下去直到句子结束为止这里还有很多很多字需要被显示出来\n"
        + "然后第二行也是如此被换行处理了这里还有很多很多字需要显\n"
        + "示出来然后第三行也是如此被换行处理了这里还有很多字需要\n"
        + "显示出来然后第四行也是如此被换行处理了这里还有很多字要\n"
        + "显示结束。\n";
    List<String> lines = cleaner.clean(wrapped);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().contains("继续写下去"), lines.getFirst());
  }

  @Test
  void anAboutPageWithoutASourceLineIsPublishedByTheHospitalItIntroduces() throws Exception {
    assertEquals("武警总医院", seed("003").source());
    assertEquals("百姓健康网", seed("002").source(), "a stated source wins");
  }

  @Test
  void webParagraphsAreNotJoined() throws Exception {
    SourceDocument news = seed("001");
    assertTrue(news.body().lines().count() >= 6, news.body());
  }
}

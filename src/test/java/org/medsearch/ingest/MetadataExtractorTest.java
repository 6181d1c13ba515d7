package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;

class MetadataExtractorTest {
  private final MetadataExtractor extractor = new MetadataExtractor(TestData.config());

  private MetadataExtractor.Extracted extract(String... lines) {
    return extractor.extract(List.of(lines), "fallback-name");
  }

  @Test
  void chineseNewsHeaderGivesTitleDateAndOutlet() {
    MetadataExtractor.Extracted meta =
        extract("北京嘉会国际化医院一期项目启动 打造京城国际化智慧医院标杆", "", "2023-12-18 20:00:08", "", "百姓健康网", "", "正文第一段。");
    assertEquals("北京嘉会国际化医院一期项目启动 打造京城国际化智慧医院标杆", meta.title());
    assertEquals(LocalDate.of(2023, 12, 18), meta.date());
    assertEquals("百姓健康网", meta.source());
    assertEquals("正文第一段。", meta.body());
  }

  @Test
  void labelPairsOnOneLineGiveDateAndSource() {
    MetadataExtractor.Extracted meta =
        extract("南湖区启动适龄女生HPV疫苗免费接种工作", "发布时间：2024-09-10　　来源：南湖区卫生健康局", "为加快推进宫颈癌综合防治，保护女性健康。");
    assertEquals("南湖区启动适龄女生HPV疫苗免费接种工作", meta.title());
    assertEquals(LocalDate.of(2024, 9, 10), meta.date());
    assertEquals("南湖区卫生健康局", meta.source());
    assertEquals("为加快推进宫颈癌综合防治，保护女性健康。", meta.body());
  }

  @Test
  void englishFromAndDateLabels() {
    MetadataExtractor.Extracted meta =
        extract(
            "Shanghai Holds Symposium on Family Doctor Services",
            "From:Shanghai Municipal Health Commission",
            "Date:11/02/2023",
            "",
            "On October 30 and 31, a symposium was held in Shanghai.");
    assertEquals("Shanghai Holds Symposium on Family Doctor Services", meta.title());
    assertEquals(LocalDate.of(2023, 11, 2), meta.date());
    assertEquals("Shanghai Municipal Health Commission", meta.source());
    assertEquals("On October 30 and 31, a symposium was held in Shanghai.", meta.body());
  }

  @Test
  void sectionLabelStaysInTheBodyAndALaterLineBecomesTheTitle() {
    MetadataExtractor.Extracted meta =
        extract("About Us", "Eastbridge General Hospital", "Eastbridge General Hospital is a 1,200-bed teaching hospital.");
    assertEquals("Eastbridge General Hospital", meta.title());
    assertEquals("About Us\nEastbridge General Hospital is a 1,200-bed teaching hospital.", meta.body());
  }

  @Test
  void labelIsTheSectionLabelNearestTheText() {
    MetadataExtractor.Extracted meta = extract("About Us", "News", "Rescue Centre", "The centre held a drill on November 26.");
    assertEquals("News", meta.label());
  }

  @Test
  void headerWithoutSectionLabelHasNoLabel() {
    assertNull(extract("Shanghai Holds Symposium", "", "A symposium was held in Shanghai.").label());
  }

  @Test
  void sectionLabelIsTheTitleWhenNoTitleLineFollows() {
    MetadataExtractor.Extracted meta = extract("About Us", "Emergency General Hospital is a public welfare institution.");
    assertEquals("About Us", meta.title());
    assertEquals("About Us\nEmergency General Hospital is a public welfare institution.", meta.body());
  }

  @Test
  void numberedListItemIsNoTitleSoTheFirstSentenceIs() {
    MetadataExtractor.Extracted meta = extract("1. We believe that the government has done a lot of work. We thank it.");
    assertEquals("We believe that the government has done a lot of work", meta.title());
    assertEquals("1. We believe that the government has done a lot of work. We thank it.", meta.body());
  }

  @Test
  void longFirstSentenceIsCutAtAWordWithAnEllipsis() {
    String sentence =
        "The hospital operates under a one hospital two campuses model with a total building area of over"
            + " fifty one thousand square meters and many departments.";
    String title = extract(sentence + " Next sentence.").title();
    assertEquals("The hospital operates under a one hospital two campuses model with a total building area of over fifty one thousand…", title);
    assertTrue(title.length() <= 120);
  }

  /** Bodies far longer than the head read for the title (8 x 120 characters): the title is as short bodies give it. */
  @Test
  void theTitleOfALongBodyComesFromItsStart() {
    String filler = " Patients are seen in the outpatient building from Monday to Friday.".repeat(40);
    assertEquals("We believe that the government has done a lot of work",
        extract("1. We believe that the government has done a lot of work. We thank it." + filler).title());
    String words = "word ".repeat(400);
    assertEquals("word ".repeat(23) + "word…", extract(words).title());
    String unbroken = "x".repeat(1000) + ". After.";
    assertEquals("x".repeat(119) + "…", extract(unbroken).title());
    // A head that flattens to little (a run of blanks) says nothing of the rest: the whole body decides.
    assertEquals("Intro ends here", extract("Intro" + " ".repeat(2000) + "ends here. More.").title());
    String spaced = "医院提供\n\n\n      全科诊疗服务" + "。".repeat(1) + "第二段。".repeat(300);
    assertEquals("医院提供 全科诊疗服务", extract(spaced).title());
  }

  @Test
  void lineEndingInPunctuationIsNoTitle() {
    MetadataExtractor.Extracted meta = extract("医院提供全科诊疗服务。", "第二段。");
    assertEquals("医院提供全科诊疗服务", meta.title());
    assertEquals("医院提供全科诊疗服务。\n第二段。", meta.body());
  }

  @Test
  void fileNameIsTheTitleOfAnEmptyDocument() {
    assertEquals("fallback-name", extractor.extract(List.of(), "fallback-name").title());
  }

  @Test
  void noDateAndNoSourceWhenTheHeaderHasNone() {
    MetadataExtractor.Extracted meta = extract("明德中医诊所", "明德中医诊所创办于2012年，位于杭州市西湖区。");
    assertNull(meta.date());
    assertNull(meta.source());
  }

  @Test
  void dateLineAfterTheHeaderIsBodyText() {
    MetadataExtractor.Extracted meta =
        extract("Title", "First paragraph of text.", "2024-11-28", "Second item.");
    assertNull(meta.date());
    assertEquals("First paragraph of text.\n2024-11-28\nSecond item.", meta.body());
  }

  @Test
  void headerIsOnlyTheFirstSixContentLines() {
    MetadataExtractor.Extracted meta =
        extract("Title", "Sub title one", "Sub title two", "Sub title three", "Sub title four", "Sub title five", "2024-01-02", "Body.");
    assertNull(meta.date());
  }

  @Test
  void fallbackTitleOfANumberedListStopsAtTheItem() {
    assertEquals("Introduction", extract("1. Introduction", "2. Background of the study.").title());
  }

  // ---- HeaderFields: "Label: value" lines ----------------------------------------------------

  private final HeaderFields fields = new HeaderFields(TestData.config().metadata());

  @Test
  void headerLineWithDateAndSourcePairs() {
    assertEquals(
        new HeaderFields.Found(LocalDate.of(2024, 9, 10), "南湖区卫生健康局"),
        fields.parse("发布时间：2024-09-10　　来源：南湖区卫生健康局").orElseThrow());
  }

  @Test
  void longestLabelWins() {
    assertEquals(
        new HeaderFields.Found(LocalDate.of(2024, 4, 30), null), fields.parse("Date of issue: 30 April 2024").orElseThrow());
  }

  @Test
  void traditionalLabels() {
    assertEquals(new HeaderFields.Found(LocalDate.of(2024, 9, 2), null), fields.parse("發佈日期：2024年9月2日").orElseThrow());
  }

  @Test
  void ignoredLabelsAreSkipped() {
    assertEquals(new HeaderFields.Found(null, "健康报"), fields.parse("作者：李明　来源：健康报　浏览次数：328").orElseThrow());
  }

  @Test
  void labelsMatchWhateverTheirCase() {
    assertEquals(new HeaderFields.Found(null, "Beijing Municipal Health Commission"), fields.parse("FROM: Beijing Municipal Health Commission").orElseThrow());
  }

  @Test
  void onlyIgnoredLabelsIsNoHeaderLine() {
    assertTrue(fields.parse("Author: Jane Doe").isEmpty());
  }

  @Test
  void unreadableDateIsNoHeaderLine() {
    assertTrue(fields.parse("发布时间：近日").isEmpty());
  }

  @Test
  void textBeforeTheFirstLabelIsNoHeaderLine() {
    assertTrue(fields.parse("会议指出，来源：群众反映").isEmpty());
  }

  @Test
  void sentenceWithAColonIsNoHeaderLine() {
    assertTrue(fields.parse("会议强调：2024年要重点抓好五项工作").isEmpty());
  }
}

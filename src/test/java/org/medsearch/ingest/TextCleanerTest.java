package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig.CleaningConfig;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner(TestData.config().cleaning());

  @Test
  void dropsSearchBoxPlaceholder() {
    assertEquals(List.of("医院简介"), cleaner.clean("请输入关键字\n请输入关键字\n医院简介"));
  }

  @Test
  void dropsNavigationLinesWhateverTheirCase() {
    assertEquals(List.of("About the hospital"), cleaner.clean("Navigation\nSKIP TO CONTENT\n  Search...  \nAbout the hospital"));
  }

  @Test
  void keepsALineThatOnlyContainsAPlaceholderWord() {
    assertEquals(List.of("请输入关键字查询医院"), cleaner.clean("请输入关键字查询医院"));
  }

  @Test
  void dropsBreadcrumbs() {
    assertEquals(
        List.of("明德中医诊所"),
        cleaner.clean("首页 > 中医门诊 > 诊所介绍\nHome > TCM Clinic > Introduction\nHome » News\n明德中医诊所"));
  }

  @Test
  void dropsPageNumberLines() {
    assertEquals(List.of("Annual report", "Key figures."), cleaner.clean("Annual report\n 2 \n第 3 页\nPage 2 of 5\np. 4\nKey figures."));
  }

  @Test
  void keepsLinesWithNumbersAmongText() {
    assertEquals(List.of("Founded in 2015.", "12345 visits"), cleaner.clean("Founded in 2015.\n12345 visits"));
  }

  @Test
  void collapsesACaptionPrintedTwiceInARow() {
    assertEquals(
        List.of("北京嘉会国际化医院一期项目正式启动", "作为北京市2022年与2023年的重点工程之一。"),
        cleaner.clean("北京嘉会国际化医院一期项目正式启动\n北京嘉会国际化医院一期项目正式启动\n作为北京市2022年与2023年的重点工程之一。"));
  }

  @Test
  void collapsesALineRepeatedAfterABlankLine() {
    assertEquals(
        List.of("强生荣膺中国公关行业最佳案例大赛4项大奖", "", "创新技术应用 北京和睦家骨科不断探索诊疗新方案"),
        cleaner.clean(
            "强生荣膺中国公关行业最佳案例大赛4项大奖\n\n强生荣膺中国公关行业最佳案例大赛4项大奖\n\n"
                + "创新技术应用 北京和睦家骨科不断探索诊疗新方案\n\n创新技术应用 北京和睦家骨科不断探索诊疗新方案\n"));
  }

  @Test
  void keepsALineRepeatedWithOtherTextBetween() {
    assertEquals(List.of("News", "Drill held", "News"), cleaner.clean("News\nDrill held\nNews"));
  }

  @Test
  void keepsRepeatedLinesWhenCollapsingIsOff() {
    TextCleaner keepAll = new TextCleaner(new CleaningConfig(List.of(), List.of(), false, List.of(), List.of(), 80, false));
    assertEquals(List.of("Caption", "Caption"), keepAll.clean("Caption\nCaption"));
  }

  @Test
  void keepsOneBlankLineBetweenParagraphs() {
    assertEquals(List.of("First paragraph.", "", "Second paragraph."), cleaner.clean("First paragraph.\n\n\n\nSecond paragraph."));
  }

  @Test
  void dropsLeadingAndTrailingBlankLines() {
    assertEquals(List.of("Text."), cleaner.clean("\n\n  \nText.\n\n\n"));
  }

  @Test
  void droppedChromeLeavesNoBlankLineAtTheStart() {
    assertEquals(List.of("Title", "", "Body."), cleaner.clean("资讯中心\n\nTitle\n\nBody."));
  }

  @Test
  void foldsIdeographicAndNoBreakSpaces() {
    assertEquals(List.of("发布时间：2024-09-10 来源：南湖区卫生健康局"), cleaner.clean("发布时间：2024-09-10\u3000\u3000来源：南湖区卫生健康局"));
    assertEquals(List.of("A B C"), cleaner.clean("A\u00A0 B\tC  "));
  }

  @Test
  void handlesWindowsAndOldMacLineEnds() {
    assertEquals(List.of("One", "", "Two", "Three"), cleaner.clean("One\r\n\r\nTwo\rThree"));
  }

  @Test
  void textOfOnlyChromeCleansToNothing() {
    assertEquals(List.of(), cleaner.clean("请输入关键字\n\n12\nHome\n"));
  }

  @Test
  void spacesFoldLikeTheRegularExpressionTheyReplace() {
    assertEquals("北京 医院 a b", TextCleaner.normalizeSpace("\u3000北京\u00A0\t医院  a\uFEFFb \r\n"));
    // The loop replaced `replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", " ").strip()`; same output on
    // random text drawn from spaces of every kind, letters and Han characters.
    RandomTexts lines =
        new RandomTexts(7, " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u3000", "\uFEFF", "\u2003", "\u2028", "\u001C", "a", "b", "医", "院");
    for (int run = 0; run < 20_000; run++) {
      String line = lines.next(11);
      assertEquals(line.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", " ").strip(), TextCleaner.normalizeSpace(line), line);
    }
    String normal = "already normal 中文";
    assertSame(normal, TextCleaner.normalizeSpace(normal), "a line already normal is returned as it is, not copied");
  }

  @Test
  void endsWithOneOfAnswersAsTheExpressionItReplaces() {
    String chars = ".。!！?？:：;；”\"')）";
    java.util.regex.Pattern expression = java.util.regex.Pattern.compile(".*[.。!！?？:：;；”\"')）]$");
    RandomTexts lines = new RandomTexts(5, "a", "中", ".", "。", "！", "”", ")", "x", " ", "\n", "\r", "\u2028", "\u0085", "\uD840\uDC00");
    for (int n = 0; n < 20_000; n++) {
      String line = lines.next(5);
      assertEquals(expression.matcher(line).matches(), TextCleaner.endsWithOneOf(line, chars), line);
    }
  }
}

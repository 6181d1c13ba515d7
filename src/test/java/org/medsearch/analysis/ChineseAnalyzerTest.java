package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medsearch.analysis.Tokens.terms;
import static org.medsearch.analysis.Tokens.tokens;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.config.IndexConfig.AnalysisConfig;
import org.medsearch.config.IndexConfig.ChineseAnalysis;

class ChineseAnalyzerTest {
  private final Analyzer chinese = Analyzers.chinese(TestData.config());

  /**
   * 341 × "患者，" is 1,023 characters, so "医院" sits at 1023-1024: across the end of smartcn's first
   * 1,024-character buffer. Commas and "。" follow, and there is no line break anywhere.
   */
  private static final String LONG_PARAGRAPH = "患者，".repeat(341) + "医院" + "，门诊。".repeat(30);

  @Test
  void hospitalIsAWordOfTheHospitalName() {
    assertEquals(List.of("北京", "嘉", "会", "国际化", "医院"), terms(chinese, "北京嘉会国际化医院"));
  }

  @Test
  void offsetsMapBackToTheText() {
    String text = "北京嘉会国际化医院一期项目启动";
    for (Tokens.Token t : tokens(chinese, text)) {
      assertEquals(t.term(), text.substring(t.start(), t.end()), t.toString());
    }
  }

  @Test
  void latinWordsAndNumbersAreKeptLowerCased() {
    // analysis.chinese.latin_words: CT and MRI weigh as words of the Chinese text (English documents are blanked first).
    assertEquals(List.of("医院", "提供", "ct", "检查", "和", "mri", "服务"), terms(chinese, "医院提供CT检查和MRI服务"));
    assertEquals(List.of("5", "岁", "视力", "5", "0", "近视"), terms(chinese, "5岁视力5.0近视"));
    assertEquals(List.of("hospital", "2024", "ct"), terms(chinese, "Hospital 2024 CT"));
  }

  @Test
  void withoutLatinWordsOnlyHanWordsAreKept() {
    IndexConfig hanOnly = withChinese(new ChineseAnalysis(true, 0.5f, false));
    assertEquals(List.of("医院", "提供", "检查", "和", "服务"), terms(Analyzers.chinese(hanOnly), "医院提供CT检查和MRI服务"));
    assertEquals(List.of(), terms(Analyzers.chinese(hanOnly), "Hospital 2024 CT"));
  }

  @Test
  void punctuationIsDropped() {
    assertEquals(List.of("医院", "门诊"), terms(chinese, "医院，门诊。"));
  }

  @Test
  void traditionalGivesTheSameTokensAsSimplified() {
    assertEquals(terms(chinese, "医院门诊"), terms(chinese, "醫院門診"));
    assertEquals(List.of("医院", "门诊"), terms(chinese, "醫院門診"));
  }

  @Test
  void traditionalHeadlineSegmentsLikeItsSimplifiedForm() {
    assertEquals(
        terms(chinese, "港湾联合医院新专科门诊大楼启用"), terms(chinese, "港灣聯合醫院新專科門診大樓啟用"));
  }

  @Test
  void traditionalTokensPointAtTheOriginalCharacters() {
    String traditional = "醫院門診";
    String simplified = "医院门诊";
    List<Tokens.Token> tokens = tokens(chinese, traditional);
    assertEquals(List.of(new Tokens.Token("医院", 0, 2), new Tokens.Token("门诊", 2, 4)), tokens);
    for (Tokens.Token t : tokens) {
      assertEquals(t.term(), simplified.substring(t.start(), t.end()));
    }
    assertEquals("醫院", traditional.substring(tokens.get(0).start(), tokens.get(0).end()));
  }

  @Test
  void withoutFoldingTraditionalIsNotSegmentedLikeSimplified() {
    IndexConfig noFolding = withChinese(new ChineseAnalysis(false, 0f, true));
    assertNotEquals(List.of("医院", "门诊"), terms(Analyzers.chinese(noFolding), "醫院門診"));
  }

  @Test
  void normalizeFoldsTraditionalLikeIndexing() {
    assertEquals("医院", chinese.normalize("body.zh", "醫院").utf8ToString());
  }

  // ---- smartcn's 1,024-character buffer ------------------------------------------------------

  @Test
  void longParagraphPutsHospitalAcrossTheBufferEdge() {
    assertTrue(LONG_PARAGRAPH.length() > 1100);
    assertFalse(LONG_PARAGRAPH.contains("\n"));
    assertEquals(1023, LONG_PARAGRAPH.indexOf("医院"));
  }

  @Test
  void plainSmartcnSplitsAWordAtTheBufferEdge() {
    // Why the fix exists: the stock tokenizer cuts "医院" into 医 | 院 at this position.
    Analyzer stock =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new HMMChineseTokenizer());
          }
        };
    List<Tokens.Token> tokens = tokens(stock, LONG_PARAGRAPH);
    assertTrue(tokens.contains(new Tokens.Token("医", 1023, 1024)), "precondition: the edge is where this test expects it");
  }

  @Test
  void hospitalStaysWholeAtTheBufferEdge() {
    List<Tokens.Token> tokens = tokens(chinese, LONG_PARAGRAPH);
    assertTrue(tokens.contains(new Tokens.Token("医院", 1023, 1025)), tokens.subList(335, 345).toString());
    assertFalse(tokens.stream().anyMatch(t -> t.term().equals("医") || t.term().equals("院")));
  }

  @Test
  void longParagraphGivesTheSameTokensAsItsClausesAnalysedOneByOne() {
    List<String> clauseByClause = new ArrayList<>();
    for (String clause : LONG_PARAGRAPH.split("(?<=[，。])")) {
      clauseByClause.addAll(terms(chinese, clause));
    }
    assertEquals(clauseByClause, terms(chinese, LONG_PARAGRAPH));
  }

  @Test
  void longParagraphOffsetsMapBackToTheText() {
    for (Tokens.Token t : tokens(chinese, LONG_PARAGRAPH)) {
      assertEquals(t.term(), LONG_PARAGRAPH.substring(t.start(), t.end()), t.toString());
    }
  }

  @Test
  void longTraditionalParagraphOffsetsMapBackAfterFolding() {
    String traditional = "病患，".repeat(341) + "醫院" + "，門診。".repeat(30);
    String simplified = "病患，".repeat(341) + "医院" + "，门诊。".repeat(30);
    List<Tokens.Token> tokens = tokens(chinese, traditional);
    assertEquals(tokens(chinese, simplified), tokens);
    assertTrue(tokens.contains(new Tokens.Token("医院", 1023, 1025)));
    for (Tokens.Token t : tokens) {
      assertEquals(t.term(), simplified.substring(t.start(), t.end()), t.toString());
    }
  }

  @Test
  void bigramAnalyzerGivesOverlappingPairsOfHanCharactersOnly() throws Exception {
    assertEquals(
        java.util.List.of("北京", "京嘉", "嘉会", "医院"),
        Tokens.terms(Analyzers.bigrams(TestData.config()), "北京嘉会 CT 医院"));
  }

  @Test
  void bigramAnalyzerFoldsTraditionalCharacters() throws Exception {
    assertEquals(
        Tokens.terms(Analyzers.bigrams(TestData.config()), "医院门诊"),
        Tokens.terms(Analyzers.bigrams(TestData.config()), "醫院門診"));
  }

  /** The shipped configuration with other Chinese analysis settings. */
  private static IndexConfig withChinese(ChineseAnalysis chinese) {
    IndexConfig c = TestData.config();
    return new IndexConfig(
        c.fields(), new AnalysisConfig(c.analysis().english(), chinese),
        c.ranking(), c.facets(), c.search(), c.snippets(), c.ingest(), c.cleaning(), c.metadata());
  }
}

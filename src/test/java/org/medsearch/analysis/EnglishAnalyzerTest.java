package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.medsearch.analysis.Tokens.terms;
import static org.medsearch.analysis.Tokens.tokens;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.config.IndexConfig.AnalysisConfig;
import org.medsearch.config.IndexConfig.EnglishAnalysis;
import org.medsearch.config.IndexConfig.Stemmer;

class EnglishAnalyzerTest {
  private final Analyzer english = Analyzers.english(TestData.config());

  private static Analyzer englishWith(Stemmer stemmer, boolean stopwords) {
    IndexConfig c = TestData.config();
    IndexConfig changed =
        new IndexConfig(
            c.fields(),
            new AnalysisConfig(new EnglishAnalysis(stemmer, stopwords), c.analysis().chinese()),
            c.ranking(), c.facets(), c.search(), c.snippets(), c.ingest(), c.cleaning(), c.metadata());
    return Analyzers.english(changed);
  }

  @Test
  void possessivesCaseAndPluralsAreFoldedByPorter() {
    assertEquals(List.of("hospit", "stem", "cell"), terms(english, "Hospitals' Stem Cells"));
  }

  @Test
  void offsetsPointAtTheOriginalWords() {
    String text = "Hospitals' Stem Cells";
    assertEquals(
        List.of(new Tokens.Token("hospit", 0, 9), new Tokens.Token("stem", 11, 15), new Tokens.Token("cell", 16, 21)),
        tokens(english, text));
  }

  @Test
  void stopWordsAccentsAndPossessiveSAreRemoved() {
    assertEquals(List.of("patient", "cafe", "hospit"), terms(english, "The patient's café in the hospital"));
  }

  @Test
  void chineseCharactersAreDroppedFromTheEnglishField() {
    assertEquals(List.of("hospit", "clinic"), terms(english, "北京嘉会国际化医院 Hospital 中医 clinic"));
  }

  @Test
  void latinWordGluedToChineseIsKept() {
    assertEquals(List.of("hpv"), terms(english, "适龄女生HPV疫苗"));
  }

  @Test
  void fullWidthLettersFoldToAscii() {
    assertEquals(List.of("ct"), terms(english, "ＣＴ"));
  }

  @Test
  void fullWidthLettersKeepTheirOffsets() {
    assertEquals(List.of(new Tokens.Token("ct", 0, 2), new Tokens.Token("scan", 3, 7)), tokens(english, "ＣＴ scan"));
  }

  @Test
  void numbersAreKept() {
    assertEquals(List.of("256", "slice", "ct"), terms(english, "256-slice CT"));
  }

  @Test
  void kstemIsLighterThanPorter() {
    assertEquals(List.of("hospital", "stem", "cell"), terms(englishWith(Stemmer.KSTEM, true), "Hospitals' Stem Cells"));
  }

  @Test
  void noStemmerKeepsWordsWhole() {
    assertEquals(List.of("hospitals", "stem", "cells"), terms(englishWith(Stemmer.NONE, true), "Hospitals' Stem Cells"));
  }

  @Test
  void stopWordsStayWhenTurnedOff() {
    assertEquals(List.of("the", "hospital"), terms(englishWith(Stemmer.NONE, false), "The hospital"));
  }

  @Test
  void normalizeLowerCasesAndFoldsFullWidthForWildcardTerms() {
    assertEquals("ct", english.normalize("body.en", "ＣＴ").utf8ToString());
  }
}

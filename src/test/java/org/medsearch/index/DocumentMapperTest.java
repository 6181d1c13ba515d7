package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.Language;
import org.medsearch.ingest.Scripts;
import org.medsearch.ingest.SourceDocument;

/**
 * A field gets the empty text instead of a document's text only where its analysis would yield no
 * token: checked against the real analyzers on every character the rules let through, in pairs,
 * and on real text. Every document holds every analysed field, so their norms are dense.
 */
class DocumentMapperTest {
  private static final IndexConfig CONFIG = TestData.config();
  private static final Analyzer ANALYZERS = Analyzers.perField(CONFIG);
  private static final DocumentMapper MAPPER = DocumentMapper.of(CONFIG);

  @Test
  void chineseTextWithoutLatinWordsHasNoEnglishOrSpellingField() throws IOException {
    Document doc = map("北京协和医院简介", "医院始建于1921年。", Language.ZH);
    assertLeftEmpty(doc, Fields.TITLE_EN);
    assertHasText(doc, Fields.BODY_EN, "1921 is a number the English field keeps");
    assertHasText(doc, Fields.TITLE_ZH, "a Han title");
    assertHasText(doc, Fields.TITLE_BIGRAMS, "a Han title");
    assertEquals(1, doc.getFields(Fields.SPELL).length, "only the body holds a word for spelling");
  }

  @Test
  void englishTextHasNoHanFields() throws IOException {
    Document doc = map("Stem cell research", "The hospital’s stem-cell unit opened in 2019 — “a first”.", Language.EN);
    assertHasText(doc, Fields.TITLE_EN, "an English title");
    assertHasText(doc, Fields.BODY_EN, "an English body");
    for (String field : List.of(Fields.TITLE_ZH, Fields.BODY_ZH, Fields.TITLE_BIGRAMS, Fields.BODY_BIGRAMS)) {
      assertLeftEmpty(doc, field);
    }
    assertEquals(2, doc.getFields(Fields.SPELL).length);
  }

  @Test
  void mixedTextKeepsEveryField() throws IOException {
    Document doc = map("干细胞 Stem cells", "干细胞（stem cells）研究。", Language.MIXED);
    for (String field : ANALYSED) {
      assertHasText(doc, field, field);
    }
  }

  @Test
  void aTitleOnlyDocumentStillHoldsEveryAnalysedField() throws IOException {
    Document doc = map("肝功能检查前能吃饭吗", "", Language.ZH);
    for (String field : List.of(Fields.BODY_EN, Fields.BODY_ZH, Fields.BODY_BIGRAMS, Fields.TITLE_EN)) {
      assertLeftEmpty(doc, field);
    }
    assertHasText(doc, Fields.TITLE_ZH, "a Han title");
  }

  @Test
  void latinWordsOfAChineseTextStillReachItsChineseField() throws IOException {
    Document doc = map("HPV", "CT", Language.ZH);
    assertHasText(doc, Fields.TITLE_ZH, "analysis.chinese.latin_words keeps HPV in the Chinese field");
    assertLeftEmpty(doc, Fields.TITLE_BIGRAMS);
    assertEquals(List.of("hpv"), tokens(Fields.TITLE_ZH, "HPV"));
  }

  @Test
  void everyCharacterCountedAsPunctuationYieldsNoWordAloneOrInPairs() throws IOException {
    List<String> punctuation = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (DocumentMapper.isPunctuationOrSpace(cp)) {
        punctuation.add(Character.toString(cp));
      }
    }
    assertTrue(punctuation.size() > 150, "the rule covers ASCII and CJK punctuation: " + punctuation.size());
    StringBuilder pairs = new StringBuilder();
    for (String a : punctuation) {
      assertNoWords(a);
      assertNoWords("医" + a + "院");
      for (String b : punctuation) {
        pairs.append(a).append(b).append('医').append(a).append(' ');
      }
    }
    assertFalse(DocumentMapper.mayHoldSpacedWords(pairs.toString()));
    assertNoWords(pairs.toString());
  }

  @Test
  void everyIdeographYieldsNoEnglishOrSpellingWord() throws IOException {
    StringBuilder han = new StringBuilder();
    int ideographs = 0;
    for (int cp = Scripts.FIRST_HAN; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!DocumentMapper.mayHoldSpacedWords(Character.toString(cp))) {
        ideographs++;
        han.appendCodePoint(cp);
        if (han.length() > 4000) {
          assertNoWords(han.toString());
          han.setLength(0);
        }
      }
    }
    assertNoWords(han.toString());
    assertTrue(ideographs > 90_000, "CJK blocks A-H and the compatibility ideographs: " + ideographs);
    assertTrue(DocumentMapper.mayHoldSpacedWords("々") && DocumentMapper.mayHoldSpacedWords("〇"), "Han, but words to the English tokenizer");
  }

  @Test
  void nothingBelowTheCjkBlocksYieldsAHanToken() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp < Scripts.FIRST_HAN; cp++) {
      if (Character.isSurrogate((char) cp)) {
        continue;
      }
      String one = Character.toString(cp);
      assertFalse(DocumentMapper.mayHoldHan(one));
      assertEquals(List.of(), tokens(Fields.TITLE_BIGRAMS, one), Integer.toHexString(cp));
      assertEquals(List.of(), tokens(Fields.TITLE_ZH, DocumentMapper.hanOnly(one)), Integer.toHexString(cp));
      all.append(one);
    }
    assertEquals(List.of(), tokens(Fields.TITLE_BIGRAMS, all.toString()));
    assertEquals(List.of(), tokens(Fields.TITLE_ZH, DocumentMapper.hanOnly(all.toString())));
  }

  /** Each line of the sample corpus and the seeds: a field the rules leave out would have had no token. */
  @Test
  void realLinesLeftOutOfAFieldHaveNoTokenThere() throws IOException {
    List<String> lines = new ArrayList<>(linesOf(Path.of("src/main/resources/sample-corpus")));
    if (Files.isDirectory(TestData.SEEDS)) {
      lines.addAll(linesOf(TestData.SEEDS));
    }
    int noWords = 0;
    int noHan = 0;
    for (String line : lines) {
      if (!DocumentMapper.mayHoldSpacedWords(line)) {
        noWords++;
        assertNoWords(line);
      }
      if (!DocumentMapper.mayHoldHan(line)) {
        noHan++;
        assertEquals(List.of(), tokens(Fields.BODY_BIGRAMS, line), line);
        assertEquals(List.of(), tokens(Fields.BODY_ZH, DocumentMapper.hanOnly(line)), line);
      }
    }
    assertTrue(noWords > 20 && noHan > 20, "the rules must fire on real text: " + noWords + " Chinese-only, " + noHan + " Latin-only lines");
  }

  private static final List<String> ANALYSED =
      List.of(Fields.TITLE_EN, Fields.TITLE_ZH, Fields.TITLE_BIGRAMS, Fields.BODY_EN, Fields.BODY_ZH, Fields.BODY_BIGRAMS);

  /** The field is there (its norms stay dense), with the empty text its analysis is skipped for. */
  private static void assertLeftEmpty(Document doc, String field) {
    assertNotNull(doc.getField(field), field);
    assertEquals("", doc.getField(field).stringValue(), field);
  }

  private static void assertHasText(Document doc, String field, String why) {
    assertNotNull(doc.getField(field), field);
    assertFalse(doc.getField(field).stringValue().isEmpty(), field + ": " + why);
  }

  private static void assertNoWords(String text) throws IOException {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    assertEquals(List.of(), tokens(Fields.BODY_EN, text), shown);
    assertEquals(List.of(), tokens(Fields.SPELL, text), shown);
  }

  private static Document map(String title, String body, Language language) throws IOException {
    return MAPPER.toDocument(new SourceDocument("t.txt", "t.txt", title, body, language, null, null, null, List.of(), null, "0"));
  }

  private static List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = ANALYZERS.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  private static List<String> linesOf(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".jsonl")) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

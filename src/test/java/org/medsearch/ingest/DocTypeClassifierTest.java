package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig.DocTypeRule;

class DocTypeClassifierTest {
  private static final LocalDate DATE = LocalDate.of(2024, 7, 19);

  private static DocTypeRule rule(String name, List<String> title, List<String> label, List<String> text, boolean requiresDate) {
    return new DocTypeRule(name, title, label, text, requiresDate);
  }

  // ---- rules given literally ------------------------------------------------------------------

  @Test
  void titlePatternMatches() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("report", List.of("annual report"), List.of(), List.of(), false)));
    assertEquals(Optional.of("report"), c.classify("Annual Report 2023", null, "Text.", null));
  }

  @Test
  void labelPatternMatches() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("profile", List.of(), List.of("^about us$"), List.of(), false)));
    assertEquals(Optional.of("profile"), c.classify("Eastbridge General Hospital", "About Us", "Text.", null));
  }

  @Test
  void labelPatternDoesNotMatchADocumentWithoutLabel() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("profile", List.of(), List.of("about"), List.of(), false)));
    assertEquals(Optional.empty(), c.classify("About the hospital", null, "Text.", null));
  }

  @Test
  void textPatternMatchesTheBody() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("report", List.of(), List.of(), List.of("(?m)^1\\. .*\\n2\\. "), false)));
    assertEquals(Optional.of("report"), c.classify("Statement", null, "1. We believe.\n2. We are pleased.", null));
  }

  @Test
  void patternsIgnoreCase() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("report", List.of("annual report"), List.of(), List.of(), false)));
    assertEquals(Optional.of("report"), c.classify("ANNUAL REPORT", null, "Text.", null));
  }

  @Test
  void ruleRequiringADateSkipsAnUndatedDocument() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("news", List.of(), List.of(), List.of(), true)));
    assertEquals(Optional.empty(), c.classify("Conference Held", null, "Text.", null));
  }

  @Test
  void ruleWithoutPatternsMatchesEveryDatedDocument() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("news", List.of(), List.of(), List.of(), true)));
    assertEquals(Optional.of("news"), c.classify("Conference Held", null, "Text.", DATE));
  }

  @Test
  void firstMatchingRuleWins() {
    DocTypeClassifier c =
        new DocTypeClassifier(
            List.of(
                rule("report", List.of("report"), List.of(), List.of(), false),
                rule("news", List.of(), List.of(), List.of(), true)));
    assertEquals(Optional.of("report"), c.classify("Annual Report", null, "Text.", DATE));
  }

  @Test
  void lastRuleWithoutConditionsIsTheFallback() {
    DocTypeClassifier c =
        new DocTypeClassifier(
            List.of(rule("news", List.of(), List.of(), List.of(), true), rule("profile", List.of(), List.of(), List.of(), false)));
    assertEquals(Optional.of("profile"), c.classify("Mingde Clinic", null, "Text.", null));
  }

  @Test
  void noMatchingRuleLeavesTheTypeUnknown() {
    DocTypeClassifier c = new DocTypeClassifier(List.of(rule("report", List.of("report"), List.of(), List.of(), false)));
    assertEquals(Optional.empty(), c.classify("Conference Held", null, "Text.", DATE));
  }

  // ---- the shipped rules, through the whole description of a text ----------------------------

  private static String shippedType(String text) throws IngestException {
    return new Ingestor(TestData.config()).describe("doc.txt", text, "hash").docType();
  }

  @Test
  void shippedRulesCallAnAboutUsPageAProfile() throws IngestException {
    assertEquals("profile", shippedType("About Us\nEastbridge General Hospital\nEastbridge is a 1,200-bed hospital."));
  }

  @Test
  void shippedRulesCallAPageUnderANewsLabelNewsEvenAfterAMenuLabel() throws IngestException {
    assertEquals("news", shippedType("About Us\nNews\nRescue Centre\nThe centre held a drill on November 26."));
  }

  @Test
  void shippedRulesCallADatedPageNews() throws IngestException {
    assertEquals("news", shippedType("Conference Held\nDate:07/19/2024\n\nThe conference was held in Beijing."));
  }

  @Test
  void shippedRulesCallAnAnnualReportAReportThoughItIsDated() throws IngestException {
    assertEquals("report", shippedType("WESTLAKE HOSPITAL\nANNUAL REPORT 2023\nDate of issue: 30 April 2024\n\n1. Message from the Board."));
  }

  @Test
  void shippedRulesCallUndatedNumberedParagraphsAReport() throws IngestException {
    assertEquals("report", shippedType("1. We believe that much was done.\n\n2. We are pleased to see the law.\n\n3. In order to promote it."));
  }

  @Test
  void shippedRulesCallAChineseIntroductionAProfile() throws IngestException {
    assertEquals("profile", shippedType("关于我们\n北京康宁国际医院简介\n\n北京康宁国际医院始建于2009年。"));
  }

  @Test
  void shippedRulesCallAnyOtherUndatedPageAProfile() throws IngestException {
    assertEquals("profile", shippedType("明德中医诊所\nMingde Clinic\n\n明德中医诊所创办于2012年。"));
  }

  // ---- expressions tried at line starts only ----------------------------------------------------

  @Test
  void expressionsAnchoredAtLineStartsAreFoundWhereFindFindsThem() {
    // The configured body rules and harder cases, on random lines with every kind of line break:
    // tried at line starts alone, each answers as find() over the whole text does.
    List<String> patterns =
        List.of(
            "(?m)^(annual|work|progress|financial) report\\b.{0,30}$",
            "(?m)^.{0,30}(年度报告|工作报告|年报)$",
            "(?ms)^1[.、]\\s.*?^2[.、]\\s.*?^3[.、]\\s",
            "(?m)^(?<![a-z])report",
            "(?m)^\\breport\\b",
            "(?m)^$",
            "(?m)^\\nreport", // not between the \r and \n of one line break
            "(?m)^a|report",
            "(?im)^[]a|]report");
    RandomTexts texts = new RandomTexts(3, "annual report", "Work Report of 2023", "年度报告", "本院年报", "1. a\n", "2、 b\n", "3. c\n", "report", "a", "]", "x", " ", "\n", "\r\n", "\r", "\u2028", "\u0085");
    for (String regex : patterns) {
      java.util.regex.Pattern whole = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
      DocTypeClassifier.Expression expression = DocTypeClassifier.Expression.of(regex);
      int found = 0;
      for (int n = 0; n < 20_000; n++) {
        String text = texts.next(11);
        boolean expected = whole.matcher(text).find();
        found += expected ? 1 : 0;
        assertEquals(expected, expression.foundIn(text), () -> regex + " in " + text.replace("\n", "\\n"));
      }
      assertTrue(found > 20 && found < 19_980, regex + " found in " + found + " of 20,000 texts: the texts test nothing");
    }
  }

  @Test
  void onlyExpressionsThatCannotMatchMidLineAreTriedAtLineStarts() {
    assertTrue(DocTypeClassifier.Expression.of("(?m)^.{0,30}(年度报告|工作报告|年报)$").atLineStarts());
    assertTrue(DocTypeClassifier.Expression.of("(?ms)^1[.、]\\s.*?^2").atLineStarts());
    assertTrue(DocTypeClassifier.Expression.of("(?m)^[|]x\\|y").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("(?m)^annual|report").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("(?m)^[]|]|report").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("(?mx)^annual report").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("(?md)^annual report").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("^annual report").atLineStarts());
    assertFalse(DocTypeClassifier.Expression.of("annual report").atLineStarts());
  }
}

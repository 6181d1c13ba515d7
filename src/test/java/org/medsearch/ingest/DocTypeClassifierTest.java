package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

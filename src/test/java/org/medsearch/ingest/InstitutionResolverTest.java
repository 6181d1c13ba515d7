package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.config.Gazetteer;
import org.medsearch.config.Gazetteer.Institution;

class InstitutionResolverTest {
  private static final Gazetteer GAZETTEER =
      new Gazetteer(
          List.of("应急管理部门"),
          List.of(
              new Institution(
                  "北京市卫生健康委员会", List.of("北京市卫健委"), List.of("Beijing Municipal Health Commission"), List.of("北京市卫生局"), List.of()),
              new Institution(
                  "应急总医院",
                  List.of(),
                  List.of("Emergency General Hospital", "China Red Cross Emergency General Hospital"),
                  List.of("煤炭总医院", "Coal General Hospital"),
                  List.of()),
              new Institution("应急管理部", List.of(), List.of("Ministry of Emergency Management"), List.of(), List.of()),
              new Institution("中国红十字会", List.of(), List.of("Red Cross Society of China", "China Red Cross"), List.of(), List.of("RCSC")),
              new Institution("世界卫生组织", List.of("世卫组织"), List.of("World Health Organization"), List.of(), List.of("WHO")),
              new Institution("北京协和医院", List.of(), List.of("Peking Union Medical College Hospital"), List.of(), List.of("PUMCH")),
              new Institution("北京协和医学院", List.of(), List.of("Peking Union Medical College"), List.of(), List.of("PUMC")),
              new Institution("北京儿童医院", List.of(), List.of("Beijing Children's Hospital"), List.of(), List.of())));

  private final InstitutionResolver resolver = new InstitutionResolver(GAZETTEER);

  @Test
  void chineseShortNameResolvesToTheCanonicalName() {
    assertEquals(List.of("北京市卫生健康委员会"), resolver.resolve("北京市卫健委召开全市院前急救工作会议。"));
  }

  @Test
  void canonicalNameItselfIsMatched() {
    assertEquals(List.of("应急管理部"), resolver.resolve("应急管理部副部长出席开幕式"));
  }

  @Test
  void englishNameIsMatchedCaseInsensitively() {
    assertEquals(List.of("北京市卫生健康委员会"), resolver.resolve("From: BEIJING MUNICIPAL health commission"));
  }

  @Test
  void chineseAndEnglishNamesResolveToOneEntity() {
    assertEquals(List.of("北京市卫生健康委员会"), resolver.resolve("北京市卫健委 (Beijing Municipal Health Commission)"));
  }

  @Test
  void chineseFormerNameResolvesToTheCurrentInstitution() {
    assertEquals(List.of("应急总医院"), resolver.resolve("原煤炭总医院始建于1993年"));
  }

  @Test
  void englishFormerNameResolvesToTheCurrentInstitution() {
    assertEquals(List.of("应急总医院"), resolver.resolve("The Coal General Hospital was renamed in 2018."));
  }

  @Test
  void abbreviationIsMatched() {
    assertEquals(List.of("世界卫生组织"), resolver.resolve("registered with the WHO clinical trial registry"));
  }

  @Test
  void abbreviationInLowerCaseIsAnOrdinaryWord() {
    assertEquals(List.of(), resolver.resolve("Doctors who work nights"));
  }

  @Test
  void abbreviationInsideALongerWordIsNotMatched() {
    assertEquals(List.of(), resolver.resolve("WHOLESALE PRICES"));
  }

  @Test
  void abbreviationBesideChineseCharactersIsMatched() {
    assertEquals(List.of("世界卫生组织"), resolver.resolve("通过WHO认证"));
  }

  @Test
  void englishNameInsideALongerWordIsNotMatched() {
    assertEquals(List.of(), resolver.resolve("Emergency General Hospitality Services"));
  }

  @Test
  void longestEnglishNameWins() {
    assertEquals(List.of("北京协和医院"), resolver.resolve("Peking Union Medical College Hospital"));
  }

  @Test
  void longerNameOfAnotherInstitutionHidesTheNameInsideIt() {
    assertEquals(List.of("应急总医院"), resolver.resolve("the China Red Cross Emergency General Hospital"));
  }

  @Test
  void shorterNameAloneStillMatches() {
    assertEquals(List.of("北京协和医学院"), resolver.resolve("a teaching hospital of Peking Union Medical College."));
  }

  @Test
  void traditionalChineseMatchesSimplifiedNames() {
    assertEquals(List.of("世界卫生组织", "北京市卫生健康委员会"), resolver.resolve("北京市衛健委與世衛組織合作"));
  }

  @Test
  void fullWidthLettersMatchAbbreviations() {
    assertEquals(List.of("世界卫生组织"), resolver.resolve("ＷＨＯ建议"));
  }

  @Test
  void typographicApostropheMatchesAStraightOne() {
    assertEquals(List.of("北京儿童医院"), resolver.resolve("Beijing Children\u2019s Hospital"));
  }

  @Test
  void chineseNameBrokenAcrossLinesIsMatched() {
    assertEquals(List.of("北京市卫生健康委员会"), resolver.resolve("北京市卫\n健委"));
  }

  @Test
  void englishNameBrokenAcrossLinesIsMatched() {
    assertEquals(List.of("北京市卫生健康委员会"), resolver.resolve("the Beijing Municipal\n\nHealth Commission"));
  }

  @Test
  void ignoredPhraseHidesTheNameInsideIt() {
    assertEquals(List.of(), resolver.resolve("各级应急管理部门要加强值守"));
  }

  @Test
  void textWithoutAnyNameGivesNothing() {
    assertEquals(List.of(), resolver.resolve("Eastbridge General Hospital serves Lianhe City."));
  }

  @Test
  void resultIsSortedAndDistinct() {
    assertEquals(
        List.of("世界卫生组织", "中国红十字会"),
        resolver.resolve("WHO and RCSC; 世界卫生组织与Red Cross Society of China; WHO again"));
  }

  @Test
  void normalizedTextIsFoldedWithSpacesCollapsedAndNoneBetweenHan() {
    // The one-pass normalisation against the rule written as separate passes, on random text of
    // Han (one of them beyond the BMP), Traditional, full-width, quotes and every kind of space.
    RandomTexts texts =
        new RandomTexts(11, "a", "W", "中", "醫", "\uD840\uDC00", "Ｗ", "\u2019", "\u2018", "'", " ", "  ", "\n", "\t", "\u00A0", "\u3000", "\u2003", ".", "1");
    for (int n = 0; n < 20_000; n++) {
      String text = texts.next(9);
      String folded = org.medsearch.analysis.CharacterFolding.fold(text).replace('\u2019', '\'').replace('\u2018', '\'');
      String expected = withoutSpacesBetweenHan(TextCleaner.normalizeSpace(folded));
      assertEquals(expected, new String(InstitutionResolver.normalize(text)).strip(), text);
    }
  }

  @Test
  void nameAtTheVeryEndOfTheTextIsMatched() {
    assertEquals(List.of("世界卫生组织"), resolver.resolve("registered with the WHO"));
    assertEquals(List.of("北京协和医院"), resolver.resolve("PUMCH"));
  }

  private static String withoutSpacesBetweenHan(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      boolean betweenHan =
          text.charAt(i) == ' ' && i > 0 && i + 1 < text.length()
              && Character.UnicodeScript.of(text.codePointBefore(i)) == Character.UnicodeScript.HAN
              && Character.UnicodeScript.of(text.codePointAt(i + 1)) == Character.UnicodeScript.HAN;
      if (!betweenHan) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}

package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void simplifiedChineseIsZh() {
    assertEquals(Language.ZH, LanguageDetector.detect("北京嘉会国际化医院一期项目启动 打造京城国际化智慧医院标杆"));
  }

  @Test
  void traditionalChineseIsZh() {
    assertEquals(Language.ZH, LanguageDetector.detect("港灣聯合醫院新專科門診大樓啟用 增設糖尿病綜合護理中心"));
  }

  @Test
  void englishIsEn() {
    assertEquals(Language.EN, LanguageDetector.detect("Emergency General Hospital is a public welfare institution."));
  }

  @Test
  void chineseWithOneAcronymIsStillZh() {
    assertEquals(Language.ZH, LanguageDetector.detect("北京康宁国际医院始建于2009年，是一所非营利性三级综合医院，拥有256排CT。"));
  }

  @Test
  void englishWithOneChineseTermIsStillEn() {
    assertEquals(
        Language.EN,
        LanguageDetector.detect("Patients may be referred to the 中医 clinic on the fourth floor of the outpatient building."));
  }

  @Test
  void parallelChineseAndEnglishIsMixed() {
    assertEquals(Language.MIXED, LanguageDetector.detect("青岛海澄国际医院 Qingdao Haicheng International Hospital"));
  }

  @Test
  void textWithoutLettersCountsAsEn() {
    assertEquals(Language.EN, LanguageDetector.detect("2024-09-10 12:00"));
  }

  @Test
  void languageCodesAreLowerCase() {
    assertEquals("zh", Language.ZH.code());
    assertEquals("en", Language.EN.code());
    assertEquals("mixed", Language.MIXED.code());
  }
}

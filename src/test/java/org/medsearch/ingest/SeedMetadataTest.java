package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;

/** The type and institutions a person would write down for each public seed (skipped when the seeds are absent). */
class SeedMetadataTest {
  private final Ingestor ingestor = new Ingestor(TestData.config());

  private SourceDocument seed(String number) throws IngestException {
    Path path = TestData.seed(number);
    return ingestor.ingest(new SourceFile(path.getFileName().toString(), path)).page();
  }

  private static void assertNamesAll(SourceDocument doc, List<String> expected) {
    assertTrue(doc.institutions().containsAll(expected), () -> "expected " + expected + " in " + doc.institutions());
  }

  private static void assertNamesNone(SourceDocument doc, List<String> unexpected) {
    assertTrue(unexpected.stream().noneMatch(doc.institutions()::contains), () -> "none of " + unexpected + " expected in " + doc.institutions());
  }

  @Test
  void seed000AboutUsPageIsAProfile() throws IngestException {
    assertEquals("profile", seed("000").docType());
  }

  @Test
  void seed000NamesTheHospitalItsMinistryAndTheRedCross() throws IngestException {
    assertNamesAll(
        seed("000"),
        List.of("应急总医院", "应急管理部", "中国红十字会", "红十字国际委员会", "红十字会与红新月会国际联合会", "国家卫生健康委员会", "北京市卫生健康委员会"));
  }

  @Test
  void seed000NamesItsAcademicPartners() throws IngestException {
    assertNamesAll(
        seed("000"), List.of("北京协和医学院", "华北理工大学", "中国人民解放军总医院", "天津大学", "国家中医药管理局", "四川省人民医院"));
  }

  @Test
  void seed000DoesNotNameInstitutionsItNeverMentions() throws IngestException {
    assertNamesNone(seed("000"), List.of("北京市红十字会", "世界卫生组织", "武警总医院", "北京协和医院"));
  }

  @Test
  void seed001IsNews() throws IngestException {
    assertEquals("news", seed("001").docType());
  }

  @Test
  void seed001NamesOnlyItsPublisherTheBeijingHealthCommission() throws IngestException {
    assertEquals(List.of("北京市卫生健康委员会"), seed("001").institutions());
  }

  @Test
  void seed002IsNews() throws IngestException {
    assertEquals("news", seed("002").docType());
  }

  @Test
  void seed002NamesTheJiahuiHospitalsAndTheirPartners() throws IngestException {
    assertNamesAll(seed("002"), List.of("北京嘉会国际化医院", "上海嘉会国际医院", "嘉会医疗", "麻省总医院", "哈佛医学院", "清华大学"));
  }

  @Test
  void seed002SidebarHeadlineIsNotTakenForAHospital() throws IngestException {
    // "北京和睦家骨科" in the related-news list is a department, not 北京和睦家医院 by name.
    assertNamesNone(seed("002"), List.of("北京和睦家医院", "北京大学", "中国红十字会"));
  }

  @Test
  void seed003AboutUsPageIsAProfile() throws IngestException {
    assertEquals("profile", seed("003").docType());
  }

  @Test
  void seed003NamesTheArmedPoliceHospitalAndItsCoFounders() throws IngestException {
    assertNamesAll(seed("003"), List.of("武警总医院", "北京天坛医院", "北京市神经外科研究所", "中国医学科学院", "世界卫生组织"));
  }

  @Test
  void seed003DoesNotNameThePlaGeneralHospital() throws IngestException {
    assertNamesNone(seed("003"), List.of("中国人民解放军总医院", "应急总医院"));
  }

  @Test
  void seed004NumberedStatementIsAReport() throws IngestException {
    assertEquals("report", seed("004").docType());
  }

  @Test
  void seed004NamesTheBeijingRedCross() throws IngestException {
    assertNamesAll(seed("004"), List.of("北京市红十字会", "国务院"));
  }

  @Test
  void seed004RedCrossEmergencyCentreIsNotTheCityAmbulanceService() throws IngestException {
    // "Beijing Red Cross emergency center" is the Red Cross's own service, not 北京急救中心.
    assertNamesNone(seed("004"), List.of("北京急救中心", "红十字国际委员会", "应急总医院"));
  }
}

package org.medsearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.Gazetteer.Institution;

/** The gazetteer file and the document type rules: read, resolved and validated with the config. */
class GazetteerConfigTest {
  @TempDir Path dir;

  private static final String SHIPPED_YAML = read(Path.of("index-config", "index.yaml"));

  // ---- the shipped gazetteer and rules --------------------------------------------------------

  @Test
  void shippedGazetteerKnowsTheEmergencyGeneralHospitalByItsFormerName() {
    Institution hospital = institution(TestData.config(), "应急总医院");
    assertTrue(hospital.formerNames().contains("煤炭总医院"), hospital.toString());
    assertTrue(hospital.namesEn().contains("Red Cross Emergency General Hospital of China"), hospital.toString());
  }

  @Test
  void shippedGazetteerKeepsAbbreviationsApart() {
    Institution who = institution(TestData.config(), "世界卫生组织");
    assertEquals(List.of("WHO"), who.abbreviations());
  }

  @Test
  void bundledGazetteerIsTheShippedOne() {
    assertEquals(TestData.config().metadata().institutions(), ConfigLoader.loadBundled().metadata().institutions());
  }

  @Test
  void shippedDocTypeRulesEndWithAFallback() {
    IndexConfig.DocTypeRule last = TestData.config().metadata().docTypes().getLast();
    assertEquals(new IndexConfig.DocTypeRule("profile", List.of(), List.of(), List.of(), false), last);
  }

  // ---- resolving the gazetteer file -----------------------------------------------------------

  @Test
  void gazetteerIsReadFromTheConfigFolder() {
    IndexConfig config = load("entities:\n  - name: 北京协和医院\n    abbreviations: [PUMCH]\n");
    assertEquals(
        List.of(new Institution("北京协和医院", List.of(), List.of(), List.of(), List.of("PUMCH"))),
        config.metadata().institutions().entities());
  }

  @Test
  void gazetteerInASubfolderIsResolvedAgainstTheConfigFolder() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/names.yaml"), "entities:\n  - name: 清华大学\n");
    Files.copy(Path.of("index-config", "glossary.tsv"), dir.resolve("glossary.tsv"));
    Files.writeString(dir.resolve("index.yaml"), SHIPPED_YAML.replace("institutions: institutions.yaml", "institutions: data/names.yaml"));
    assertEquals("清华大学", ConfigLoader.load(dir).metadata().institutions().entities().getFirst().name());
  }

  @Test
  void missingGazetteerFileIsNamedWithTheKeyThatNamesIt() throws IOException {
    Files.writeString(dir.resolve("index.yaml"), SHIPPED_YAML);
    String message = errorOf(() -> ConfigLoader.load(dir));
    assertContains(message, "metadata.institutions: " + dir.resolve("institutions.yaml") + ": no such file");
  }

  @Test
  void gazetteerKeyThatIsNotAFileNameIsRejected() throws IOException {
    Files.writeString(dir.resolve("index.yaml"), SHIPPED_YAML.replace("institutions: institutions.yaml", "institutions: [a, b]"));
    assertContains(errorOf(() -> ConfigLoader.load(dir)), "metadata.institutions: must name the gazetteer file");
  }

  // ---- gazetteer errors name the gazetteer file and the key -----------------------------------

  @Test
  void entityWithoutNameIsNamedByIndex() {
    String message = errorOf(() -> load("entities:\n  - name: 清华大学\n  - names_en: [Tianjin University]\n"));
    assertContains(message, "institutions.yaml: entities[1].name: missing");
  }

  @Test
  void errorStartsWithTheGazetteerPath() {
    String message = errorOf(() -> load("entities:\n  - names_en: [Tianjin University]\n"));
    assertTrue(message.startsWith(dir.resolve("institutions.yaml").toString() + ": "), message);
  }

  @Test
  void blankNameInAListIsNamedByIndex() {
    String message = errorOf(() -> load("entities:\n  - name: 清华大学\n    names_en: [Tsinghua University, \"  \"]\n"));
    assertContains(message, "entities[0].names_en[1]: blank");
  }

  @Test
  void nameGivenToTwoInstitutionsIsRejected() {
    String yaml = "entities:\n  - name: 北京协和医院\n    names_en: [PUMC Hospital]\n  - name: 北京协和医学院\n    names_en: [pumc hospital]\n";
    assertContains(errorOf(() -> load(yaml)), "entities[1].names_en[0]: 'pumc hospital' is already entities[0].names_en[0] (北京协和医院)");
  }

  @Test
  void canonicalNameListedTwiceIsRejected() {
    assertContains(errorOf(() -> load("entities:\n  - name: 清华大学\n  - name: 清华大学\n")), "entities[1].name: '清华大学' is already entities[0].name");
  }

  @Test
  void ignoredPhraseThatIsAlsoANameIsRejected() {
    assertContains(errorOf(() -> load("ignore: [清华大学]\nentities:\n  - name: 清华大学\n")), "entities[0].name: '清华大学' is already ignore[0]");
  }

  @Test
  void unknownGazetteerKeyIsNamedWithItsPath() {
    assertContains(errorOf(() -> load("entities:\n  - name: 清华大学\n    names_fr: [Université Tsinghua]\n")), "unknown key 'entities[0].names_fr'");
  }

  @Test
  void nameListGivenAsOneStringIsATypeError() {
    assertContains(errorOf(() -> load("entities:\n  - name: 清华大学\n    names_en: Tsinghua University\n")), "key 'entities[0].names_en'");
  }

  @Test
  void emptyGazetteerFileSaysSo() {
    assertContains(errorOf(() -> load("")), "institutions.yaml: the file is empty");
  }

  // ---- document type rules --------------------------------------------------------------------

  @Test
  void docTypeRuleWithoutNameIsNamedByIndex() {
    String yaml = SHIPPED_YAML.replace("    - name: report                 # reports named", "    - name: \"\"                 # reports named");
    assertContains(errorOf(() -> loadIndexYaml(yaml)), "metadata.doc_types[0].name: missing");
  }

  @Test
  void invalidDocTypePatternIsNamedByIndex() {
    String yaml = SHIPPED_YAML.replace("label: ['^(news|", "label: ['^((news|");
    assertContains(errorOf(() -> loadIndexYaml(yaml)), "metadata.doc_types[1].label[0]: not a valid regular expression");
  }

  @Test
  void misspeltDocTypeKeyIsNamedAsUnknown() {
    String yaml = SHIPPED_YAML.replace("      requires_date: true", "      requires_dates: true");
    assertContains(errorOf(() -> loadIndexYaml(yaml)), "unknown key 'metadata.doc_types[3].requires_dates'");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The shipped index.yaml beside a gazetteer holding {@code gazetteer}. */
  private IndexConfig load(String gazetteer) {
    try {
      Files.writeString(dir.resolve("institutions.yaml"), gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loadIndexYaml(SHIPPED_YAML);
  }

  /** {@code yaml} as index.yaml beside the shipped gazetteer (unless a test wrote its own). */
  private IndexConfig loadIndexYaml(String yaml) {
    try {
      Files.writeString(dir.resolve("index.yaml"), yaml);
      if (!Files.exists(dir.resolve("glossary.tsv"))) {
        Files.copy(Path.of("index-config", "glossary.tsv"), dir.resolve("glossary.tsv"));
      }
      if (!Files.exists(dir.resolve("institutions.yaml"))) {
        Files.copy(Path.of("index-config", "institutions.yaml"), dir.resolve("institutions.yaml"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ConfigLoader.load(dir);
  }

  private static Institution institution(IndexConfig config, String name) {
    return config.metadata().institutions().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String errorOf(org.junit.jupiter.api.function.Executable load) {
    return assertThrows(ConfigException.class, load).getMessage();
  }

  private static void assertContains(String actual, String expected) {
    assertTrue(actual.contains(expected), () -> "expected a message containing\n  " + expected + "\nbut was\n  " + actual);
  }
}

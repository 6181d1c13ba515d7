package org.medsearch.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig.FieldConfig;
import org.medsearch.config.IndexConfig.Operator;
import org.medsearch.config.IndexConfig.Stemmer;

class ConfigLoaderTest {

  // ---- the shipped configuration -------------------------------------------------------------

  @Test
  void shippedConfigHasTheDocumentedFieldBoosts() {
    IndexConfig config = TestData.config();
    assertEquals(Map.of("title", new FieldConfig(3.0f), "body", new FieldConfig(1.0f)), config.fields());
  }

  @Test
  void shippedConfigAnalysesEnglishWithPorterAndStopwordsAndFoldsTraditionalChinese() {
    IndexConfig config = TestData.config();
    assertEquals(Stemmer.PORTER, config.analysis().english().stemmer());
    assertTrue(config.analysis().english().stopwords());
    assertTrue(config.analysis().chinese().traditionalToSimplified());
  }

  @Test
  void shippedConfigHasStandardBm25Parameters() {
    IndexConfig config = TestData.config();
    assertEquals(1.2f, config.ranking().bm25K1());
    assertEquals(0.75f, config.ranking().bm25B());
  }

  @Test
  void shippedConfigFacetsOnLanguageYearSourceTypeAndInstitution() {
    IndexConfig config = TestData.config();
    assertEquals(
        List.of(
            new IndexConfig.FacetConfig("language", "Language"),
            new IndexConfig.FacetConfig("year", "Year"),
            new IndexConfig.FacetConfig("source", "Source"),
            new IndexConfig.FacetConfig("doc_type", "Type"),
            new IndexConfig.FacetConfig("institution", "Institution")),
        config.facets());
  }

  @Test
  void shippedConfigSearchAndSnippetLimits() {
    IndexConfig config = TestData.config();
    IndexConfig.SearchConfig search = config.search();
    assertEquals(Operator.OR, search.defaultOperator());
    assertEquals("3<1", search.minimumShouldMatch());
    assertEquals(List.of(10, 100, 10000), List.of(search.defaultPageSize(), search.maxPageSize(), search.maxResultWindow()));
    assertEquals(List.of("glossary.tsv"), search.glossaryFiles());
    assertTrue(search.glossary().contains(new IndexConfig.GlossaryPair("stem cell", "干细胞")), "glossary.tsv is inlined");
    assertEquals(new IndexConfig.SnippetConfig(2, 160, 10), config.snippets());
  }

  @Test
  void shippedConfigIngestsEverySupportedFormatUpToTenMebibytes() {
    IndexConfig config = TestData.config();
    assertEquals(
        new IndexConfig.IngestConfig(
            List.of("txt", "md", "html", "htm", "pdf", "doc", "docx", "jsonl"),
            10_485_760L,
            new IndexConfig.JsonLinesConfig("id", "title", "text", "date", "source")),
        config.ingest());
  }

  @Test
  void shippedConfigCleaningRules() {
    IndexConfig.CleaningConfig cleaning = TestData.config().cleaning();
    assertTrue(cleaning.dropLines().contains("请输入关键字"));
    assertTrue(cleaning.dropLines().contains("Navigation"));
    assertEquals(4, cleaning.dropPatterns().size());
    assertEquals("^\\d{1,4}$", cleaning.dropPatterns().get(1));
    assertTrue(cleaning.collapseRepeatedLines());
    assertTrue(cleaning.sectionLabels().contains("About Us"));
    assertTrue(cleaning.sectionLabels().contains("医院概况 Hospital Overview"));
  }

  @Test
  void shippedConfigMetadataRules() {
    IndexConfig.MetadataConfig metadata = TestData.config().metadata();
    assertEquals(6, metadata.headerLines());
    assertEquals(120, metadata.maxTitleChars());
    assertTrue(metadata.dateLabels().containsAll(List.of("Date", "Date of issue", "发布时间", "發佈日期")));
    assertTrue(metadata.sourceLabels().containsAll(List.of("From", "来源", "發佈者")));
    assertTrue(metadata.ignoredLabels().contains("责任编辑"));
    assertEquals(List.of("网", "報", "报", "日报", "新闻网", "电视台", "通讯社", "杂志"), metadata.outletSuffixes());
  }

  @Test
  void bundledConfigIsTheShippedConfig() {
    assertEquals(TestData.config(), ConfigLoader.loadBundled());
  }

  @Test
  void loadReadsIndexYamlFromTheGivenFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.yaml"), withLine("  bm25_k1: 1.2", "  bm25_k1: 2.0"));
    Files.copy(Path.of("index-config", "institutions.yaml"), dir.resolve("institutions.yaml"));
    Files.copy(Path.of("index-config", "glossary.tsv"), dir.resolve("glossary.tsv"));
    assertEquals(2.0f, ConfigLoader.load(dir).ranking().bm25K1());
  }

  @Test
  void loadFromAFolderWithoutIndexYamlNamesTheMissingFile(@TempDir Path dir) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    assertContains(e.getMessage(), dir.resolve("index.yaml").toString());
    assertContains(e.getMessage(), "no such config file");
  }

  @Test
  void parseAcceptsTheShippedYamlUnchanged() throws IOException {
    assertEquals(TestData.config(), parse(shippedYaml()));
  }

  @Test
  void errorMessagesStartWithTheOrigin() {
    assertTrue(errorOf(withLine("  bm25_b: 0.75", "  bm25_b: 2")).startsWith("test.yaml: "));
  }

  // ---- unknown keys ---------------------------------------------------------------------------

  @Test
  void extraUnknownKeyIsNamedWithItsPath() {
    String yaml = withLine("    boost: 3.0", "    boost: 3.0\n    bost: 3.0");
    assertContains(errorOf(yaml), "unknown key 'fields.title.bost'");
  }

  @Test
  void unknownTopLevelSectionIsNamed() {
    String yaml = shippedYaml() + "\nrankng:\n  bm25_k1: 1.2\n";
    assertContains(errorOf(yaml), "unknown key 'rankng'");
  }

  @Test
  void unknownKeyMessageListsTheKnownKeysInSnakeCase() {
    String yaml = withLine("  bm25_b: 0.75", "  bm25_b: 0.75\n  bm25_c: 1");
    String message = errorOf(yaml);
    assertContains(message, "unknown key 'ranking.bm25_c'");
    assertContains(message, "known keys: bm25_b, bm25_k1");
  }

  @Test
  void misspeltRequiredKeyIsNamedAsUnknown() {
    String yaml = withLine("    boost: 3.0", "    bost: 3.0");
    assertContains(errorOf(yaml), "unknown key 'fields.title.bost'");
  }

  @Test
  void unknownTextFieldIsRejected() {
    String yaml = withLine("  body:\n    boost: 1.0", "  body:\n    boost: 1.0\n  summary:\n    boost: 1.0");
    assertContains(errorOf(yaml), "fields.summary: unknown field (known: body, title)");
  }

  // ---- wrong types ----------------------------------------------------------------------------

  @Test
  void textBoostIsATypeErrorNamingTheKey() {
    String message = errorOf(withLine("    boost: 3.0", "    boost: \"high\""));
    assertContains(message, "key 'fields.title.boost'");
    assertContains(message, "high");
  }

  @Test
  void quotedYesForABooleanIsATypeErrorNamingTheKey() {
    assertContains(errorOf(withLine("    stopwords: true", "    stopwords: \"yes\"")), "key 'analysis.english.stopwords'");
  }

  @Test
  void asidesAsTextMustBeABooleanAndIsRequired() {
    assertContains(errorOf(withLine("  asides_as_text: true", "  asides_as_text: \"yes\"")), "key 'search.asides_as_text'");
    assertContains(errorOf(withLine("  asides_as_text: true\n", "")), "search.asides_as_text");
  }

  @Test
  void unknownStemmerIsATypeErrorNamingTheKey() {
    String message = errorOf(withLine("    stemmer: porter          # porter | kstem | minimal | none", "    stemmer: snowball"));
    assertContains(message, "key 'analysis.english.stemmer'");
    assertContains(message, "snowball");
  }

  @Test
  void stemmerNameIsCaseInsensitive() throws IOException {
    String yaml = withLine("    stemmer: porter          # porter | kstem | minimal | none", "    stemmer: KStem");
    assertEquals(Stemmer.KSTEM, parse(yaml).analysis().english().stemmer());
  }

  @Test
  void emptyBoostIsAnErrorNamingTheKey() {
    assertContains(errorOf(withLine("    boost: 3.0", "    boost:")), "key 'fields.title.boost'");
  }

  @Test
  void listWhereAMapBelongsNamesTheKey() {
    String yaml = withLine("fields:\n  title:\n    boost: 3.0\n  body:\n    boost: 1.0\n", "fields: [title, body]\n");
    assertContains(errorOf(yaml), "key 'fields'");
  }

  @Test
  void brokenYamlIsReportedAsNotValidYaml() {
    assertContains(errorOf("fields: @title\n"), "not valid YAML");
  }

  // ---- out-of-range values --------------------------------------------------------------------

  @Test
  void negativeBoostNamesTheKey() {
    assertContains(errorOf(withLine("    boost: 3.0", "    boost: -1")), "fields.title.boost: must be > 0, got -1.0");
  }

  @Test
  void zeroBodyBoostNamesTheKey() {
    assertContains(errorOf(withLine("    boost: 1.0", "    boost: 0")), "fields.body.boost: must be > 0");
  }

  @Test
  void bm25BAboveOneNamesTheKey() {
    assertContains(errorOf(withLine("  bm25_b: 0.75", "  bm25_b: 2")), "ranking.bm25_b: must be within 0..1, got 2.0");
  }

  @Test
  void bm25K1AboveThreeNamesTheKey() {
    assertContains(errorOf(withLine("  bm25_k1: 1.2", "  bm25_k1: 3.5")), "ranking.bm25_k1: must be within 0..3");
  }

  @Test
  void negativeSpellingCorrectionsMinWordsNamesTheKey() {
    String yaml = withLine("  spelling_corrections_min_words: 4", "  spelling_corrections_min_words: -1");
    assertContains(errorOf(yaml), "search.spelling_corrections_min_words: must be >= 0 (0: off), got -1");
  }

  @Test
  void negativeCutoffFrequencyNamesTheKey() {
    String yaml = withLine("  cutoff_frequency: 0.01", "  cutoff_frequency: -0.5");
    assertContains(errorOf(yaml), "search.cutoff_frequency: must be >= 0");
  }

  @Test
  void negativeCutoffMinDocumentsNamesTheKey() {
    String yaml = withLine("  cutoff_min_documents: 1000", "  cutoff_min_documents: -1");
    assertContains(errorOf(yaml), "search.cutoff_min_documents: must be >= 0, got -1");
  }

  @Test
  void negativeMaxQuestionWordsNamesTheKey() {
    String yaml = withLine("  max_question_words: 15", "  max_question_words: -2");
    assertContains(errorOf(yaml), "search.max_question_words: must be >= 0 (0: no limit), got -2");
  }

  @Test
  void phraseMaxWordsMustBeANonNegativeNumberAndIsRequired() {
    String line = "  phrase_max_words: 4";
    assertContains(errorOf(withLine(line, "  phrase_max_words: -1")), "search.phrase_max_words: must be >= 0 (0: no limit), got -1");
    assertContains(errorOf(withLine(line + "\n", "")), "search.phrase_max_words");
  }

  @Test
  void malformedSegmentMinimumShouldMatchNamesTheKey() {
    String yaml = withLine("  segment_minimum_should_match: \"1\"", "  segment_minimum_should_match: \"most\"");
    assertContains(errorOf(yaml), "search.segment_minimum_should_match: ");
  }

  @Test
  void maxPageSizeZeroNamesTheKey() {
    String yaml = withLine("  max_page_size: 100", "  max_page_size: 0");
    assertContains(errorOf(yaml), "search.max_page_size: must be within 1..1000, got 0");
  }

  @Test
  void defaultPageSizeAboveMaxPageSizeNamesTheKey() {
    String yaml = withLine("  default_page_size: 10", "  default_page_size: 101");
    assertContains(errorOf(yaml), "search.default_page_size: must be within 1..max_page_size, got 101");
  }

  @Test
  void snippetCountZeroNamesTheKey() {
    String yaml = withLine("  count: 2                   # passages per hit", "  count: 0");
    assertContains(errorOf(yaml), "snippets.count: must be within 1..10, got 0");
  }

  @Test
  void zeroMaxFileBytesNamesTheKey() {
    String yaml = withLine("  max_file_bytes: 10485760   # larger files are skipped with a message", "  max_file_bytes: 0");
    assertContains(errorOf(yaml), "ingest.max_file_bytes: must be > 0, got 0");
  }

  @Test
  void emptyExtensionListNamesTheKey() {
    assertContains(
        errorOf(withLine("  extensions: [txt, md, html, htm, pdf, doc, docx, jsonl]", "  extensions: []")),
        "ingest.extensions: must list at least one");
  }

  @Test
  void blankJsonLinesFieldNamesTheKey() {
    String yaml = withLine("text: text,", "text: '',");
    assertContains(errorOf(yaml), "ingest.jsonl.text: missing (the JSON field holding the text)");
  }

  @Test
  void missingJsonLinesFieldNamesTheKey() {
    String yaml = withLine(", source: source}", "}");
    assertContains(errorOf(yaml), "ingest.jsonl");
    assertContains(errorOf(yaml), "'source'");
  }

  @Test
  void headerLinesZeroNamesTheKey() {
    String yaml = withLine("  header_lines: 6            # title, date and source are looked for in the first N content lines", "  header_lines: 0");
    assertContains(errorOf(yaml), "metadata.header_lines: must be >= 1, got 0");
  }

  @Test
  void searchLimitsAreValidatedByKey() {
    assertContains(
        errorOf(withLine("  timeout_ms: 1000", "  timeout_ms: 0")), "search.timeout_ms: must be >= 1, got 0");
    assertContains(
        errorOf(withLine("  max_query_chars: 1000", "  max_query_chars: 5")),
        "search.max_query_chars: must be within 10..100000, got 5");
    assertContains(
        errorOf(withLine("  max_clauses: 1024", "  max_clauses: 0")), "search.max_clauses: must be within 16..65536, got 0");
  }

  @Test
  void shippedSearchLimits() throws IOException {
    IndexConfig.SearchConfig search = parse(shippedYaml()).search();
    assertEquals(1000, search.maxQueryChars());
    assertEquals(1024, search.maxClauses());
    assertEquals(1000, search.timeoutMs());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String yaml = withLine("  bm25_b: 0.75", "  bm25_b: 2").replace("    boost: 3.0", "    boost: -1");
    String message = errorOf(yaml);
    assertContains(message, "fields.title.boost");
    assertContains(message, "ranking.bm25_b");
  }

  // ---- cleaning patterns ----------------------------------------------------------------------

  @Test
  void invalidDropPatternNamesItsIndex() {
    String yaml = withLine("    - '^(首页|Home)\\s*[>›»/].*'", "    - '^(首页'");
    assertContains(errorOf(yaml), "cleaning.drop_patterns[0]: not a valid regular expression");
  }

  @Test
  void invalidSecondDropPatternNamesIndexOne() {
    String yaml = withLine("    - '^\\d{1,4}$'", "    - '^\\d{1,4$['");
    assertContains(errorOf(yaml), "cleaning.drop_patterns[1]");
  }

  // ---- facets ---------------------------------------------------------------------------------

  @Test
  void facetOnANonFacetableFieldIsRejected() {
    String yaml = withLine("  - name: language", "  - name: title");
    assertContains(errorOf(yaml), "facets[0].name: 'title' is not a facetable field (known: language, year, source, doc_type, institution)");
  }

  @Test
  void facetListedTwiceIsRejected() {
    String yaml = withLine("  - name: year", "  - name: language");
    assertContains(errorOf(yaml), "facets[1].name: 'language' is listed twice");
  }

  @Test
  void facetNamedLikeAQueryParameterIsRejectedAsReserved() {
    String yaml = withLine("  - name: year", "  - name: page");
    assertContains(errorOf(yaml), "facets[1].name: 'page' is a reserved parameter name");
  }

  @Test
  void facetWithBlankLabelIsRejected() {
    String yaml = withLine("    label: Year", "    label: \"\"");
    assertContains(errorOf(yaml), "facets[1].label: missing");
  }

  @Test
  void facetWithoutLabelNamesTheKey() {
    String yaml = withLine("    label: Year\n", "");
    assertContains(errorOf(yaml), "facets[1].label");
  }

  @Test
  void noFacetsAtAllIsAllowed() throws IOException {
    String yaml =
        withLine(
            "  - name: language\n    label: Language\n  - name: year\n    label: Year\n  - name: source\n    label: Source\n"
                + "  - name: doc_type\n    label: Type\n  - name: institution\n    label: Institution\n",
            "  []\n");
    assertEquals(List.of(), parse(yaml).facets());
  }

  // ---- empty file, missing sections -----------------------------------------------------------

  @Test
  void emptyFileSaysTheFileIsEmpty() {
    assertContains(errorOf(""), "the file is empty");
  }

  @Test
  void emptyFileIsAConfigException() {
    assertThrows(ConfigException.class, () -> parse(""));
  }

  @Test
  void fileWithOnlyCommentsIsAConfigException() {
    assertThrows(ConfigException.class, () -> parse("# nothing configured yet\n"));
  }

  @Test
  void missingSectionIsNamed() {
    String yaml = withLine("ranking:\n  bm25_k1: 1.2\n  bm25_b: 0.75\n", "");
    String message = errorOf(yaml);
    assertContains(message, "'ranking'");
    assertContains(message.toLowerCase(java.util.Locale.ROOT), "missing");
  }

  @Test
  void missingKeyInsideASectionIsNamedWithItsPath() {
    assertContains(errorOf(withLine("  bm25_b: 0.75\n", "")), "ranking.bm25_b");
  }

  @Test
  void missingBodyFieldIsNamed() {
    assertContains(errorOf(withLine("  body:\n    boost: 1.0\n", "")), "fields.body: missing");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static String shippedYaml() {
    try {
      return Files.readString(Path.of("index-config", "index.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The shipped YAML with exactly one occurrence of {@code line} replaced. */
  private static String withLine(String line, String replacement) {
    String yaml = shippedYaml();
    int at = yaml.indexOf(line);
    assertTrue(at >= 0 && yaml.indexOf(line, at + 1) < 0, "index.yaml should hold exactly one '" + line + "'");
    return yaml.substring(0, at) + replacement + yaml.substring(at + line.length());
  }

  private static IndexConfig parse(String yaml) throws IOException {
    return ConfigLoader.parse(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "test.yaml");
  }

  private static String errorOf(String yaml) {
    return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
  }

  private static void assertContains(String actual, String expected) {
    assertTrue(actual.contains(expected), () -> "expected a message containing\n  " + expected + "\nbut was\n  " + actual);
  }
}

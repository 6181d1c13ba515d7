package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;

/** Search-box completions on the bundled sample corpus. */
class SuggestTest {
  @TempDir static Path tmp;
  static LuceneSearchService service;

  @BeforeAll
  static void indexSampleCorpus() {
    service = LuceneSearchService.open(TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index")), TestData.config());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static List<String> texts(String prefix) {
    return service.suggest(prefix, 20).suggestions().stream().map(SuggestResponse.Suggestion::text).toList();
  }

  @Test
  void chinesePrefixSuggestsTheTitleWithItsDocument() {
    SuggestResponse.Suggestion title =
        service.suggest("北京康", 8).suggestions().stream().filter(s -> s.kind().equals("title")).findFirst().orElseThrow();
    assertEquals("北京康宁国际医院简介", title.text());
    assertEquals("02-kangning-hospital-profile-zh.txt", title.id());
  }

  @Test
  void pinyinInitialsSuggestChineseTitles() {
    assertTrue(texts("bjkn").contains("北京康宁国际医院简介"), texts("bjkn").toString());
  }

  @Test
  void englishPrefixSuggestsFrequentWordsCaseInsensitively() {
    assertTrue(texts("REHAB").contains("rehabilitation"), texts("REHAB").toString());
  }

  @Test
  void oneMissingLetterStillSuggestsTheWord() {
    assertTrue(texts("rehabiltation").contains("rehabilitation"), texts("rehabiltation").toString());
  }

  @Test
  void exactPrefixesRankBeforeTypos() {
    List<String> found = texts("hosp");
    assertTrue(found.getFirst().toLowerCase().contains("hosp"), found.toString());
  }

  @Test
  void sizeLimitsTheSuggestions() {
    assertEquals(2, service.suggest("h", 2).suggestions().size());
  }

  @Test
  void blankPrefixSuggestsNothing() {
    assertEquals(List.of(), service.suggest("  ", 8).suggestions());
  }

  @Test
  void eachTextIsSuggestedOnce() {
    List<String> found = texts("北京");
    assertEquals(found.stream().distinct().toList(), found);
  }

  @Test
  void termsCarryNoId() {
    SuggestResponse.Suggestion term =
        service.suggest("rehab", 8).suggestions().stream().filter(s -> s.kind().equals("term")).findFirst().orElseThrow();
    assertEquals(null, term.id());
  }

  @Test
  void oneWrongLetterStillSuggestsTheWord() {
    assertTrue(texts("acupumcture").contains("acupuncture"), texts("acupumcture").toString());
  }

  @Test
  void sizeAboveTheMaximumIsABadRequest() {
    assertThrows(InvalidRequestException.class, () -> service.suggest("h", SearchService.MAX_SUGGESTIONS + 1));
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medsearch.config.IndexConfig;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.SearchRequest.QuerySyntax;
import org.medsearch.search.SearchRequest.SortOrder;

/** Query syntaxes, sorting, paging and facets on the bundled sample corpus (runs anywhere). */
class SampleCorpusSearchTest {
  @TempDir static Path tmp;
  static LuceneSearchService service;

  @BeforeAll
  static void indexSampleCorpus() {
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    service = LuceneSearchService.open(index, TestData.config());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResponse simple(String query) {
    return service.search(SearchRequest.of(query, 20));
  }

  private static SearchResponse lucene(String query) {
    return service.search(new SearchRequest(query, QuerySyntax.LUCENE, 1, 20, SortOrder.RELEVANCE, Map.of(), null, null, null));
  }

  private static SearchResponse filtered(String query, Map<String, List<String>> filters) {
    return service.search(new SearchRequest(query, QuerySyntax.SIMPLE, 1, 20, SortOrder.RELEVANCE, filters, null, null, null));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Test
  void simplifiedQueryFindsTheTraditionalChineseRelease() {
    assertEquals("10-harbour-union-hospital-news-zh-hant.txt", simple("港湾联合医院 门诊大楼").hits().getFirst().id());
  }

  @Test
  void englishQueryFindsChineseDocumentsThroughTheGlossary() {
    List<String> found = ids(simple("Red Cross"));
    assertTrue(found.contains("05-ningchuan-redcross-blood-donation-zh.txt"), found.toString());
    assertTrue(found.contains("06-redcross-volunteers-first-aid-en.txt"), found.toString());
  }

  @Test
  void glossaryExpansionNeverBringsBackExcludedWords() {
    List<String> found = ids(simple("\"Red Cross\" -volunteers"));
    assertFalse(found.contains("06-redcross-volunteers-first-aid-en.txt"), found.toString());
  }

  @Test
  void chineseTermInsideAnEnglishDocumentIsFound() {
    assertEquals("07-stem-cell-centre-en.md", simple("干细胞").hits().getFirst().id());
  }

  @Test
  void stemCellTherapyRanksTheStemCellCentreFirst() {
    assertEquals("07-stem-cell-centre-en.md", simple("stem cell therapy").hits().getFirst().id());
  }

  @Test
  void mixedLanguageQueryMatchesBothLanguagesOfOneDocument() {
    assertEquals("09-mingde-tcm-clinic-bilingual-mixed.txt", simple("针灸 acupuncture").hits().getFirst().id());
  }

  @Test
  void wordsAreCombinedWithAndByDefault() {
    SearchResponse both = simple("blood 献血");
    SearchResponse english = simple("blood");
    assertTrue(both.total() <= english.total());
    assertTrue(simple("stem zzzunknownword").hits().isEmpty());
  }

  @Test
  void orCombinesAlternatives() {
    SearchResponse either = simple("acupuncture OR HPV");
    assertEquals(simple("acupuncture").total() + simple("HPV").total(), either.total());
  }

  @Test
  void minusExcludesAWord() {
    SearchResponse withAcupuncture = simple("clinic");
    SearchResponse without = simple("clinic -acupuncture");
    assertTrue(without.total() < withAcupuncture.total());
    assertTrue(without.hits().stream().noneMatch(h -> service.document(h.id()).orElseThrow().text().toLowerCase().contains("acupuncture")));
  }

  @Test
  void quotesMakeAPhrase() {
    SearchResponse phrase = simple("\"Red Cross volunteers\"");
    assertFalse(phrase.hits().isEmpty());
    for (SearchResponse.Hit hit : phrase.hits()) {
      String text = (hit.title() + " " + service.document(hit.id()).orElseThrow().text()).toLowerCase();
      assertTrue(text.contains("red cross volunteer"), hit.id());
    }
  }

  @Test
  void strayCharactersInTheSearchBoxNeverFail() {
    for (String typed : List.of("((stem", "\"unclosed", "stem)))", "+-|~*", "a:b:c", "\\", "title:(", "~~~", "医院\"\"")) {
      SearchResponse response = simple(typed);
      assertTrue(response.total() >= 0, typed);
    }
    assertFalse(simple("stem cell)").hits().isEmpty());
  }

  @Test
  void hyphenatedWordsAreNotNegations() {
    assertFalse(simple("first-aid").hits().isEmpty());
  }

  @Test
  void luceneSyntaxSupportsFieldsAndBooleans() {
    assertEquals("07-stem-cell-centre-en.md", lucene("title:stem AND body:cell").hits().getFirst().id());
    assertTrue(lucene("language:zh").hits().stream().allMatch(h -> h.language().equals("zh")));
    assertEquals(simple("HPV").total(), lucene("hpv").total());
  }

  @Test
  void malformedLuceneQueryIsRefusedWithTheProblem() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> lucene("title:(stem"));
    assertTrue(e.getMessage().startsWith("malformed query"), e.getMessage());
  }

  @Test
  void unknownLuceneFieldIsRefused() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> lucene("author:smith"));
    assertTrue(e.getMessage().contains("unknown field 'author'"), e.getMessage());
  }

  @Test
  void dateSortPutsNewestFirstAndUndatedLast() {
    SearchResponse response =
        service.search(new SearchRequest("", QuerySyntax.SIMPLE, 1, 20, SortOrder.DATE, Map.of(), null, null, null));
    List<String> dates = response.hits().stream().map(SearchResponse.Hit::date).toList();
    int firstUndated = dates.indexOf(null);
    assertTrue(firstUndated > 0, dates.toString());
    assertTrue(dates.subList(firstUndated, dates.size()).stream().allMatch(d -> d == null), dates.toString());
    List<String> dated = new ArrayList<>(dates.subList(0, firstUndated));
    List<String> sorted = new ArrayList<>(dated);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dated);
  }

  @Test
  void dateRangeKeepsOnlyDocumentsInside() {
    SearchResponse response =
        service.search(
            new SearchRequest("", QuerySyntax.SIMPLE, 1, 20, SortOrder.DATE, Map.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null));
    assertFalse(response.hits().isEmpty());
    assertTrue(response.hits().stream().allMatch(h -> h.date() != null && h.date().startsWith("2024")));
  }

  @Test
  void pagesFollowEachOtherWithoutOverlap() {
    List<String> all = ids(service.search(new SearchRequest("", QuerySyntax.SIMPLE, 1, 10, SortOrder.RELEVANCE, Map.of(), null, null, null)));
    List<String> first = ids(service.search(new SearchRequest("", QuerySyntax.SIMPLE, 1, 5, SortOrder.RELEVANCE, Map.of(), null, null, null)));
    List<String> second = ids(service.search(new SearchRequest("", QuerySyntax.SIMPLE, 2, 5, SortOrder.RELEVANCE, Map.of(), null, null, null)));
    assertEquals(all.subList(0, 5), first);
    assertEquals(all.subList(5, 10), second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hospital", "医院"})
  void cursorsWalkEveryHitOnceInOrder(String query) {
    SearchResponse all = service.search(new SearchRequest(query, QuerySyntax.SIMPLE, 1, 100, SortOrder.RELEVANCE, Map.of(), null, null, null));
    assertTrue(all.total() > 5 && all.total() <= 100, "total " + all.total());
    assertNull(all.nextCursor());
    List<String> walked = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResponse page =
          service.search(new SearchRequest(query, QuerySyntax.SIMPLE, 1, 5, SortOrder.RELEVANCE, Map.of(), null, null, cursor));
      walked.addAll(ids(page));
      cursor = page.nextCursor();
      assertTrue(++pages <= all.total(), "cursor walk does not end");
    } while (cursor != null);
    assertEquals(ids(all), walked);
  }

  @Test
  void invalidCursorIsRefused() {
    String dateCursor = service.search(SearchRequest.of("", 1)).nextCursor();
    for (String cursor : List.of("not a cursor!", "Zm9v", dateCursor)) {
      assertThrows(
          InvalidRequestException.class,
          () -> service.search(new SearchRequest("health", QuerySyntax.SIMPLE, 1, 5, SortOrder.RELEVANCE, Map.of(), null, null, cursor)),
          cursor);
    }
    assertThrows(
        InvalidRequestException.class,
        () -> service.search(new SearchRequest("", QuerySyntax.SIMPLE, 2, 5, SortOrder.RELEVANCE, Map.of(), null, null, dateCursor)));
  }

  @Test
  void tooLongOrTooComplexQueriesAreRefused() {
    InvalidRequestException tooLong = assertThrows(InvalidRequestException.class, () -> simple("a".repeat(1001)));
    assertTrue(tooLong.getMessage().contains("at most 1000 characters"), tooLong.getMessage());
    assertEquals(0, simple("a".repeat(1000)).hits().size());
    // Each Chinese word is searched in six fields: 333 of them make about 2000 clauses.
    String manyWords = String.join(" ", java.util.Collections.nCopies(333, "医院"));
    InvalidRequestException complex = assertThrows(InvalidRequestException.class, () -> lucene(manyWords));
    assertTrue(complex.getMessage().startsWith("query too complex"), complex.getMessage());
    assertThrows(InvalidRequestException.class, () -> service.suggest("b".repeat(101), 5));
  }

  @Test
  void expiredTimeLimitReturnsPartialResultsFlagged() throws Exception {
    // timeout_ms: 0, which the loader refuses, is a time limit already expired: deterministic.
    IndexConfig base = TestData.config();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var search = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(base.search());
    search.put("timeoutMs", 0);
    IndexConfig expired =
        new IndexConfig(
            base.fields(), base.analysis(), base.ranking(), base.facets(),
            mapper.treeToValue(search, IndexConfig.SearchConfig.class),
            base.snippets(), base.ingest(), base.cleaning(), base.metadata());
    try (LuceneSearchService timing = LuceneSearchService.open(tmp.resolve("index"), expired)) {
      assertFalse(timing.search(SearchRequest.of("health", 10)).timedOut(), "the first search warms up, untimed");
      SearchResponse response = timing.search(SearchRequest.of("health", 10));
      assertTrue(response.timedOut());
      assertTrue(response.total() < simple("health").total());
    }
    assertFalse(simple("health").timedOut());
  }

  @Test
  void pageOutOfRangeIsRefused() {
    assertThrows(
        InvalidRequestException.class,
        () -> service.search(new SearchRequest("", QuerySyntax.SIMPLE, 200, 100, SortOrder.RELEVANCE, Map.of(), null, null, null)));
    assertThrows(
        InvalidRequestException.class,
        () -> service.search(new SearchRequest("", QuerySyntax.SIMPLE, 1, 101, SortOrder.RELEVANCE, Map.of(), null, null, null)));
    assertThrows(
        InvalidRequestException.class,
        () -> service.search(new SearchRequest("", QuerySyntax.SIMPLE, 0, 10, SortOrder.RELEVANCE, Map.of(), null, null, null)));
  }

  @Test
  void filteringOnOneLanguageKeepsTheOtherLanguagesCounted() {
    SearchResponse all = simple("");
    SearchResponse zh = filtered("", Map.of("language", List.of("zh")));
    assertEquals(count(all, "language", "zh"), zh.total());
    assertTrue(zh.hits().stream().allMatch(h -> h.language().equals("zh")));
    // drill-sideways: the language facet still offers English with its full count
    assertEquals(count(all, "language", "en"), count(zh, "language", "en"));
  }

  @Test
  void severalValuesOfOneFacetAreAlternatives() {
    SearchResponse both = filtered("", Map.of("language", List.of("zh", "en")));
    SearchResponse all = simple("");
    assertEquals(count(all, "language", "zh") + count(all, "language", "en"), both.total());
  }

  @Test
  void differentFacetsMustAllMatch() {
    SearchResponse response = filtered("", Map.of("language", List.of("zh"), "year", List.of("2024")));
    assertFalse(response.hits().isEmpty());
    assertTrue(response.hits().stream().allMatch(h -> h.language().equals("zh") && Integer.valueOf(2024).equals(h.year())));
  }

  @Test
  void unknownFacetIsRefused() {
    assertThrows(InvalidRequestException.class, () -> filtered("", Map.of("colour", List.of("red"))));
  }

  @Test
  void documentReturnsTheCleanedTextAndMetadata() {
    DocumentView doc = service.document("03-shanghai-family-doctor-symposium-en.txt").orElseThrow();
    assertEquals("2023-11-02", doc.date());
    assertEquals("Shanghai Municipal Health Commission", doc.source());
    assertFalse(doc.text().contains("Navigation"));
    assertTrue(service.document("no-such-doc.txt").isEmpty());
  }

  @Test
  void statusCountsTheDocuments() {
    IndexStatus status = service.status();
    assertEquals(simple("").total(), status.documents());
    assertTrue(status.generation() > 0);
  }

  private static long count(SearchResponse response, String facet, String value) {
    return response.facets().get(facet).stream().filter(f -> f.value().equals(value)).mapToLong(SearchResponse.FacetCount::count).findFirst().orElse(0);
  }

  @Test
  void misspelledQueryIsOfferedTheIndexedWord() {
    assertEquals("acupuncture", simple("acupunture").didYouMean());
  }

  @Test
  void onlyTheMisspelledWordOfAQueryIsCorrected() {
    assertEquals("children's hospital", simple("children's hospitl").didYouMean());
  }

  @Test
  void correctlySpelledQueryIsOfferedNoCorrection() {
    assertNull(simple("hospital").didYouMean());
  }

  @Test
  void fieldNamesOfTheLuceneSyntaxAreNeverCorrected() {
    assertNull(lucene("title:stem AND body:cell").didYouMean());
  }

  @Test
  void chineseQueryIsOfferedNoCorrection() {
    assertNull(simple("医院挂号流程不存在的词").didYouMean());
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** Ranking, highlighting and facets on the five public seed documents (skipped where they are absent). */
class SeedSearchTest {
  @TempDir static Path tmp;
  static LuceneSearchService service;

  @BeforeAll
  static void indexSeeds() {
    Path index = TestData.index(TestData.seeds(), tmp.resolve("index"));
    service = LuceneSearchService.open(index, TestData.config());
  }

  @AfterAll
  static void close() throws Exception {
    if (service != null) {
      service.close();
    }
  }

  private static SearchResponse search(String query) {
    return service.search(SearchRequest.of(query, 10));
  }

  @Test
  void stemCellRanksTheStemCellDepartmentFirst() {
    assertEquals("003_3346e03fba143364.txt", search("stem cell").hits().getFirst().id());
  }

  @Test
  void chineseHospitalNameRanksTheChineseDocumentFirst() {
    SearchResponse response = search("嘉会医院");
    assertEquals("002_7ccae0e84f9d4e94.txt", response.hits().getFirst().id());
    assertEquals("zh", response.hits().getFirst().language());
  }

  @Test
  void redCrossVolunteersRanksTheRedCrossReportFirst() {
    assertEquals("004_f6c37c96fbfbbd00.txt", search("Red Cross volunteers").hits().getFirst().id());
  }

  @Test
  void englishWordInsideTheChineseDocumentIsFound() {
    SearchResponse response = search("NEJM");
    assertEquals(List.of("002_7ccae0e84f9d4e94.txt"), response.hits().stream().map(SearchResponse.Hit::id).toList());
    assertTrue(response.hits().getFirst().snippets().getFirst().contains("<mark>NEJM</mark>"));
  }

  @Test
  void chineseQuerySnippetMarksTheChineseTerm() {
    SearchResponse.Hit hit = search("医院").hits().stream().filter(h -> h.language().equals("zh")).findFirst().orElseThrow();
    assertTrue(hit.snippets().stream().anyMatch(s -> s.contains("<mark>医院</mark>")), hit.snippets().toString());
    assertTrue(hit.titleHtml().contains("<mark>医院</mark>"), hit.titleHtml());
  }

  @Test
  void traditionalChineseQueryFindsSimplifiedText() {
    assertEquals("002_7ccae0e84f9d4e94.txt", search("嘉會醫院").hits().getFirst().id());
  }

  @Test
  void languageFacetCountsEqualTheMatchingDocuments() {
    SearchResponse all = search("hospital");
    long sum = all.facets().get("language").stream().mapToLong(SearchResponse.FacetCount::count).sum();
    assertEquals(all.total(), sum);
    for (SearchResponse.FacetCount language : all.facets().get("language")) {
      SearchResponse filtered =
          service.search(
              new SearchRequest(
                  "hospital", SearchRequest.QuerySyntax.SIMPLE, 1, 10, SearchRequest.SortOrder.RELEVANCE,
                  Map.of("language", List.of(language.value())), null, null, null));
      assertEquals(language.count(), filtered.total(), "language=" + language.value());
      assertTrue(filtered.hits().stream().allMatch(h -> h.language().equals(language.value())));
    }
  }

  @Test
  void yearAndSourceFacetsComeFromTheExtractedMetadata() {
    SearchResponse all = search("");
    assertEquals(9, all.total(), "five pages and the four articles of seed 000");
    assertTrue(all.facets().get("year").contains(new SearchResponse.FacetCount("2024", 1)), all.facets().toString());
    assertTrue(all.facets().get("source").contains(new SearchResponse.FacetCount("Beijing Municipal Health Commission", 1)));
    assertTrue(all.facets().get("source").contains(new SearchResponse.FacetCount("百姓健康网", 1)));
  }

  @Test
  void icrcTalksFindTheArticleSplitFromTheCooperationSection() {
    SearchResponse.Hit hit = search("ICRC talks").hits().getFirst();
    assertEquals("000_ef4f532128c0b814.txt#article-2", hit.id());
    assertEquals("2025-06-23", hit.date());
    assertEquals("000_ef4f532128c0b814.txt", hit.parentId());
  }

  @Test
  void chineseTermFindsTheEnglishStemCellDocumentThroughTheGlossary() {
    assertEquals("003_3346e03fba143364.txt", search("干细胞").hits().getFirst().id());
  }

  @Test
  void snippetsComeFromCleanedTextWithoutPlaceholders() {
    for (SearchResponse.Hit hit : search("").hits()) {
      assertFalse(hit.snippets().toString().contains("请输入关键字"), hit.id());
    }
  }
}

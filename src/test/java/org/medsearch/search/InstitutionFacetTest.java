package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.search.SearchRequest.QuerySyntax;
import org.medsearch.search.SearchRequest.SortOrder;

/** The institution and type facets count one entity across languages, and filter on it. */
class InstitutionFacetTest {
  private static final String COMMISSION = "北京市卫生健康委员会";

  @TempDir static Path tmp;
  static LuceneSearchService service;

  @BeforeAll
  static void indexThreeDocuments() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(
        input.resolve("en.txt"),
        "Pre-Hospital Emergency Conference Held\nFrom:Beijing Municipal Health Commission\nDate:07/19/2024\n\n"
            + "More than 200 people attended the conference in Beijing.\n");
    Files.writeString(
        input.resolve("zh.txt"),
        "院前急救工作会议召开\n2024-07-20\n\n北京市卫健委召开全市院前医疗急救工作会议，部署下半年重点任务。\n");
    Files.writeString(
        input.resolve("other.txt"),
        "About Us\n\nThe World Health Organization (WHO) lists the clinic as a partner. It opened in 2012.\n");
    service = LuceneSearchService.open(TestData.index(input, tmp.resolve("index")), TestData.config());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResponse all(Map<String, List<String>> filters) {
    return service.search(new SearchRequest("", QuerySyntax.SIMPLE, 1, 10, SortOrder.RELEVANCE, filters, null, null, null));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).sorted().toList();
  }

  @Test
  void englishAndChineseNamesCountUnderOneInstitution() {
    assertTrue(
        all(Map.of()).facets().get("institution").contains(new SearchResponse.FacetCount(COMMISSION, 2)),
        () -> all(Map.of()).facets().toString());
  }

  @Test
  void abbreviationCountsUnderTheCanonicalName() {
    assertTrue(all(Map.of()).facets().get("institution").contains(new SearchResponse.FacetCount("世界卫生组织", 1)));
  }

  @Test
  void filteringOnAnInstitutionFindsTheDocumentsInBothLanguages() {
    assertEquals(List.of("en.txt", "zh.txt"), ids(all(Map.of("institution", List.of(COMMISSION)))));
  }

  @Test
  void filteringOnAnInstitutionCombinesWithAQuery() {
    SearchResponse response =
        service.search(
            new SearchRequest("会议", QuerySyntax.SIMPLE, 1, 10, SortOrder.RELEVANCE, Map.of("institution", List.of(COMMISSION)), null, null, null));
    assertEquals(List.of("zh.txt"), ids(response));
  }

  @Test
  void typeFacetCountsNewsAndProfiles() {
    assertEquals(
        List.of(new SearchResponse.FacetCount("news", 2), new SearchResponse.FacetCount("profile", 1)),
        all(Map.of()).facets().get("doc_type"));
  }

  @Test
  void filteringOnATypeKeepsOnlyThatType() {
    assertEquals(List.of("other.txt"), ids(all(Map.of("doc_type", List.of("profile")))));
  }
}

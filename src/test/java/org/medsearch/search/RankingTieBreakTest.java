package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** Behaviour that needs documents written for the purpose. */
class RankingTieBreakTest {
  @TempDir Path tmp;

  @Test
  void equalScoresAreOrderedById() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (String name : List.of("c.txt", "a.txt", "b.txt")) {
      Files.writeString(docs.resolve(name), "Clinic news\nThe clinic opens a vaccination room.\n");
    }
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config())) {
      SearchResponse response = service.search(SearchRequest.of("vaccination", 10));
      assertEquals(List.of("a.txt", "b.txt", "c.txt"), response.hits().stream().map(SearchResponse.Hit::id).toList());
    }
  }

  @Test
  void documentTextIsHtmlEscapedAroundTheMarks() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("x.txt"), "<b>Bold</b> title\nA <script>alert('x')</script> vaccination & more.\n");
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config())) {
      SearchResponse.Hit hit = service.search(SearchRequest.of("vaccination", 10)).hits().getFirst();
      String snippet = hit.snippets().getFirst();
      assertTrue(snippet.contains("&lt;script&gt;"), snippet);
      assertTrue(snippet.contains("<mark>vaccination</mark>"), snippet);
      assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
      assertTrue(hit.titleHtml().startsWith("&lt;b&gt;Bold"), hit.titleHtml());
      assertEquals("<b>Bold</b> title", hit.title());
    }
  }

  @Test
  void longChineseParagraphKeepsWordsWholeAcrossTheTokenizerBuffer() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    // 1,023 characters without a line break, so smartcn's first 1,024-character buffer ends inside 心血管.
    String text = "患者，".repeat(341) + "心血管医院位于北京。";
    Files.writeString(docs.resolve("long.txt"), text);
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config())) {
      assertEquals(1, service.search(SearchRequest.of("心血管", 10)).total());
    }
  }
}

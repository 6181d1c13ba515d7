package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** Marks sit on the words a query matched, in Chinese and English titles and passages. */
class HighlightingTest {
  @TempDir Path tmp;

  private SearchResponse.Hit onlyHit(String title, String body, String query) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), title + "\n" + body + "\n");
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config())) {
      SearchResponse answer = service.search(SearchRequest.of(query, 10));
      assertEquals(1, answer.total(), query);
      return answer.hits().get(0);
    }
  }

  @Test
  void marksTheMatchedChineseWordsNotTheTextBetweenThem() throws Exception {
    SearchResponse.Hit hit = onlyHit("月经期间腰疼肚子疼怎么办", "月经期间腰疼，肚子也疼，可以热敷。", "月经腰疼");
    // 期间 and 肚子 lie between matched words: a phrase match with slop once marked them too.
    assertEquals("<mark>月经</mark>期间<mark>腰疼</mark>肚子<mark>疼</mark>怎么办", hit.titleHtml());
    assertTrue(hit.snippets().get(0).startsWith("<mark>月经</mark>期间<mark>腰疼</mark>"), hit.snippets().toString());
  }

  @Test
  void wordsMatchedSideBySideShareOneMark() throws Exception {
    SearchResponse.Hit hit = onlyHit("慢性肾炎住院怎么治疗", "慢性肾炎住院以后，按医嘱服药。", "慢性肾炎 住院");
    assertEquals("<mark>慢性肾炎住院</mark>怎么治疗", hit.titleHtml());
  }

  @Test
  void marksEnglishWordsInEveryFormTheStemMatches() throws Exception {
    SearchResponse.Hit hit = onlyHit(
        "How should Estradiol Transdermal Patch be used",
        "Transdermal estradiol comes as a patch to apply to the skin. Apply the patches once a week.",
        "estradiol patch");
    assertEquals("How should <mark>Estradiol</mark> Transdermal <mark>Patch</mark> be used", hit.titleHtml());
    String snippets = String.join(" ", hit.snippets());
    assertTrue(snippets.contains("<mark>patches</mark>") && !snippets.contains("<mark>Transdermal"), snippets);
  }
}

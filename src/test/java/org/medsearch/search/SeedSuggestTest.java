package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** Pinyin-initial completions on the public seed documents (skipped when they are absent). */
class SeedSuggestTest {
  @TempDir Path tmp;

  @Test
  void pinyinInitialsSuggestTheJiahuiHospital() throws Exception {
    Path seeds = TestData.seeds();
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(seeds, tmp.resolve("index")), TestData.config())) {
      List<String> found = service.suggest("bjjh", 8).suggestions().stream().map(SuggestResponse.Suggestion::text).toList();
      assertTrue(found.stream().anyMatch(t -> t.startsWith("北京嘉会")), found.toString());
    }
  }
}

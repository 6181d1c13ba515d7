package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.index.IndexException;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResponse;

/** While serve opens its index beside the starting HTTP server, a request waits for the index, or gets what stopped it. */
class OpeningSearchServiceTest {
  @TempDir Path tmp;

  @Test
  void aRequestBeforeTheIndexIsOpenWaitsForItAndIsAnswered() throws Exception {
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    CompletableFuture<LuceneSearchService> opening = new CompletableFuture<>();
    ServeCommand.OpeningSearchService service = new ServeCommand.OpeningSearchService(opening);
    CompletableFuture<SearchResponse> answer = CompletableFuture.supplyAsync(() -> service.search(SearchRequest.of("医院", 10)));
    Thread.sleep(200);
    assertFalse(answer.isDone(), "answered before the index was open");
    try (LuceneSearchService opened = LuceneSearchService.open(index, TestData.config())) {
      opening.complete(opened);
      SearchResponse response = answer.get(10, TimeUnit.SECONDS);
      assertEquals(opened.search(SearchRequest.of("医院", 10)).total(), response.total());
    }
  }

  @Test
  void suggestionsStartBuildingOnceTheFirstSearchIsAnswered() throws Exception {
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    try (LuceneSearchService opened = LuceneSearchService.open(index, TestData.config())) {
      ServeCommand.OpeningSearchService service = new ServeCommand.OpeningSearchService(CompletableFuture.completedFuture(opened));
      assertFalse(opened.suggestionsPrepared(), "built before any request");
      service.status();
      assertFalse(opened.suggestionsPrepared(), "built by a request that is not a search");
      assertTrue(service.search(SearchRequest.of("hospital", 10)).total() > 0);
      assertTrue(opened.suggestionsPrepared(), "not started by the first search");
      assertFalse(service.suggest("医", 5).suggestions().isEmpty());
    }
  }

  @Test
  void aSuggestRequestBeforeAnySearchBuildsTheSuggestionsAndWaitsForThem() throws Exception {
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    try (LuceneSearchService opened = LuceneSearchService.open(index, TestData.config())) {
      ServeCommand.OpeningSearchService service = new ServeCommand.OpeningSearchService(CompletableFuture.completedFuture(opened));
      assertFalse(service.suggest("医", 5).suggestions().isEmpty());
      assertTrue(opened.suggestionsPrepared());
    }
  }

  @Test
  void aRequestGetsWhatStoppedTheIndexFromOpening() {
    Path missing = tmp.resolve("missing");
    CompletableFuture<LuceneSearchService> opening =
        CompletableFuture.supplyAsync(() -> LuceneSearchService.open(missing, TestData.config()));
    ServeCommand.OpeningSearchService service = new ServeCommand.OpeningSearchService(opening);
    IndexException e = assertThrows(IndexException.class, () -> service.status());
    assertEquals(missing + ": no index here (build one with the index command)", e.getMessage());
  }
}

package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/** Re-indexing a changed folder touches only what changed, and a running server sees each commit by itself. */
class IncrementalIndexTest {
  @TempDir Path tmp;
  private final IndexConfig config = TestData.config();

  private IndexReport update(Path input, Path index) throws Exception {
    return new Indexer(config, 2).update(new FolderSource(input, config.ingest().extensions()), index, ProgressListener.NONE);
  }

  private static long total(LuceneSearchService service, String query) {
    return service.search(SearchRequest.of(query, 10)).total();
  }

  /** Waits for the server's own refresh (no manual refresh call), as a running server would. */
  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the running server did not pick up the commit within 5 s");
      }
      Thread.sleep(50);
    }
  }

  @Test
  void addedChangedAndDeletedFilesAreSeenByARunningServer() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "Clinic\nThe clinic offers acupuncture.");
    Files.writeString(docs.resolve("b.txt"), "Ward\nThe ward has twelve beds.");
    IndexReport first = update(docs, index);
    assertEquals(2, first.filesIndexed());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      Files.writeString(docs.resolve("c.txt"), "Vaccination\nA vaccination day for children.");
      Files.writeString(docs.resolve("a.txt"), "Clinic\nThe clinic now offers massage.");
      Files.delete(docs.resolve("b.txt"));
      IndexReport second = update(docs, index);
      assertEquals(2, second.filesIndexed(), second.summary());
      assertEquals(0, second.filesUnchanged());
      assertEquals(1, second.filesDeleted());
      eventually(() -> total(service, "vaccination") == 1);
      assertEquals(0, total(service, "acupuncture"));
      assertEquals(1, total(service, "massage"));
      assertEquals(0, total(service, "beds"));
      assertEquals(2, service.status().documents());
    }
  }

  @Test
  void unchangedFolderIsNotRewritten() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "Clinic\nThe clinic offers acupuncture.");
    update(docs, index);
    long generation;
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      generation = service.status().generation();
    }
    IndexReport again = update(docs, index);
    assertEquals(0, again.filesIndexed());
    assertEquals(1, again.filesUnchanged());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(generation, service.status().generation(), "no new commit");
    }
  }

  @Test
  void changedAnalysisConfigurationRebuildsInsteadOfUpdating() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "Clinic\nThe clinic offers acupuncture.");
    assertTrue(update(docs, index).rebuilt(), "first run builds");
    assertTrue(!update(docs, index).rebuilt(), "same configuration updates");
    String yaml = Files.readString(Path.of("index-config", "index.yaml")).replace("stemmer: porter", "stemmer: kstem");
    IndexConfig kstem =
        org.medsearch.config.ConfigLoader.parse(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
    IndexReport report = new Indexer(kstem, 1).update(new FolderSource(docs, kstem.ingest().extensions()), index, ProgressListener.NONE);
    assertTrue(report.rebuilt(), report.summary());
    assertEquals(1, report.filesIndexed());
  }

  @Test
  void fileThatTurnsBadKeepsItsIndexedVersion() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "Clinic\nThe clinic offers acupuncture.");
    update(docs, index);
    Files.write(docs.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    IndexReport report = update(docs, index);
    assertTrue(report.hasFailures());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(1, total(service, "acupuncture"), "nothing already indexed is lost");
    }
  }

  @Test
  void splitArticlesAreReplacedWithTheirPage() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    String page = "News\nClinic opens\n2024-03-01\nThe clinic opened.\nVaccination day\n2024-02-10\nResidents were vaccinated.\n";
    Files.writeString(docs.resolve("list.txt"), page);
    assertEquals(3, update(docs, index).documents());
    Files.writeString(docs.resolve("list.txt"), "News\nOnly one item now\nThe list was shortened.\n");
    update(docs, index);
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(1, service.status().documents());
      assertEquals(0, total(service, "vaccinated"));
    }
  }
}

package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;
import org.medsearch.ingest.IngestException;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

class IndexerTest {
  @TempDir Path tmp;
  private final IndexConfig config = TestData.config();

  private Path folder(String name, String... fileAndText) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (int i = 0; i < fileAndText.length; i += 2) {
      Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1]);
    }
    return dir;
  }

  private IndexReport rebuild(Path input, Path index, ProgressListener progress) throws Exception {
    return new Indexer(config, 2).rebuild(new FolderSource(input, config.ingest().extensions()), index, progress);
  }

  private static long total(LuceneSearchService service, String query) {
    return service.search(SearchRequest.of(query, 10)).total();
  }

  /** Every document holds every analysed field (empty where it has no word for it), so scoring reads norms by document number. */
  @Test
  void normsAreDenseWhileFieldStatisticsCountOnlyDocumentsWithWords() throws Exception {
    Path index = tmp.resolve("index");
    rebuild(Path.of("src/main/resources/sample-corpus"), index, ProgressListener.NONE);
    List<String> analysed = List.of(Fields.TITLE_EN, Fields.TITLE_ZH, Fields.TITLE_BIGRAMS, Fields.BODY_EN, Fields.BODY_ZH, Fields.BODY_BIGRAMS);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (String field : analysed) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          int withNorm = 0;
          while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            withNorm++;
          }
          assertEquals(leaf.reader().maxDoc(), withNorm, field);
        }
      }
      // BM25's average field length and document count are over documents with words in the field:
      // the English ones have none in the Chinese fields, the Chinese ones none in the English title.
      assertTrue(MultiTerms.getTerms(reader, Fields.BODY_ZH).getDocCount() < reader.numDocs());
      assertTrue(MultiTerms.getTerms(reader, Fields.TITLE_EN).getDocCount() < reader.numDocs());
    }
  }

  @Test
  void runningServerKeepsTheOldIndexUntilTheRebuildCommitsThenSwitches() throws Exception {
    Path index = tmp.resolve("index");
    rebuild(folder("old", "a.txt", "Old news\nThe old clinic.", "b.txt", "Old report\nThe old ward."), index, ProgressListener.NONE);
    Path fresh = folder("new", "c.txt", "New news\nThe new vaccination centre.", "d.txt", "More\nAnother vaccination day.", "e.txt", "Third\nvaccination");
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      long generationBefore = service.status().generation();
      CountDownLatch halfway = new CountDownLatch(1);
      CountDownLatch resume = new CountDownLatch(1);
      CompletableFuture<IndexReport> running =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return rebuild(fresh, index, (done, all, bytes) -> {
                    if (done == 2) {
                      halfway.countDown();
                      await(resume);
                    }
                  });
                } catch (Exception e) {
                  throw new RuntimeException(e);
                }
              });
      assertTrue(halfway.await(30, TimeUnit.SECONDS));
      service.refresh();
      assertEquals(2, service.status().documents(), "mid-rebuild the old commit is still served");
      assertEquals(0, total(service, "vaccination"));
      resume.countDown();
      assertEquals(3, running.get(30, TimeUnit.SECONDS).filesIndexed());
      service.refresh();
      assertEquals(3, service.status().documents());
      assertEquals(3, total(service, "vaccination"));
      assertEquals(0, total(service, "ward"));
      assertTrue(service.status().generation() > generationBefore);
    }
  }

  @Test
  void rebuildThatIndexesNothingLeavesThePreviousIndexAlone() throws Exception {
    Path index = tmp.resolve("index");
    rebuild(folder("good", "a.txt", "Clinic\nThe clinic opens."), index, ProgressListener.NONE);
    Path bad = folder("bad", "empty.txt", "");
    IndexException e = assertThrows(IndexException.class, () -> rebuild(bad, index, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("previous index is unchanged"), e.getMessage());
    assertTrue(e.getMessage().contains("skipped: empty.txt"), "names the file and why: " + e.getMessage());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(1, service.status().documents());
      assertEquals(1, total(service, "clinic"));
    }
  }

  @Test
  void badFilesAreSkippedWithTheirReasonAndTheRestIsIndexed() throws Exception {
    Path input = folder("mixed", "good.txt", "Clinic\nThe clinic opens.", "empty.txt", "");
    byte[] junk = new byte[256];
    new java.util.Random(3).nextBytes(junk);
    Files.write(input.resolve("junk.txt"), junk);
    IndexReport report = rebuild(input, tmp.resolve("index"), ProgressListener.NONE);
    assertEquals(3, report.filesSeen());
    assertEquals(1, report.filesIndexed());
    assertTrue(report.hasFailures());
    assertEquals(
        List.of(IngestException.Reason.EMPTY, IngestException.Reason.UNDECODABLE),
        report.skipped().stream().map(IngestException::reason).sorted().toList());
    assertTrue(report.summary().contains("skipped 2"), report.summary());
  }

  @Test
  void documentsOfEveryFormatAreIndexedAndEachBadFileSkippedWithItsReason() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("formats"));
    Files.write(input.resolve("report.pdf"), Documents.pdf("Annual Report", "The hospital treated 2,000 patients."));
    Files.write(input.resolve("notice.docx"), Documents.docx("Vaccination Day", "Free flu shots for patients."));
    Files.writeString(input.resolve("page.html"), "<h1>Cardiology</h1><p>Heart patients are seen daily.</p>");
    Files.writeString(input.resolve("records.jsonl"), "{\"id\": \"1\", \"text\": \"Dental patients welcome.\"}\nnot json\n");
    Files.write(input.resolve("cut.pdf"), java.util.Arrays.copyOf(Documents.pdf("Cut"), 200));
    Files.write(input.resolve("locked.pdf"), Documents.encryptedPdf());
    Files.write(input.resolve("junk.txt"), Documents.junk(1024));
    Files.write(input.resolve("junk.pdf"), Documents.junk(1024));
    Files.write(input.resolve("empty.docx"), new byte[0]);
    IndexReport report = rebuild(input, tmp.resolve("index"), ProgressListener.NONE);
    assertEquals(4, report.filesIndexed());
    assertEquals(4, report.documents());
    assertEquals(1, report.recordsSkipped());
    assertEquals(
        java.util.Map.of("cut.pdf", IngestException.Reason.CORRUPT, "locked.pdf", IngestException.Reason.ENCRYPTED,
            "junk.txt", IngestException.Reason.UNDECODABLE, "junk.pdf", IngestException.Reason.UNSUPPORTED,
            "empty.docx", IngestException.Reason.EMPTY),
        report.skipped().stream().collect(java.util.stream.Collectors.toMap(IngestException::file, IngestException::reason)));
    assertTrue(report.summary().contains("skipped 5"), report.summary());
    assertTrue(report.summary().contains("records skipped 1"), report.summary());
    try (LuceneSearchService service = LuceneSearchService.open(tmp.resolve("index"), config)) {
      assertEquals(4, total(service, "patients"));
    }
  }

  @Test
  void fileThatIsNowDamagedKeepsItsIndexedDocuments() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("update"));
    Path index = tmp.resolve("index");
    Files.write(input.resolve("report.pdf"), Documents.pdf("Annual Report", "The hospital opened a radiology wing."));
    rebuild(input, index, ProgressListener.NONE);
    Files.write(input.resolve("report.pdf"), java.util.Arrays.copyOf(Documents.pdf("Annual Report"), 200));
    IndexReport report =
        new Indexer(config, 2).update(new FolderSource(input, config.ingest().extensions()), index, ProgressListener.NONE);
    assertEquals(List.of(IngestException.Reason.CORRUPT), report.skipped().stream().map(IngestException::reason).toList());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(1, total(service, "radiology"));
    }
  }

  @Test
  void progressIsReportedForEveryFile() throws Exception {
    Path input = folder("three", "a.txt", "A\nalpha", "b.txt", "B\nbeta", "c.txt", "C\ngamma");
    List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    rebuild(input, tmp.resolve("index"), (done, all, bytes) -> {
      assertEquals(3, all);
      seen.add(done);
    });
    assertEquals(List.of(1, 2, 3), seen.stream().sorted().toList());
  }

  @Test
  void inputThatIsNotAFolderIsRefused() {
    assertThrows(java.nio.file.NoSuchFileException.class, () -> rebuild(tmp.resolve("missing"), tmp.resolve("index"), ProgressListener.NONE));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

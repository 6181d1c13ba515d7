package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/** The records of one JSON Lines file are indexed on every thread, with the same result as on one. */
class ParallelRecordsTest {
  @TempDir Path tmp;
  private final IndexConfig config = TestData.config();

  private IndexReport index(int threads, Path input, Path index) throws Exception {
    return new Indexer(config, threads).update(new FolderSource(input, config.ingest().extensions()), index, ProgressListener.NONE);
  }

  private static String corpus(int records, String word) {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < records; i++) {
      String text = i % 100 == 7 ? "" : "Record " + i + " is about " + (i % 2 == 0 ? "cardiology" : "医院 " + word) + ".";
      jsonl.append("{\"id\": \"r").append(i).append("\", \"title\": \"").append(i % 3 == 0 ? "Shared title" : "Title " + i)
          .append("\", \"text\": \"").append(text).append("\"}\n");
    }
    return jsonl.toString();
  }

  /**
   * The ids of the index's live documents, checking that no two share an id. Replaced records may
   * still sit in a segment as deleted documents until a merge drops them: when depends on how the
   * indexing threads filled the segments, so they are skipped rather than counted.
   */
  private static Set<String> ids(Path index) throws Exception {
    Set<String> ids = new TreeSet<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          ids.add(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID));
        }
      }
      assertEquals(reader.numDocs(), ids.size());
    }
    return ids;
  }

  @Test
  void oneLargeFileGivesTheSameDocumentsAndHitsOnOneThreadAndOnFour() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("corpus.jsonl"), corpus(1000, "surgery"));
    List<IndexReport> reports = new ArrayList<>();
    List<List<String>> hits = new ArrayList<>();
    for (int threads : new int[] {1, 4}) {
      Path index = tmp.resolve("index-" + threads);
      reports.add(index(threads, docs, index));
      try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
        hits.add(service.search(SearchRequest.of("cardiology", 20)).hits().stream().map(h -> h.id()).toList());
      }
    }
    assertEquals(1000, reports.get(0).documents());
    assertEquals(reports.get(0).documents(), reports.get(1).documents());
    assertEquals(reports.get(0).recordsSkipped(), reports.get(1).recordsSkipped());
    assertEquals(ids(tmp.resolve("index-1")), ids(tmp.resolve("index-4")));
    assertEquals(hits.get(0), hits.get(1));
  }

  @Test
  void aChangedFileReplacesAllItsRecordsAndAnUnchangedOneIsNotReread() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("corpus.jsonl"), corpus(300, "surgery"));
    Files.writeString(docs.resolve("other.jsonl"), "{\"id\": \"o1\", \"title\": \"Other\", \"text\": \"Dermatology clinic.\"}\n");
    index(2, docs, index);
    Files.writeString(docs.resolve("corpus.jsonl"), corpus(200, "pharmacy"));
    IndexReport update = index(2, docs, index);
    assertEquals(1, update.filesIndexed(), update.summary());
    assertEquals(1, update.filesUnchanged(), update.summary());
    assertEquals(200 + 1, ids(index).size());
    try (LuceneSearchService service = LuceneSearchService.open(index, config)) {
      assertEquals(0, service.search(SearchRequest.of("surgery", 10)).total());
      assertEquals(98, service.search(SearchRequest.of("pharmacy", 10)).total());
      assertEquals(1, service.search(SearchRequest.of("dermatology", 10)).total());
    }
  }

  @Test
  void aFileThatNoLongerYieldsADocumentKeepsItsIndexedVersion() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("corpus.jsonl"), corpus(100, "surgery"));
    index(2, docs, index);
    Files.writeString(docs.resolve("corpus.jsonl"), "{\"id\": \"x\", \"text\": \"   \"}\n{\"id\": \"y\", \"title\": \"\", \"text\": \"\"}\n");
    IndexReport update = index(2, docs, index);
    assertEquals(1, update.skipped().size(), update.summary());
    assertEquals(100, ids(index).size());
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Fields;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;

/**
 * A page of hits highlighted together, its postings enums reused from hit to hit, marks exactly
 * what each hit highlighted on its own marks (where nothing is reused), over an index of two
 * segments and in any order of the hits.
 */
class PageOffsetStrategyTest {
  private static final List<String> QUERIES =
      List.of("医院", "hospital", "献血 | blood | donation", "红十字会 | volunteers", "国际医院 | International Hospital",
          "急诊 | emergency", "hospital | zzqqxx | 医院", "健康 | health", "医院 | 医生 | 患者 | patients | doctors");

  @TempDir static Path tmp;
  private static Path index;
  private static final IndexConfig CONFIG = TestData.config();

  /** The bundled sample corpus, its first half in one segment and the rest in a second. */
  @BeforeAll
  static void indexInTwoSegments() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    List<Path> files;
    try (var listed = Files.list(FolderSource.sampleCorpus())) {
      files = listed.sorted().toList();
    }
    index = tmp.resolve("index");
    Indexer indexer = new Indexer(CONFIG, 1);
    FolderSource source = new FolderSource(docs, CONFIG.ingest().extensions());
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), docs.resolve(files.get(i).getFileName().toString()));
      if (i == files.size() / 2) {
        indexer.rebuild(source, index, ProgressListener.NONE);
      }
    }
    indexer.update(source, index, ProgressListener.NONE);
  }

  @Test
  void aPageMarksEachHitAsThatHitAloneDoes() throws Exception {
    Highlighting highlighting = new Highlighting(Analyzers.perFieldForQuery(CONFIG), CONFIG);
    QueryBuilder queries = new QueryBuilder(Analyzers.perFieldForQuery(CONFIG), CONFIG);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(2, reader.leaves().size(), "the test needs hits in two segments");
      IndexSearcher searcher = new IndexSearcher(reader);
      int pagesAcrossSegments = 0;
      for (String text : QUERIES) {
        Query query = queries.build(text, SearchRequest.QuerySyntax.SIMPLE);
        int[] page = Arrays.stream(searcher.search(query, 20).scoreDocs).mapToInt(hit -> hit.doc).toArray();
        assertTrue(page.length > 1, text + " finds several documents");
        int secondSegment = reader.leaves().get(1).docBase;
        if (Arrays.stream(page).anyMatch(d -> d < secondSegment) && Arrays.stream(page).anyMatch(d -> d >= secondSegment)) {
          pagesAcrossSegments++;
        }
        List<int[]> orders = List.of(page, ascending(page), descending(page));
        for (int[] order : orders) {
          Highlighting.Highlights together = highlighting.highlight(searcher, query, order, Set.of(Fields.ID));
          for (int i = 0; i < order.length; i++) {
            Highlighting.Highlights alone = highlighting.highlight(searcher, query, new int[] {order[i]}, Set.of(Fields.ID));
            assertEquals(alone.titles()[0], together.titles()[i], text + ", title of doc " + order[i]);
            assertEquals(alone.snippets()[0], together.snippets()[i], text + ", passages of doc " + order[i]);
            assertEquals(
                searcher.storedFields().document(order[i]).get(Fields.ID), together.stored()[i].get(Fields.ID), "stored fields of the hit");
          }
        }
      }
      assertTrue(pagesAcrossSegments > 0, "some page holds hits of both segments");
    }
  }

  @Test
  void everyQueryWordATitleHoldsIsMarked() throws Exception {
    Highlighting highlighting = new Highlighting(Analyzers.perFieldForQuery(CONFIG), CONFIG);
    QueryBuilder queries = new QueryBuilder(Analyzers.perFieldForQuery(CONFIG), CONFIG);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query = queries.build("医院 hospital", SearchRequest.QuerySyntax.SIMPLE);
      ScoreDoc[] hits = searcher.search(query, 20).scoreDocs;
      int[] page = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
      Highlighting.Highlights marked = highlighting.highlight(searcher, query, page, Set.of());
      int wordsInTitles = 0;
      for (int i = 0; i < page.length; i++) {
        String shown = marked.titles()[i] + " " + String.join(" ", marked.snippets()[i]);
        String title = searcher.storedFields().document(page[i]).get(Fields.TITLE);
        if (title.contains("医院")) {
          assertTrue(marked.titles()[i].contains("<mark>医院</mark>"), shown);
          wordsInTitles++;
        }
        if (title.toLowerCase(java.util.Locale.ROOT).contains("hospital")) {
          assertTrue(marked.titles()[i].toLowerCase(java.util.Locale.ROOT).contains("<mark>hospital</mark>"), shown);
          wordsInTitles++;
        }
      }
      assertTrue(wordsInTitles > 1, "the page's titles hold the query's words");
    }
  }

  private static int[] ascending(int[] docs) {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static int[] descending(int[] docs) {
    int[] sorted = ascending(docs);
    return IntStream.range(0, sorted.length).map(i -> sorted[sorted.length - 1 - i]).toArray();
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;
import org.medsearch.index.DocumentMapper;
import org.medsearch.index.Fields;

/**
 * Facet values counted while hits are collected — from doc values, or from each segment's sets of
 * values — must be Lucene's own counts of the same hits, value for value and in Lucene's order.
 */
class CollectedFacetCountsTest {
  private static final FacetsConfig FACETS = DocumentMapper.facetsConfig();
  private static final List<String> DIMS =
      List.of(Fields.LANGUAGE, Fields.YEAR, Fields.SOURCE, Fields.DOC_TYPE, Fields.INSTITUTION, "absent");
  private static final List<Query> QUERIES =
      List.of(
          new MatchAllDocsQuery(),
          new TermQuery(new Term("body", "w1")),
          new TermQuery(new Term("body", "w7")),
          new TermQuery(new Term("body", "nowhere")),
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term("body", "w2")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term("body", "w3")), BooleanClause.Occur.SHOULD)
              .build());

  @Test
  void countsFromDocValuesAndFromValueSetsAreLucenesOverSegmentsWithDeletions() throws IOException {
    for (boolean varied : new boolean[] {true, false}) {
      try (Directory dir = index(varied, 2024)) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertTrue(reader.leaves().size() >= 3, "the index has several segments: " + reader.leaves().size());
          assertTrue(reader.numDeletedDocs() > 0);
          IndexSearcher searcher = new IndexSearcher(reader);
          // A slice per segment, each counted by its own collector and summed by reduce.
          IndexSearcher slicedSearcher =
              new IndexSearcher(reader, Runnable::run) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                  return slices(leaves, 1, 1, false);
                }
              };
          SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);

          FacetCombinationCache cache = new FacetCombinationCache();
          cache.build(reader, state.getField());
          for (LeafReaderContext leaf : reader.leaves()) {
            FacetCombinations sets = cache.get(leaf);
            assertNotNull(sets, "built for every segment");
            assertEquals(varied, sets.sets() > 256, "sets of a " + (varied ? "varied" : "uniform") + " segment: " + sets.sets());
          }
          // Some segments from their sets, the others from doc values.
          Function<LeafReaderContext, FacetCombinations> everyOther = leaf -> leaf.ord % 2 == 0 ? cache.get(leaf) : null;

          for (Query query : QUERIES) {
            FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
            SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, hits);
            for (Function<LeafReaderContext, FacetCombinations> combinations :
                List.<Function<LeafReaderContext, FacetCombinations>>of(leaf -> null, cache::get, everyOther)) {
              for (IndexSearcher counting : List.of(searcher, slicedSearcher)) {
                CollectedFacetCounts counted = counting.search(query, new CollectedFacetCounts(state, combinations));
                for (String dim : DIMS) {
                  for (int n : new int[] {1, 3, 10, 100}) {
                    assertEquals(topOf(lucene, dim, n), counted.top(dim, n), query + ", " + dim + ", top " + n);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  @Test
  void drillSidewaysHitsCountedByValueSetsGiveLucenesDrillSidewaysCounts() throws IOException {
    for (boolean varied : new boolean[] {true, false}) {
      try (Directory dir = index(varied, 99); DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        FacetCombinationCache cache = new FacetCombinationCache();
        cache.build(reader, state.getField());
        for (Query base : QUERIES) {
          for (List<String[]> filters :
              List.of(
                  List.<String[]>of(new String[] {Fields.LANGUAGE, "zh"}),
                  List.of(new String[] {Fields.LANGUAGE, "en"}, new String[] {Fields.DOC_TYPE, "type1"}),
                  List.of(new String[] {Fields.DOC_TYPE, "type0"}, new String[] {Fields.DOC_TYPE, "type2"}))) {
            DrillDownQuery drillDown = new DrillDownQuery(FACETS, base);
            filters.forEach(f -> drillDown.add(f[0], f[1]));
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, FACETS, state).search(drillDown, 10);
            Map<String, CollectedFacetCounts> byDim = new java.util.HashMap<>();
            for (int i = 0; i < result.drillSidewaysDims.length; i++) {
              byDim.put(result.drillSidewaysDims[i], CollectedFacetCounts.of(result.drillSidewaysFacetsCollector[i], state, cache::get));
            }
            CollectedFacetCounts all = CollectedFacetCounts.of(result.drillDownFacetsCollector, state, cache::get);
            for (String dim : DIMS) {
              for (int n : new int[] {1, 10}) {
                assertEquals(
                    topOf(result.facets, dim, n), byDim.getOrDefault(dim, all).top(dim, n), base + ", " + dim + ", top " + n);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void aSegmentWithMoreSetsThanAllowedHasNone() throws IOException {
    try (Directory dir = index(true, 7); DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReaderContext leaf = reader.leaves().getFirst();
      String field = new DefaultSortedSetDocValuesReaderState(reader, FACETS).getField();
      int maxDoc = leaf.reader().maxDoc();
      FacetCombinations all = FacetCombinations.of(leaf.reader().getSortedSetDocValues(field), maxDoc, FacetCombinations.MAX_SETS);
      assertNotNull(all);
      assertNull(FacetCombinations.of(leaf.reader().getSortedSetDocValues(field), maxDoc, all.sets() - 1));
      assertNotNull(FacetCombinations.of(leaf.reader().getSortedSetDocValues(field), maxDoc, all.sets()));
    }
  }

  @Test
  void aServiceAnswersAlikeBeforeAndAfterItsFacetValueSetsAreBuilt(@TempDir Path tmp) throws IOException {
    Path docs = TestData.generatedCorpus(tmp.resolve("docs"), 300, 0);
    try (Stream<Path> sample = Files.list(FolderSource.sampleCorpus())) {
      for (Path file : sample.toList()) {
        Files.copy(file, docs.resolve(file.getFileName().toString()));
      }
    }
    Path index = TestData.index(docs, tmp.resolve("index"));
    List<SearchRequest> requests = new ArrayList<>();
    for (String query : TestData.GENERATED_CORPUS_QUERIES) {
      requests.add(SearchRequest.of(query, 10));
      requests.add(new SearchRequest(query, SearchRequest.QuerySyntax.SIMPLE, 2, 5, SearchRequest.SortOrder.DATE, Map.of(), null, null, null));
    }
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      List<String> before = new ArrayList<>();
      for (SearchRequest request : requests) {
        before.add(answer(service.search(request)));
      }
      assertNull(service.facetCombinationsBuilt(), "built before it was asked for");
      service.prepareLookups();
      service.facetCombinationsBuilt().join();
      for (int i = 0; i < requests.size(); i++) {
        assertEquals(before.get(i), answer(service.search(requests.get(i))), requests.get(i).toString());
      }
      assertTrue(before.stream().anyMatch(a -> a.contains("institution=[FacetCount")), "some answer counts institutions");
      // A relevance page's scores, taken from the sort, are those a search that scores its hits gives.
      for (String query : List.of("hospital", "stem cell", "医院", "急诊 儿科")) {
        List<SearchService.ScoredId> ranked = service.rank(query, SearchRequest.QuerySyntax.SIMPLE, 10);
        List<SearchService.ScoredId> page =
            service.search(SearchRequest.of(query, 10)).hits().stream().map(h -> new SearchService.ScoredId(h.id(), h.score())).toList();
        assertFalse(page.isEmpty(), query);
        assertEquals(ranked, page, query);
      }
    }
  }

  @Test
  void aRefreshedCommitBuildsTheSetsOfItsSegmentsAtOnceAndCountsAsDocValuesDo(@TempDir Path tmp) throws IOException {
    Path[] versions = TestData.generatedCorpusVersions(tmp.resolve("docs"), 200);
    try (Stream<Path> sample = Files.list(FolderSource.sampleCorpus())) {
      for (Path file : sample.toList()) {
        Files.copy(file, versions[1].resolve(file.getFileName().toString()));
      }
    }
    Path index = TestData.index(versions[0], tmp.resolve("index"));
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      service.prepareLookups();
      service.facetCombinationsBuilt().join();
      IndexConfig config = TestData.config();
      new Indexer(config, 2).update(new FolderSource(versions[1], config.ingest().extensions()), index, ProgressListener.NONE);
      service.refresh();
      CompletableFuture<Void> built = service.facetCombinationsBuilt();
      assertNotNull(built, "a refreshed commit starts building its sets");
      built.join();
      try (LuceneSearchService fromDocValues = LuceneSearchService.open(index, TestData.config())) {
        for (String query : TestData.GENERATED_CORPUS_QUERIES) {
          SearchResponse counted = service.search(SearchRequest.of(query, 10));
          assertEquals(answer(fromDocValues.search(SearchRequest.of(query, 10))), answer(counted), query);
        }
        assertTrue(service.search(SearchRequest.of("", 10)).facets().get(Fields.INSTITUTION).size() > 0);
      }
    }
  }

  private static String answer(SearchResponse response) {
    return response.total() + " " + response.hits() + " " + response.facets() + " " + response.nextCursor();
  }

  /** Lucene's top values as ours are written: label and count; none for a dimension without values or hits. */
  private static List<SearchResponse.FacetCount> topOf(Facets counts, String dim, int n) throws IOException {
    FacetResult result;
    try {
      result = counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<SearchResponse.FacetCount> top = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        top.add(new SearchResponse.FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return top;
  }

  /**
   * Four segments of 400 documents with random words and facet values, a tenth deleted. Varied:
   * years, sources and up to three of 25 institutions, hundreds of sets a segment; uniform: two
   * languages and three types, a few sets, some documents without any value.
   */
  private static Directory index(boolean varied, long seed) throws IOException {
    Random random = new Random(seed);
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig iwc = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, iwc)) {
      for (int segment = 0; segment < 4; segment++) {
        for (int i = 0; i < 400; i++) {
          Document doc = new Document();
          String id = segment + "-" + i;
          doc.add(new StringField("id", id, Field.Store.NO));
          StringBuilder body = new StringBuilder();
          for (int w = 0; w < 5; w++) {
            body.append(" w").append(random.nextInt(10));
          }
          doc.add(new TextField("body", body.toString(), Field.Store.NO));
          if (varied || random.nextInt(10) > 0) {
            doc.add(new SortedSetDocValuesFacetField(Fields.LANGUAGE, random.nextBoolean() ? "zh" : "en"));
            doc.add(new SortedSetDocValuesFacetField(Fields.DOC_TYPE, "type" + random.nextInt(3)));
          }
          if (varied) {
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(2000 + random.nextInt(20))));
            doc.add(new SortedSetDocValuesFacetField(Fields.SOURCE, "source" + random.nextInt(4)));
            for (int k = random.nextInt(4); k > 0; k--) {
              doc.add(new SortedSetDocValuesFacetField(Fields.INSTITUTION, "institution " + random.nextInt(25)));
            }
          }
          writer.addDocument(FACETS.build(doc));
        }
        for (int i = 0; i < 40; i++) {
          writer.deleteDocuments(new Term("id", segment + "-" + random.nextInt(400)));
        }
        writer.commit();
      }
    }
    return dir;
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;

/** Common words only add to the scores of documents the rarer words found. */
class CommonTermsTest {
  /** 100 documents: "吃" in every one, "鱼" in ten, "孕妇" in two (one with 鱼), "可以" in the title of 20. */
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 100; i++) {
        StringBuilder body = new StringBuilder("吃");
        if (i % 10 == 0) {
          body.append(" 鱼");
        }
        if (i == 0 || i == 55) {
          body.append(" 孕妇");
        }
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.YES));
        doc.add(new TextField("body", body.toString(), Field.Store.NO));
        doc.add(new TextField("title", i < 20 ? "可以" : "不", Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query anyOf(int minimum, Query... clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
    for (Query q : clauses) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Map<Integer, Float> scores(Query query) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  /** The split query finds exactly {@code expected} documents, each with the score the whole query gave it. */
  private void assertSplitFinds(Query query, double cutoff, Set<Integer> expected) throws IOException {
    Query split = CommonTerms.split(query, searcher, cutoff, 0);
    Map<Integer, Float> before = scores(query);
    Map<Integer, Float> after = scores(split);
    assertEquals(expected, new TreeSet<>(after.keySet()), "documents found by " + split);
    for (Map.Entry<Integer, Float> hit : after.entrySet()) {
      assertEquals(before.get(hit.getKey()), hit.getValue(), 1e-5f, "score of document " + hit.getKey());
    }
  }

  @Test
  void aCommonWordNoLongerFindsDocumentsOnItsOwn() throws IOException {
    Query question = anyOf(1, term("body", "孕妇"), term("body", "吃"), term("body", "鱼"));
    assertEquals(100, searcher.count(question));
    // Cutoff 5%: 吃 (100 documents) and 鱼 (10) are common, 孕妇 (2) is rare.
    assertSplitFinds(question, 0.05, Set.of(0, 55));
    // Cutoff 20%: only 吃 is common.
    assertSplitFinds(question, 0.2, Set.of(0, 10, 20, 30, 40, 50, 55, 60, 70, 80, 90));
    // An absolute cutoff counts documents.
    assertSplitFinds(question, 5, Set.of(0, 55));
  }

  @Test
  void oneWordInSeveralFieldsIsSplitFieldByField() throws IOException {
    // "可以" is rare in the title at a 25% cutoff (20 documents) but the body word 吃 is common:
    // the word finds documents through its title term only, and scores as before.
    Query word = anyOf(0, new BoostQuery(term("title", "可以"), 3f), term("body", "吃"));
    Query question = anyOf(1, word, term("body", "孕妇"));
    Set<Integer> expected = new TreeSet<>(Set.of(55));
    for (int i = 0; i < 20; i++) {
      expected.add(i);
    }
    assertSplitFinds(question, 0.25, expected);
  }

  @Test
  void onlyCommonWordsAreFoundThroughTheRarestOne() throws IOException {
    Query question = anyOf(1, term("body", "吃"), term("body", "鱼"));
    assertSplitFinds(question, 0.01, Set.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90));
  }

  @Test
  void eachWordIsLookedUpInTheTermsDictionaryOnce() throws IOException {
    AtomicInteger lookups = new AtomicInteger();
    try (DirectoryReader counting = new LookupCounting(reader, lookups)) {
      IndexSearcher planning = new IndexSearcher(counting);
      Query question = anyOf(1, term("body", "孕妇"), term("body", "吃"), term("body", "鱼"));
      Query split = CommonTerms.split(question, planning, 0.05, 0);
      assertEquals(3, lookups.get(), "one lookup per word while splitting: " + split);
      // The server searches with a searcher of its own over the same reader (its time limit).
      assertEquals(2, new IndexSearcher(counting).search(split, 10).totalHits.value());
      assertEquals(3, lookups.get(), "no word looked up again by the search");
      planning.search(question, 10);
      assertEquals(6, lookups.get(), "the unsplit query's search looks each word up itself");
    }
  }

  /** A reader that counts lookups in its terms dictionaries (seeking by a term's bytes). */
  private static final class LookupCounting extends FilterDirectoryReader {
    private final AtomicInteger lookups;

    LookupCounting(DirectoryReader in, AtomicInteger lookups) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader leaf) {
          return new FilterLeafReader(leaf) {
            @Override
            public Terms terms(String field) throws IOException {
              Terms terms = super.terms(field);
              return terms == null ? null : new FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                  return new FilterTermsEnum(in.iterator()) {
                    @Override
                    public boolean seekExact(BytesRef text) throws IOException {
                      lookups.incrementAndGet();
                      return in.seekExact(text);
                    }

                    @Override
                    public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
                      lookups.incrementAndGet(); // TermStates looks terms up in two steps
                      return in.prepareSeekExact(text);
                    }

                    @Override
                    public SeekStatus seekCeil(BytesRef text) throws IOException {
                      lookups.incrementAndGet();
                      return in.seekCeil(text);
                    }
                  };
                }
              };
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return null;
            }
          };
        }
      });
      this.lookups = lookups;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new LookupCounting(in, lookups);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  @Test
  void groupsThatRequireEveryWordOrNoCutoffAreLeftAlone() throws IOException {
    Query all = anyOf(2, term("body", "孕妇"), term("body", "吃"));
    assertSame(all, CommonTerms.split(all, searcher, 0.05, 0));
    Query question = anyOf(1, term("body", "孕妇"), term("body", "吃"));
    assertSame(question, CommonTerms.split(question, searcher, 0, 0));
    // Only common words with two of them required: splitting would change which documents match.
    Query twoCommon = anyOf(2, term("body", "吃"), term("body", "鱼"), term("title", "可以"));
    assertSame(twoCommon, CommonTerms.split(twoCommon, searcher, 0.01, 0));
  }

  /** The shipped configuration with {@code cutoff_min_documents: 0}, so a small test index has common words. */
  private static IndexConfig withoutFloor(Path tmp) throws IOException {
    String shipped = Files.readString(Path.of("index-config", "index.yaml"));
    assertTrue(shipped.contains("\n  cutoff_min_documents: 1000 "), "the shipped floor this test lowers");
    return ConfigLoader.load(TestData.configFolder(tmp.resolve("config"), shipped.replace("\n  cutoff_min_documents: 1000 ", "\n  cutoff_min_documents: 0 ")));
  }

  /** An index of {@code rareFile} holding {@code rareText} and thirty documents {@code common.apply(0..29)}. */
  private static Path oneAmongThirty(Path tmp, String rareFile, String rareText, java.util.function.IntFunction<String> common)
      throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve(rareFile), rareText);
    for (int i = 0; i < 30; i++) {
      Files.writeString(docs.resolve("common" + i + ".txt"), common.apply(i));
    }
    return TestData.index(docs, tmp.resolve("index"));
  }

  @Test
  void theTranslationOfACommonWordDoesNotFindDocumentsOnItsOwn(@TempDir Path tmp) throws Exception {
    // The glossary translates 糖尿病 → diabetes and 发烧 → fever; fever is in every document but one.
    Path index = oneAmongThirty(tmp, "diabetes.txt", "Diabetes and infections\nPeople with diabetes may get infections more often.\n",
        i -> "Fever in children " + i + "\nA fever is a body temperature above normal.\n");
    try (LuceneSearchService service = LuceneSearchService.open(index, withoutFloor(tmp))) {
      SearchResponse answer = service.search(SearchRequest.of("糖尿病 发烧", 10));
      assertEquals(1, answer.total(), "found: " + answer.hits());
      assertEquals("diabetes.txt", answer.hits().get(0).id());
    }
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      assertEquals(31, service.search(SearchRequest.of("糖尿病 发烧", 10)).total());
    }
  }

  @Test
  void aTypedChineseQuestionNoLongerMatchesEveryDocumentThroughItsFillerWords(@TempDir Path tmp) throws Exception {
    // 可以 and 吃 are in every document, 孕妇 and 鱼 in one each.
    Path index = oneAmongThirty(tmp, "fish.txt", "孕妇可以吃鱼\n孕期饮食：孕妇可以吃鱼，鱼肉富含优质蛋白，每周吃两次为宜。\n",
        i -> "可以吃的水果" + i + "\n饭后可以吃一些水果，注意卫生。\n");
    try (LuceneSearchService service = LuceneSearchService.open(index, withoutFloor(tmp))) {
      SearchResponse answer = service.search(SearchRequest.of("孕妇可以吃鱼吗", 10));
      assertEquals(1, answer.total(), "found: " + answer.hits());
      assertEquals("fish.txt", answer.hits().get(0).id());
      // Words every document holds still find them when nothing rarer was asked for.
      assertEquals(31, service.search(SearchRequest.of("可以吃", 10)).total());
    }
    // With the shipped floor, 31 documents are too few for any word to count as common.
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      assertEquals(31, service.search(SearchRequest.of("孕妇可以吃鱼吗", 10)).total());
    }
  }
}

package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Fields;

/** Ranking of typed questions: Latin words in Chinese titles, segment matching, typos (real queries of the test collections). */
class QuestionRankingTest {
  @TempDir Path tmp;

  private LuceneSearchService serviceOver(Map<String, String> files) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(docs.resolve(file.getKey()), file.getValue());
    }
    return LuceneSearchService.open(TestData.index(docs, tmp.resolve("index")), TestData.config());
  }

  private static List<String> ids(LuceneSearchService service, String query) {
    return service.rank(query, SearchRequest.QuerySyntax.SIMPLE, 10).stream().map(SearchService.ScoredId::id).toList();
  }

  @Test
  void latinWordInAShortChineseTitleOutranksTheSameWordInALongOne() throws Exception {
    // In the English fields both titles hold the one word "hpv"; only the Chinese fields see how long each title is.
    try (LuceneSearchService service =
        serviceOver(Map.of(
            "a.txt", "注射完HPV疫苗，可以吃药吗？刚打完第二针，最近感冒了，医生说要等一段时间\n",
            "b.txt", "HPV病毒是什么\n"))) {
      assertEquals(List.of("b.txt", "a.txt"), ids(service, "hpv"));
    }
  }

  @Test
  void chineseFieldsOfAnEnglishDocumentHoldNoLatinWords() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "HPV vaccine\nThe HPV vaccine protects against the human papillomavirus.\n");
    Files.writeString(docs.resolve("b.txt"), "HPV病毒是什么\n");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(TestData.index(docs, tmp.resolve("index"))))) {
      // The English document's words count once, in its English fields; the Chinese title's HPV is in both.
      assertEquals(2, reader.docFreq(new Term(Fields.TITLE_EN, "hpv")));
      assertEquals(1, reader.docFreq(new Term(Fields.TITLE_ZH, "hpv")));
      assertEquals(1, reader.docFreq(new Term(Fields.TITLE_ZH, "病毒")));
    }
  }

  @Test
  void chinesePhraseMatchesTitlesHoldingSomeOfItsSegments() {
    IndexConfig config = TestData.config();
    QueryBuilder builder = new QueryBuilder(Analyzers.perFieldForQuery(config), config);
    // 白头发原因 is three segments (白 头发 原因): any of them may match, the best-covered titles first ...
    String chinese = builder.build("白头发原因", SearchRequest.QuerySyntax.SIMPLE).toString();
    assertTrue(chinese.contains("(title.zh:白 title.zh:头发 title.zh:原因)~1"), chinese);
    // ... while a search box of up to three words still needs them all.
    String english = builder.build("stem cell clinic", SearchRequest.QuerySyntax.SIMPLE).toString();
    assertTrue(english.contains("body.zh:clinic))~3"), english);
  }

  @Test
  void typedQuestionAlsoSearchesTheCorrectSpellingOfAnUnknownWord() throws Exception {
    try (LuceneSearchService service =
        serviceOver(Map.of(
            "a.txt", "Hydralazine\nHydralazine is used to treat high blood pressure.\n",
            "b.txt", "Carvedilol\nCarvedilol is used to treat heart failure and high blood pressure.\n",
            "c.txt", "Blood pressure\nHow to measure blood pressure at home.\n"))) {
      // A question of four words or more: hydrslazine is searched as hydralazine too.
      assertEquals(List.of("a.txt", "b.txt"), ids(service, "interactions between carvedilol and hydrslazine"));
      // A search-box query stays as typed: no hits, and did_you_mean offers the correction.
      SearchResponse typed = service.search(SearchRequest.of("hydrslazine", 10));
      assertEquals(0, typed.total());
      assertEquals("hydralazine", typed.didYouMean());
    }
  }

  @Test
  void longTypedQuestionKeepsItsRarestWords() throws Exception {
    try (LuceneSearchService service =
        serviceOver(Map.of(
            "a.txt", "Shingles vaccine\nAt what age should you get the shingles vaccine? Adults over 50 should get it.\n",
            "b.txt", "Children\nMy children are in their late years; all three had bad cases of chicken pox as children.\n",
            "c.txt", "Age\nAt what age should you get a shot? It depends on your age and what you are getting.\n"))) {
      String typed = "Shingles vacine At what age should you get the Shingles shot. My children are in theur late 30's,"
          + " early 40's, all three had bad cases of chicken pox as children.";
      // 28 words, cut to the 15 that the fewest documents hold: the chatter about age and children weighs less.
      assertEquals("a.txt", ids(service, typed).getFirst());
      // A short search-box query is never cut.
      assertEquals(List.of("c.txt"), ids(service, "what age shot"));
    }
  }

  @Test
  void parenthesesAndLoneDashesOfATypedQuestionAreNotOperators() throws Exception {
    Map<String, String> files = Map.of(
        "a.txt", "Hydrogen peroxide poisoning\nHydrogen peroxide is a liquid commonly used to fight germs.\n",
        "b.txt", "Disposing of unused medicines\nHow to safely dispose of medicines you no longer need.\n",
        "c.txt", "Peroxide hair bleach\nBleach with peroxide: a guide.\n");
    // A typed question as in en-medquad (topic 35, shortened to 15 words, which are never cut): a
    // date in parentheses, a subject line glued on by a dash.
    String typed = "Hydrogen peroxide - I found expired (04/2010) bottles. How do I safely dispose of them?";
    try (LuceneSearchService service = serviceOver(files)) {
      // As operators they made every one of its words required: no document holds them all.
      List<String> found = ids(service, typed);
      assertEquals("a.txt", found.stream().findFirst().orElse(null), found.toString());
      assertTrue(found.contains("b.txt"), found.toString());
      List<String> dashed = ids(service, "Hydrogen peroxide -- how do I safely dispose of expired bottles?");
      assertEquals(List.of("a.txt", "b.txt"), dashed.stream().limit(2).toList(), dashed.toString());
      // Real operators still make a query explicit: -word excludes, and grouping works with them.
      assertEquals(List.of("c.txt"), ids(service, "peroxide -hydrogen"));
      assertEquals(List.of("a.txt"), ids(service, "(germs | fight) peroxide"));
    }
    // search.asides_as_text: false keeps the previous reading: every word required, nothing found.
    String yaml = Files.readString(Path.of("index-config", "index.yaml"));
    assertTrue(yaml.contains("asides_as_text: true"));
    IndexConfig strict = ConfigLoader.load(
        TestData.configFolder(tmp.resolve("strict"), yaml.replace("asides_as_text: true", "asides_as_text: false")));
    try (LuceneSearchService service = LuceneSearchService.open(tmp.resolve("index"), strict)) {
      assertEquals(List.of(), ids(service, typed));
    }
  }

  @Test
  void namesAreNotTakenForTypos() throws Exception {
    try (LuceneSearchService service =
        serviceOver(Map.of("a.txt", "School health\nSchool health and networks.\n", "b.txt", "Hip pain\nHpp and hip pain.\n"))) {
      // Schmorl's and HNPP are names the corpus lacks, not misspellings of school or hpp.
      assertEquals(List.of(), ids(service, "what are Schmorl's nodes seen with HNPP"));
    }
  }
}

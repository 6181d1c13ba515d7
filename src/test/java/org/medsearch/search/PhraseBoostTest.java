package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;

/** The phrase boost goes to search-box phrases, not to long questions ({@code search.phrase_max_words}). */
class PhraseBoostTest {
  private static Map<String, Integer> phrasePositionsByField(IndexConfig config, String text) {
    Query query = new QueryBuilder(Analyzers.perFieldForQuery(config), config).build(text, SearchRequest.QuerySyntax.SIMPLE);
    Map<String, Integer> positions = new TreeMap<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            if (q instanceof PhraseQuery phrase) {
              positions.put(phrase.getField(), phrase.getTerms().length);
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return positions;
  }

  @Test
  void aShortQueryIsAlsoSearchedAsAPhraseInEachField() {
    IndexConfig config = TestData.config();
    assertEquals(4, config.search().phraseMaxWords());
    // The Chinese fields keep Latin words (analysis.chinese.latin_words), so they get the phrase too.
    assertEquals(
        Map.of("body.en", 3, "title.en", 3, "body.zh", 3, "title.zh", 3), phrasePositionsByField(config, "bone marrow transplant"));
    // 乙肝症状: smartcn's 乙肝 症状 and the pairs 乙肝 肝症 症状.
    assertEquals(Map.of("body.zh", 2, "body.zh2", 3, "title.zh", 2, "title.zh2", 3), phrasePositionsByField(config, "乙肝症状"));
  }

  @Test
  void aLongQuestionGetsNoPhraseUnlessTheLimitIsOff(@TempDir Path tmp) throws Exception {
    String question = "bone marrow transplant side effects children leukemia";
    assertEquals(Map.of(), phrasePositionsByField(TestData.config(), question));
    // A field may keep its phrase while another's is too long: 4 smartcn words, 7 character pairs.
    assertEquals(Map.of("body.zh", 4, "title.zh", 4), phrasePositionsByField(TestData.config(), "儿童白血病骨髓移植"));

    String yaml = Files.readString(Path.of("index-config", "index.yaml"));
    assertTrue(yaml.contains("phrase_max_words: 4"));
    IndexConfig unlimited =
        ConfigLoader.load(TestData.configFolder(tmp, yaml.replace("phrase_max_words: 4", "phrase_max_words: 0")));
    assertEquals(Map.of("body.en", 7, "title.en", 7, "body.zh", 7, "title.zh", 7), phrasePositionsByField(unlimited, question));
  }
}

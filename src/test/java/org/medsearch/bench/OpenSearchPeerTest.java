package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;

/** The peer is asked the same question as our service: same words, fields, weights, minimum, cutoff and phrases. */
class OpenSearchPeerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IndexConfig CONFIG = ConfigLoader.loadBundled();

  @Test
  void searchCarriesOurFieldsWeightsMinimumShouldMatchAndCutoff() throws Exception {
    JsonNode query = JSON.readTree(OpenSearchPeer.searchBody("孕妇可以吃鱼吗", CONFIG)).path("query").path("bool");
    JsonNode match = query.path("must").path(0).path("multi_match");
    assertEquals("孕妇可以吃鱼吗", match.path("query").asText());
    assertEquals(CONFIG.search().minimumShouldMatch(), match.path("minimum_should_match").asText());
    assertEquals(CONFIG.search().cutoffFrequency(), match.path("cutoff_frequency").asDouble(), 1e-12);
    List<String> fields = new ArrayList<>();
    match.path("fields").forEach(f -> fields.add(f.asText()));
    // The bundled config: title 3, body 1, character pairs at half weight.
    assertEquals(List.of("title^3.0", "title.zh^3.0", "title.zh2^1.5", "body^1.0", "body.zh^1.0", "body.zh2^0.5"), fields);
  }

  @Test
  void phraseBoostIsOneMatchPhrasePerFieldWithOurSlop() throws Exception {
    JsonNode should = JSON.readTree(OpenSearchPeer.searchBody("heart attack", CONFIG)).path("query").path("bool").path("should");
    // Where ours adds a phrase: the English fields, and the Chinese ones, which keep Latin words; no character pairs.
    assertEquals(4, should.size());
    assertEquals("title.zh", should.path(1).path("match_phrase").fieldNames().next());
    JsonNode title = should.path(0).path("match_phrase").path("title");
    assertEquals("heart attack", title.path("query").asText());
    assertEquals(CONFIG.search().phraseSlop(), title.path("slop").asInt());
    assertEquals(3.0 * CONFIG.search().phraseBoost(), title.path("boost").asDouble(), 1e-6);
  }

  @Test
  void aQuestionLongerThanOurPhraseMaxWordsGetsNoPhraseThereEither() throws Exception {
    JsonNode bool = JSON.readTree(OpenSearchPeer.searchBody("heart attack symptoms in young women", CONFIG)).path("query").path("bool");
    assertFalse(bool.has("should"));
    assertEquals(1, bool.path("must").size());
  }

  @Test
  void noCutoffNoPhrasesNoPairsWhenOursAreOff(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String yaml = new String(ConfigLoader.class.getResourceAsStream("/index-config/index.yaml").readAllBytes(), StandardCharsets.UTF_8)
        .replaceFirst("cutoff_frequency: [0-9.]+", "cutoff_frequency: 0")
        .replaceFirst("phrase_boost: [0-9.]+", "phrase_boost: 0")
        .replaceFirst("bigram_weight: [0-9.]+", "bigram_weight: 0");
    IndexConfig off = ConfigLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    JsonNode body = JSON.readTree(OpenSearchPeer.searchBody("heart attack", off));
    JsonNode bool = body.path("query").path("bool");
    assertFalse(bool.path("must").path(0).path("multi_match").has("cutoff_frequency"));
    assertFalse(bool.has("should"));
    assertEquals(4, bool.path("must").path(0).path("multi_match").path("fields").size());
    assertEquals(off.search().defaultPageSize(), body.path("size").asInt());
    assertEquals(2, body.path("aggs").size());
    assertFalse(JSON.readTree(OpenSearchPeer.indexDefinition(off)).path("mappings").path("properties").path("title").path("fields").has("zh2"));
  }

  @Test
  void indexHoldsEveryFieldWeIndex() throws Exception {
    JsonNode def = JSON.readTree(OpenSearchPeer.indexDefinition(CONFIG));
    JsonNode properties = def.path("mappings").path("properties");
    for (String text : List.of("title", "body")) {
      assertEquals("smartcn", properties.path(text).path("fields").path("zh").path("analyzer").asText());
      assertEquals("han_bigrams", properties.path(text).path("fields").path("zh2").path("analyzer").asText());
      assertEquals("spell", properties.path(text).path("copy_to").path(0).asText());
    }
    assertEquals("docs", properties.path("spell").path("index_options").asText());
    assertTrue(def.path("settings").path("index").path("analysis").path("analyzer").has("spelling"));
  }
}

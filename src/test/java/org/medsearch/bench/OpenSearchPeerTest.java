package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The peer is asked the same question as our service: same words, fields, minimum and cutoff. */
class OpenSearchPeerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void searchCarriesOurMinimumShouldMatchAndCutoff() throws Exception {
    JsonNode match = JSON.readTree(OpenSearchPeer.searchBody("孕妇可以吃鱼吗", 10, 0.01)).path("query").path("multi_match");
    assertEquals("孕妇可以吃鱼吗", match.path("query").asText());
    assertEquals("3<1", match.path("minimum_should_match").asText());
    assertEquals(0.01, match.path("cutoff_frequency").asDouble(), 1e-12);
  }

  @Test
  void noCutoffWhenOursIsOff() throws Exception {
    JsonNode body = JSON.readTree(OpenSearchPeer.searchBody("heart attack", 10, 0));
    assertFalse(body.path("query").path("multi_match").has("cutoff_frequency"));
    assertEquals(10, body.path("size").asInt());
    assertEquals(2, body.path("aggs").size());
  }
}

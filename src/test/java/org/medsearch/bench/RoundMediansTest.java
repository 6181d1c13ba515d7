package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundMediansTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LoadResult load(double qps, double p50, double p99, long errors) {
    return new LoadResult(4, 20, (long) (qps * 20), errors, qps, new Latencies(100, p50, p99, p99, p99, p50), "wrk");
  }

  private static <T> T median(Class<T> type, List<T> rounds) throws Exception {
    List<JsonNode> trees = rounds.stream().map(r -> (JsonNode) JSON.valueToTree(r)).toList();
    return JSON.treeToValue(RoundMedians.of(trees), type);
  }

  @Test
  void eachNumberIsTheMedianOfTheRoundsAndErrorsAreSummed() throws Exception {
    LoadResult m = median(LoadResult.class, List.of(load(182, 12.1, 30.8, 0), load(153, 13.1, 32.0, 2), load(190, 12.0, 34.7, 1)));
    assertEquals(182, m.qps());
    assertEquals(12.1, m.latency().p50());
    assertEquals(32.0, m.latency().p99());
    assertEquals(3640, m.requests());
    assertEquals(3, m.errors(), "an error in any round is reported");
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() throws Exception {
    LoadResult m = median(LoadResult.class, List.of(load(100, 10, 20, 0), load(300, 30, 40, 0), load(200, 20, 30, 0), load(400, 40, 50, 0)));
    assertEquals(250, m.qps());
    assertEquals(25, m.latency().p50());
    assertEquals(5000, m.requests(), "counts stay whole numbers");
  }

  @Test
  void aFlagHoldsOnlyWhenItHeldInEveryRoundAndTextComesFromTheFirst() throws Exception {
    SearchFigures up = searchFigures("256m", true, 1800);
    SearchFigures died = searchFigures("256m", false, 2200);
    SearchFigures m = median(SearchFigures.class, List.of(up, died, up));
    assertFalse(m.serverSurvived());
    assertEquals("256m", m.heap());
    assertEquals(1800, m.readyMillis());
  }

  @Test
  void listsCombineElementByElementAndMissingValuesAreLeftOut() throws Exception {
    IndexingFigures a = new IndexingFigures(List.of(new Throughput(1, 100, 1000, 10), new Throughput(2, 100, 1000, 6)), 5000, new Throughput(1, 100, 1000, 2));
    IndexingFigures b = new IndexingFigures(List.of(new Throughput(1, 100, 1000, 12), new Throughput(2, 100, 1000, 5)), 5000, new Throughput(1, 100, 1000, 4));
    IndexingFigures c = new IndexingFigures(List.of(new Throughput(1, 100, 1000, 11), new Throughput(2, 100, 1000, 7)), 5000, null);
    IndexingFigures m = median(IndexingFigures.class, List.of(a, b, c));
    assertEquals(11, m.runs().get(0).seconds());
    assertEquals(6, m.runs().get(1).seconds());
    assertEquals(2, m.runs().get(1).threads());
    assertEquals(3, m.ingest().seconds(), "the rounds that measured ingest");

    PeerFigures searched = new PeerFigures(null, null, 0, "256m", load(80, 20, 60, 0), load(90, 40, 120, 0));
    PeerFigures other = new PeerFigures(null, null, 0, "256m", load(100, 22, 70, 0), load(110, 38, 110, 0));
    PeerFigures p = median(PeerFigures.class, List.of(searched, other));
    assertNull(p.bulk());
    assertEquals(100, p.loaded().qps());
  }

  @Test
  void noRoundsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RoundMedians.of(List.of()));
  }

  private static SearchFigures searchFigures(String heap, boolean survived, double ready) {
    LoadResult l = load(100, 10, 20, 0);
    return new SearchFigures(new Latencies(100, 5, 8, 9, 10, 5), l, l, l, heap, ready, 3000, 100, 40, 800, 900, 1_000_000, survived);
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {
  @TempDir Path dir;

  @Test
  void roundsAreKeptBesideTheirMediansAndSurviveReopening() throws Exception {
    BenchResults results = BenchResults.open(dir);
    List<Throughput> rounds = List.of(new Throughput(1, 1000, 1_000_000, 2.0), new Throughput(1, 1000, 1_000_000, 1.0), new Throughput(1, 1000, 1_000_000, 4.0));
    results.put("analysis", "corpus: test", "2026-12-07T16:30:00Z", rounds);

    BenchResults reopened = BenchResults.open(dir);
    assertEquals(2.0, reopened.get("analysis", Throughput.class).orElseThrow().seconds());
    assertEquals(rounds, reopened.rounds("analysis", Throughput.class));
    assertEquals(Optional.of("2026-12-07T16:30:00Z"), reopened.runOf("analysis"));
    assertEquals(Optional.of("corpus: test"), reopened.corpusOf("analysis"));
  }

  @Test
  void aPhaseRunOnceIsOneRoundOfNoRun() throws Exception {
    BenchResults results = BenchResults.open(dir);
    Throughput once = new Throughput(2, 500, 400_000, 1.5);
    results.put("build", "corpus: test", once);
    assertEquals(List.of(once), results.rounds("build", Throughput.class));
    assertTrue(results.runOf("build").isEmpty());
    assertTrue(results.rounds("search", SearchFigures.class).isEmpty());
  }

  private static final String CORPUS = "corpus: test";
  private static final LoadResult LOAD = new LoadResult(4, 20, 2000, 0, 100, new Latencies(2000, 10, 20, 25, 30, 11), "wrk");
  private static final SearchFigures OURS = new SearchFigures(new Latencies(100, 5, 8, 9, 10, 5), LOAD, LOAD, LOAD, "256m", 1800, 2700, 100, 47, 800, 900, 1_000_000, true);
  private static final PeerFigures PEER = new PeerFigures(null, null, 0, "256m", LOAD, LOAD);

  @Test
  void roundsAreAddedOnlyToPhasesThatRanTogetherOnThisCorpus() throws Exception {
    BenchResults results = BenchResults.open(dir);
    List<Phase> both = List.of(Phase.SEARCH, Phase.PEER_SEARCH);
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> BenchRun.earlierRun(results, both, CORPUS));
    assertEquals("search has no figures on this corpus to add to", none.getMessage());

    results.put("search", CORPUS, "run-1", List.of(OURS, OURS, OURS));
    results.put("peer-search", CORPUS, "run-1", List.of(PEER, PEER, PEER));
    assertEquals("run-1", BenchRun.earlierRun(results, both, CORPUS));
    assertThrows(IllegalArgumentException.class, () -> BenchRun.earlierRun(results, both, "corpus: another"));

    results.put("search", CORPUS, "run-2", List.of(OURS));
    IllegalArgumentException apart = assertThrows(IllegalArgumentException.class, () -> BenchRun.earlierRun(results, both, CORPUS));
    assertEquals("search has 1 round(s) of run run-2, peer-search 3 of run run-1: only phases that ran together can add rounds together", apart.getMessage());
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}

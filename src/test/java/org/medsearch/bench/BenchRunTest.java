package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRunTest {
  private static final List<Phase> BUILDS = List.of(Phase.BUILD, Phase.PEER_INDEX);

  @Test
  void buildsRepeatFromScratchButNotInSteps() {
    assertNull(BenchRun.roundsProblem(BUILDS, 3, false, null));
    assertNull(BenchRun.roundsProblem(BUILDS, 1, true, null));
    assertNull(BenchRun.roundsProblem(BUILDS, 1, false, 250_000L), "one build in steps");
    assertNull(BenchRun.roundsProblem(List.of(Phase.SEARCH, Phase.PEER_SEARCH), 3, false, 250_000L), "--upto concerns only the builds");
    assertEquals("--rounds 3 with --upto: each round of build and peer-index rebuilds the whole corpus; --upto splits one build into steps",
        BenchRun.roundsProblem(BUILDS, 3, false, 250_000L));
    assertEquals("--add-rounds with --upto: each round of build and peer-index rebuilds the whole corpus; --upto splits one build into steps",
        BenchRun.roundsProblem(List.of(Phase.PEER_INDEX), 1, true, 250_000L));
  }

  @Test
  void mergesAndZeroRoundsAreRefused() {
    assertEquals("--rounds must be at least 1", BenchRun.roundsProblem(BUILDS, 0, false, null));
    assertEquals("--rounds 2: merge runs once (merging an index); only analysis, index, build, search, peer-index and peer-search repeat",
        BenchRun.roundsProblem(List.of(Phase.BUILD, Phase.MERGE), 2, false, null));
    assertNull(BenchRun.roundsProblem(List.of(Phase.BUILD, Phase.MERGE), 1, false, null), "once is fine");
  }
}

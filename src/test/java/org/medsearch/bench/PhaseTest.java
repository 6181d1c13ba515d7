package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {
  @Test
  void onlyTheMergesRunOnce() {
    assertNull(Phase.notRepeatable(List.of(Phase.SEARCH, Phase.PEER_SEARCH, Phase.ANALYSIS, Phase.INDEX, Phase.BUILD, Phase.PEER_INDEX)));
    assertEquals("merge, peer-merge run once (merging an index); only analysis, index, build, search, peer-index and peer-search repeat",
        Phase.notRepeatable(List.of(Phase.BUILD, Phase.MERGE, Phase.SEARCH, Phase.PEER_MERGE)));
    assertEquals("merge runs once (merging an index); only analysis, index, build, search, peer-index and peer-search repeat",
        Phase.notRepeatable(List.of(Phase.MERGE)));
  }

  @Test
  void theBuildsAreThePhasesUptoSplits() {
    assertEquals(List.of(Phase.BUILD, Phase.PEER_INDEX), java.util.Arrays.stream(Phase.values()).filter(Phase::builds).toList());
  }

  @Test
  void phasesByTheirIds() {
    assertEquals(Phase.PEER_SEARCH, Phase.of(" peer-search"));
    assertThrows(IllegalArgumentException.class, () -> Phase.of("searches"));
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {
  @Test
  void onlyPhasesThatMeasureWithoutChangingAnIndexRepeat() {
    assertNull(Phase.notRepeatable(List.of(Phase.SEARCH, Phase.PEER_SEARCH, Phase.ANALYSIS, Phase.INDEX)));
    assertEquals("build, peer-merge run once (building or merging an index); only analysis, index, search and peer-search repeat",
        Phase.notRepeatable(List.of(Phase.BUILD, Phase.SEARCH, Phase.PEER_MERGE)));
    assertEquals("merge runs once (building or merging an index); only analysis, index, search and peer-search repeat",
        Phase.notRepeatable(List.of(Phase.MERGE)));
  }

  @Test
  void phasesByTheirIds() {
    assertEquals(Phase.PEER_SEARCH, Phase.of(" peer-search"));
    assertThrows(IllegalArgumentException.class, () -> Phase.of("searches"));
  }
}

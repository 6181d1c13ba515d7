package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesIgnoringCaseTest {
  private final LinesIgnoringCase lines = new LinesIgnoringCase(List.of("Skip to Content", "新闻", "İstanbul"));

  @Test
  void wholeLinesMatchInAnyCase() {
    assertTrue(lines.contains("SKIP TO CONTENT"));
    assertTrue(lines.contains("skip to content"));
    assertTrue(lines.contains("新闻"));
  }

  @Test
  void partsAndLongerLinesDoNotMatch() {
    assertFalse(lines.contains("skip to"));
    assertFalse(lines.contains("skip to content now"));
    assertFalse(lines.contains("新闻动态"));
  }

  @Test
  void aLineWhoseLowerCaseGrowsStillMatches() {
    // "İ" lower-cases to two characters: the longest line is measured lower-cased.
    assertTrue(lines.contains("İSTANBUL"));
    assertTrue(lines.contains("i̇stanbul"));
  }
}

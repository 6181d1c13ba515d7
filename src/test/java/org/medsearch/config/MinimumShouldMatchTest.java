package org.medsearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Elasticsearch's minimum_should_match notation. */
class MinimumShouldMatchTest {
  @Test
  void plainCountsAndPercentages() {
    assertEquals(3, MinimumShouldMatch.parse("3").required(5));
    assertEquals(2, MinimumShouldMatch.parse("3").required(2));
    assertEquals(4, MinimumShouldMatch.parse("-1").required(5));
    assertEquals(3, MinimumShouldMatch.parse("75%").required(4));
    assertEquals(4, MinimumShouldMatch.parse("-25%").required(5), "5 - floor(1.25)");
    assertEquals(5, MinimumShouldMatch.parse("100%").required(5));
  }

  @Test
  void conditionsApplyAboveTheirCount() {
    MinimumShouldMatch rule = MinimumShouldMatch.parse("3<-1 6<60%");
    assertEquals(1, rule.required(1));
    assertEquals(3, rule.required(3));
    assertEquals(3, rule.required(4));
    assertEquals(5, rule.required(6));
    assertEquals(6, rule.required(10));
  }

  @Test
  void neverLessThanOne() {
    assertEquals(1, MinimumShouldMatch.parse("10%").required(3));
    assertEquals(1, MinimumShouldMatch.parse("-5").required(2));
  }

  @Test
  void malformedSpecsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse("most"));
    assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse("3<"));
    assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse("6<50% 3<75%"));
    assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse(" "));
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void nearestRankPercentilesOfOneToAHundredMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
    Latencies l = Latencies.ofNanos(nanos);
    assertEquals(100, l.count());
    assertEquals(50.0, l.p50());
    assertEquals(95.0, l.p95());
    assertEquals(99.0, l.p99());
    assertEquals(100.0, l.max());
    assertEquals(50.5, l.mean(), 1e-9);
  }

  @Test
  void percentilesAreMeasuredValuesWhateverTheOrder() {
    Latencies l = Latencies.ofNanos(new long[] {9_000_000, 1_000_000, 5_000_000});
    assertEquals(5.0, l.p50());
    assertEquals(9.0, l.p95());
    assertEquals(9.0, l.p99());
  }

  @Test
  void oneValueIsEveryPercentile() {
    Latencies l = Latencies.ofNanos(new long[] {2_500_000});
    assertEquals(2.5, l.p50());
    assertEquals(2.5, l.p99());
  }

  @Test
  void noValuesGiveZeroes() {
    assertEquals(Latencies.NONE, Latencies.ofNanos(new long[0]));
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final MachineInfo MACHINE = new MachineInfo(2, 24, "cpu", "jdk", "os", "2026-11-23");

  private static LoadResult load(int clients, double qps, double p50, double p99) {
    return new LoadResult(clients, 20, (long) (qps * 20), 0, qps, new Latencies(100, p50, p99, p99, p99, p50));
  }

  @Test
  void targetsPassAndMissOnTheirThresholds() {
    Throughput analysis = new Throughput(1, 1000, 1_000_000, 1.0);
    BuildFigures build = new BuildFigures(new Throughput(2, 1900, 1_900_000, 1.0), 1, 1);
    SearchFigures search =
        new SearchFigures(new Latencies(100, 2, 3, 4, 5, 2), load(1, 100, 3, 25), load(4, 400, 8, 30), load(1, 500, 1, 9),
            "256m", 1500, 4000, 50, 40, 300, 320, 1000, true);
    PeerFigures peer = new PeerFigures(new Throughput(2, 1000, 1_000_000, 1.0), 1, "256m", load(1, 50, 10, 40), load(4, 150, 20, 60));
    Report report = new Report(MACHINE, Optional.of(analysis), Optional.empty(), Optional.of(build), Optional.of(new MergeFigures(16, 21.5, 1_100_000_000L)),
        Optional.of(search), Optional.of(peer), Optional.of(new MergeFigures(24, 80.0, 1_400_000_000L)));
    List<String> verdicts = report.targets().stream().map(TargetCheck::verdict).toList();
    // 1900 >= 0.9*2*1000; 1900 < 2*1000; p99 25 > 20; 400 >= 2*150; 3 <= 1.5*2; 9 <= 10; 256m, no errors; 1.5 s.
    assertEquals(List.of("PASS", "MISS", "MISS", "PASS", "PASS", "PASS", "PASS", "PASS"), verdicts);
    Report.Row merged = report.rows().stream().filter(r -> r.figure().startsWith("force merge")).findFirst().orElseThrow();
    assertEquals("16; 21.5; 1100.0", merged.ours());
    assertEquals("24; 80.0; 1400.0", merged.peer());
  }

  @Test
  void targetsWithoutTheirPhaseAreNotJudged() {
    Report report = new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(8, report.targets().stream().filter(t -> t.met() == null).count());
  }

  @Test
  void heapSettingsInMegabytes() {
    assertEquals(256, Report.heapMb("256m"));
    assertEquals(1024, Report.heapMb("1g"));
    assertEquals(512, Report.heapMb("524288K"));
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private static final MachineInfo MACHINE = new MachineInfo(2, 24, "cpu", "jdk", "os", "2026-11-23");

  private static LoadResult load(int clients, double qps, double p50, double p99) {
    return load(clients, qps, p50, p99, "wrk");
  }

  private static LoadResult load(int clients, double qps, double p50, double p99, String generator) {
    return new LoadResult(clients, 20, (long) (qps * 20), 0, qps, new Latencies(100, p50, p99, p99, p99, p50), generator);
  }

  @Test
  void theLoadGeneratorIsNamedOnceAndOlderResultsThatNameNoneAreLeftOut() {
    SearchFigures search =
        new SearchFigures(new Latencies(100, 2, 3, 4, 5, 2), load(1, 100, 3, 25), load(4, 400, 8, 30), load(1, 500, 1, 9),
            "256m", 1500, 4000, 50, 40, 300, 320, 1000, true);
    PeerFigures peer = new PeerFigures(null, null, 0, "256m", load(1, 50, 10, 40, null), load(4, 150, 20, 60, "java"));
    Report report = new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(search), Optional.of(peer), Optional.empty());
    assertEquals(Optional.of("load generator (its own process): wrk; java"), report.loadGeneratorLine());
    assertTrue(report.markdown().contains("\n- load generator (its own process): wrk; java\n"), report.markdown());
    Report withoutSearch = new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(Optional.empty(), withoutSearch.loadGeneratorLine());
  }

  @Test
  void targetsPassAndMissOnTheirThresholds() {
    Throughput analysis = new Throughput(1, 1000, 1_000_000, 1.0);
    BuildFigures build = new BuildFigures(new Throughput(2, 1900, 1_900_000, 1.0), 1, 1, "1g");
    SearchFigures search =
        new SearchFigures(new Latencies(100, 2, 3, 4, 5, 2), load(1, 100, 3, 25), load(4, 400, 8, 30), load(1, 500, 1, 9),
            "256m", 1500, 4000, 50, 40, 300, 320, 1000, true);
    PeerFigures peer = new PeerFigures(new Throughput(2, 1000, 1_000_000, 1.0), "1024m", 1, "256m", load(1, 50, 10, 40), load(4, 150, 20, 60));
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
  void oneDocumentsTimeIsSplitIntoIngestAnalysisAndTheRest() {
    // 1 thread indexes 500 docs/s (2,000 µs each); analysis alone 1,000 docs/s, ingest alone 4,000.
    IndexingFigures indexing =
        new IndexingFigures(List.of(new Throughput(1, 500, 500_000, 1.0), new Throughput(2, 900, 900_000, 1.0)), 1, new Throughput(1, 4000, 4_000_000, 1.0));
    Throughput analysis = new Throughput(1, 1000, 1_000_000, 1.0);
    java.util.function.BiFunction<Optional<Throughput>, Optional<IndexingFigures>, Report> report = (a, ix) ->
        new Report(MACHINE, a, ix, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    Report full = report.apply(Optional.of(analysis), Optional.of(indexing));
    assertEquals("250; 1000; 750", row(full, "one document on 1 thread").ours());
    assertEquals("4,000; 4.00", row(full, "ingest only").ours());
    IndexingFigures older = new IndexingFigures(indexing.runs(), 1, null);
    for (Report without : List.of(report.apply(Optional.empty(), Optional.of(indexing)), report.apply(Optional.of(analysis), Optional.of(older)))) {
      assertTrue(without.rows().stream().noneMatch(r -> r.figure().startsWith("one document")), "needs ingest, analysis and one thread");
    }
  }

  @Test
  void theIndexingTargetSaysWhenOpenSearchIndexedWithAnotherHeap() {
    BuildFigures build = new BuildFigures(new Throughput(2, 1900, 1_900_000, 1.0), 1, 1, "1g");
    java.util.function.Function<String, Report> withPeerHeap = bulkHeap -> new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.of(build),
        Optional.empty(), Optional.empty(), Optional.of(new PeerFigures(new Throughput(2, 1000, 1_000_000, 1.0), bulkHeap, 1, "256m", null, null)),
        Optional.empty());
    java.util.function.Function<Report, String> measured = report ->
        target(report, "indexing >= 2 x OpenSearch").measured();
    assertEquals("1,900 vs 1,000 docs/s (1.90×)", measured.apply(withPeerHeap.apply("1024m")));
    assertEquals("1,900 vs 1,000 docs/s (1.90×); heaps differ: 1g vs 256m", measured.apply(withPeerHeap.apply("256m")));
    assertEquals("1,900 vs 1,000 docs/s (1.90×); heaps differ: 1g vs unrecorded", measured.apply(withPeerHeap.apply(null)));
    Report.Row heaps = row(withPeerHeap.apply("256m"), "heap while indexing");
    assertEquals("1g", heaps.ours());
    assertEquals("256m", heaps.peer());
  }

  @Test
  void thePeersIndexingHeapIsKeptBesideItsSearchHeapAndReadFromOlderResults() throws Exception {
    BenchResults results = BenchResults.open(dir);
    Throughput bulk = new Throughput(2, 1000, 1_000_000, 1.0);
    results.put("build", "corpus: test", new BuildFigures(new Throughput(2, 1900, 1_900_000, 1.0), 1, 1, "1024m"));
    results.put("peer-index", "corpus: test", new PeerFigures(bulk, "1g", 1, "1g", null, null));
    results.put("search", "corpus: test", ours(182, 12.1, 2191));
    results.put("peer-search", "corpus: test", peer(83, 22.9));
    Report report = Report.of(results, MACHINE);
    assertEquals("1g", row(report, "heap while indexing").peer());
    assertEquals("256m (-Xms=-Xmx)", row(report, "server heap").peer());

    assertTrue(report.rows().stream().noneMatch(r -> r.figure().startsWith("segments searched")), "not recorded: no row");

    // Figures written before bulkHeap was recorded had the indexing heap only as heap.
    java.nio.file.Path file = dir.resolve(BenchResults.FILE);
    String written = java.nio.file.Files.readString(file);
    String older = written.replaceAll("\"bulkHeap\"\\s*:\\s*\"1g\"\\s*,", "");
    assertTrue(older.length() < written.length(), "the peer-index figures carry bulkHeap");
    java.nio.file.Files.writeString(file, older);
    assertEquals("1g", row(Report.of(BenchResults.open(dir), MACHINE), "heap while indexing").peer());
  }

  @Test
  void theSegmentsSearchedAreShownForEitherSide() throws Exception {
    BenchResults results = BenchResults.open(dir);
    SearchFigures o = ours(182, 12.1, 2191);
    PeerFigures p = peer(83, 22.9);
    results.put("search", "corpus: test", new SearchFigures(o.raw(), o.service(), o.loaded(), o.suggest(), o.heap(), o.readyMillis(),
        o.firstStartMillis(), o.heapUsedMb(), o.heapLiveMb(), o.rssMb(), o.peakRssMb(), o.indexBytes(), o.serverSurvived(), 1));
    results.put("peer-search", "corpus: test", new PeerFigures(null, null, 0, "256m", p.service(), p.loaded(), 21));
    Report.Row segments = row(Report.of(results, MACHINE), "segments searched");
    assertEquals("1", segments.ours());
    assertEquals("21", segments.peer());
  }

  private static SearchFigures ours(double qps, double p50, double ready) {
    return new SearchFigures(new Latencies(100, 8, 14, 20, 30, 9), load(1, 90, p50, 30), load(4, qps, 20, 60), load(1, 500, 0.1, 1.4),
        "256m", ready, 3000, 170, 47, 840, 940, 1_000_000_000L, true);
  }

  private static PeerFigures peer(double qps, double p50) {
    return new PeerFigures(null, null, 0, "256m", load(1, 45, p50, 80), load(4, qps, 40, 140));
  }

  private static Report rounds(boolean paired) {
    List<SearchFigures> ours = List.of(ours(182, 12.1, 2073), ours(190, 12.0, 2191), ours(153, 13.1, 2425));
    List<PeerFigures> peer = List.of(peer(94, 30.0), peer(83, 22.9), peer(78, 21.4));
    // The medians, as BenchResults gives them: ours 182 QPS, p50 12.1; the peer's 83 QPS, p50 22.9.
    return new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ours(182, 12.1, 2191)),
        Optional.of(peer(83, 22.9)), Optional.empty(), new Report.Rounds<>(ours, peer, paired), new Report.Rounds<>(List.of(), List.of(), false));
  }

  private static BuildFigures built(double docsPerSecond) {
    return new BuildFigures(new Throughput(2, 1_000_000, 800_000_000, 1_000_000 / docsPerSecond), 1, 1, "1g");
  }

  private static PeerFigures bulk(double docsPerSecond) {
    return new PeerFigures(new Throughput(2, 1_000_000, 800_000_000, 1_000_000 / docsPerSecond), "1g", 1, null, null, null);
  }

  @Test
  void pairedBuildRoundsJudgeIndexingByTheMedianOfTheRoundsOwnRatios() {
    List<BuildFigures> ours = List.of(built(9000), built(8000), built(8200));
    List<PeerFigures> peer = List.of(bulk(4000), bulk(4400), bulk(4500));
    // Round by round 2.25, 1.82, 1.82: median 1.82 < 2, though the medians' ratio is 8,200 / 4,400 = 1.86.
    java.util.function.Function<Boolean, Report> report = paired -> new Report(MACHINE, Optional.empty(), Optional.empty(), Optional.of(built(8200)),
        Optional.empty(), Optional.empty(), Optional.of(bulk(4400)), Optional.empty(), new Report.Rounds<>(List.of(), List.of(), false),
        new Report.Rounds<>(ours, peer, paired));
    Report pairedReport = report.apply(true);
    assertTarget(pairedReport, "indexing >= 2 x", "8,200 vs 4,400 docs/s (1.82×, median of 3 rounds' ratios)", "MISS");
    assertEquals("1.82×, median of 3 rounds' ratios", row(pairedReport, "indexing the whole corpus").ratio());
    assertRow(pairedReport, "each round: indexing the whole corpus", "9,000, 8,000, 8,200", "4,000, 4,400, 4,500", "2.25×, 1.82×, 1.82×");
    assertTrue(pairedReport.markdown().contains("- rounds: 3 of build and peer-index, every other round in reverse order"));

    Report unpaired = report.apply(false);
    assertEquals("1.86×", row(unpaired, "indexing the whole corpus").ratio());
    assertEquals("", row(unpaired, "each round: indexing the whole corpus").peer());
  }

  private static void assertTarget(Report report, String prefix, String measured, String verdict) {
    TargetCheck check = target(report, prefix);
    assertEquals(measured, check.measured());
    assertEquals(verdict, check.verdict());
  }

  private static void assertRow(Report report, String prefix, String ours, String peer, String ratio) {
    Report.Row row = row(report, prefix);
    assertEquals(ours, row.ours());
    assertEquals(peer, row.peer());
    assertEquals(ratio, row.ratio());
  }

  private static TargetCheck target(Report report, String prefix) {
    return report.targets().stream().filter(t -> t.target().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static Report.Row row(Report report, String prefix) {
    return report.rows().stream().filter(r -> r.figure().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void pairedRoundsJudgeTheRatioByTheMedianOfTheRoundsOwnRatios() {
    Report report = rounds(true);
    // Round by round 182/94, 190/83, 153/78 = 1.94, 2.29, 1.96: median 1.96 < 2, though the medians' ratio is 182/83 = 2.19.
    assertTarget(report, "search QPS", "182 vs 83 QPS (1.96×, median of 3 rounds' ratios)", "MISS");
    assertEquals("1.96×, median of 3 rounds' ratios", row(report, "search QPS").ratio());
    assertRow(report, "each round: search QPS", "182, 190, 153", "94, 83, 78", "1.94×, 2.29×, 1.96×");
    assertEquals("2073, 2191, 2425", row(report, "each round: server ready").ours());
    assertEquals("0.40×, 0.52×, 0.61×", row(report, "each round: search over HTTP").ratio());
    assertTrue(report.markdown().contains("- rounds: 3 of search and peer-search, every other round in reverse order"));
    // HTTP over in-process p50, round by round: 12.1/8, 12.0/8, 13.1/8 = 1.51, 1.50, 1.64.
    assertEquals("1.51×", row(report, "service / raw Lucene").ours());
    assertTarget(report, "service p50", "12.10 vs 8.00 ms (1.51×, median of 3 rounds' ratios)", "MISS");
  }

  @Test
  void unpairedRoundsCompareTheMedians() {
    Report report = rounds(false);
    assertEquals("PASS", target(report, "search QPS").verdict());
    assertEquals("2.19×", row(report, "search QPS").ratio());
    assertEquals("", row(report, "each round: search QPS").peer());
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

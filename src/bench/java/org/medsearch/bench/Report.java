package org.medsearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The final table and the targets' PASS/MISS, from whatever phases {@link BenchResults} holds. */
public final class Report {
  /** One line of the table: a figure for us, for the peer where it has one, and their ratio. */
  public record Row(String figure, String ours, String peer, String ratio) {}

  /**
   * Each round of our phase and the peer's (search and peer-search; build and peer-index). {@code
   * paired}: they ran as rounds of the same {@code bench run}, in equal numbers, so the i-th of
   * each were measured side by side and a ratio is the median of the rounds' own ratios, which the
   * machine's drift between rounds does not move as it moves the medians.
   */
  public record Rounds<T>(List<T> ours, List<PeerFigures> peer, boolean paired) {
    public Rounds {
      paired = paired && ours.size() == peer.size() && !ours.isEmpty();
    }

    /** One measurement each side; {@code measured} says whether the peer's figures hold this phase. */
    static <T> Rounds<T> single(Optional<T> ours, Optional<PeerFigures> peer, java.util.function.Predicate<PeerFigures> measured) {
      return new Rounds<>(ours.stream().toList(), peer.filter(measured).stream().toList(), true);
    }

    /** The rounds {@code results} holds of {@code ours} and {@code theirs}, paired when they ran in one run. */
    static <T> Rounds<T> of(BenchResults results, Phase ours, Class<T> type, Phase theirs) throws IOException {
      Optional<String> run = results.runOf(ours.id());
      return new Rounds<>(results.rounds(ours.id(), type), results.rounds(theirs.id(), PeerFigures.class),
          run.isPresent() && run.equals(results.runOf(theirs.id())));
    }

    /** Ours over the peer's, round by round; only for paired rounds. */
    List<Double> ratios(ToDoubleFunction<T> figure, ToDoubleFunction<PeerFigures> theirs) {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < ours.size(); i++) {
        out.add(figure.applyAsDouble(ours.get(i)) / theirs.applyAsDouble(peer.get(i)));
      }
      return out;
    }

    /** ", median of N rounds' ratios" where a ratio is one. */
    String medianNote() {
      return paired && ours.size() > 1 ? ", median of " + ours.size() + " rounds' ratios" : "";
    }
  }

  static final double SEARCH_P99_MS = 20;
  static final double SUGGEST_P99_MS = 10;
  static final double READY_MS = 2000;
  static final double SERVICE_OVER_RAW = 1.5;
  static final double INDEXING_OF_LIMIT = 0.9;
  static final double OVER_PEER = 2.0;
  static final long SMALL_HEAP_MB = 256;

  private final MachineInfo machine;
  private final Optional<Throughput> analysis;
  private final Optional<IndexingFigures> indexing;
  private final Optional<BuildFigures> build;
  private final Optional<MergeFigures> merge;
  private final Optional<MergeFigures> peerMerge;
  private final Optional<SearchFigures> search;
  private final Optional<PeerFigures> peer;
  private final Rounds<SearchFigures> rounds;
  private final Rounds<BuildFigures> builds;
  private final Set<String> corpusLines = new LinkedHashSet<>();

  public Report(
      MachineInfo machine, Optional<Throughput> analysis, Optional<IndexingFigures> indexing, Optional<BuildFigures> build,
      Optional<MergeFigures> merge, Optional<SearchFigures> search, Optional<PeerFigures> peer, Optional<MergeFigures> peerMerge) {
    this(machine, analysis, indexing, build, merge, search, peer, peerMerge, Rounds.single(search, peer, p -> p.service() != null),
        Rounds.single(build, peer, p -> p.bulk() != null));
  }

  /** {@code search}, {@code build} and {@code peer}'s figures are the medians of {@code rounds} and {@code builds}. */
  public Report(
      MachineInfo machine, Optional<Throughput> analysis, Optional<IndexingFigures> indexing, Optional<BuildFigures> build,
      Optional<MergeFigures> merge, Optional<SearchFigures> search, Optional<PeerFigures> peer, Optional<MergeFigures> peerMerge,
      Rounds<SearchFigures> rounds, Rounds<BuildFigures> builds) {
    this.rounds = rounds;
    this.builds = builds;
    this.machine = machine;
    this.analysis = analysis;
    this.indexing = indexing;
    this.build = build;
    this.merge = merge;
    this.peerMerge = peerMerge;
    this.search = search;
    this.peer = peer;
  }

  public static Report of(BenchResults results, MachineInfo machine) throws IOException {
    Report report =
        new Report(
            machine, results.get(Phase.ANALYSIS.id(), Throughput.class), results.get(Phase.INDEX.id(), IndexingFigures.class),
            results.get(Phase.BUILD.id(), BuildFigures.class), results.get(Phase.MERGE.id(), MergeFigures.class),
            results.get(Phase.SEARCH.id(), SearchFigures.class), peerFigures(results), results.get(Phase.PEER_MERGE.id(), MergeFigures.class),
            Rounds.of(results, Phase.SEARCH, SearchFigures.class, Phase.PEER_SEARCH),
            Rounds.of(results, Phase.BUILD, BuildFigures.class, Phase.PEER_INDEX));
    for (Phase phase : Phase.values()) {
      results.corpusOf(phase.id()).ifPresent(report.corpusLines::add);
    }
    return report;
  }

  /** The peer's two phases merged: bulk figures from peer-index, search figures from peer-search. */
  private static Optional<PeerFigures> peerFigures(BenchResults results) throws IOException {
    Optional<PeerFigures> indexed = results.get(Phase.PEER_INDEX.id(), PeerFigures.class);
    Optional<PeerFigures> searched = results.get(Phase.PEER_SEARCH.id(), PeerFigures.class);
    if (indexed.isEmpty() && searched.isEmpty()) {
      return Optional.empty();
    }
    PeerFigures i = indexed.orElse(new PeerFigures(null, null, 0, null, null, null));
    PeerFigures s = searched.orElse(new PeerFigures(null, null, 0, null, null, null));
    // Figures written before bulkHeap was recorded held the indexing heap as heap.
    String bulkHeap = i.bulkHeap() != null ? i.bulkHeap() : i.heap();
    return Optional.of(new PeerFigures(i.bulk(), bulkHeap, i.indexBytes(), s.heap(), s.service(), s.loaded(), s.segments()));
  }

  public List<String> corpusLines() {
    return List.copyOf(corpusLines);
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Optional<Throughput> peerBulk = peer.map(PeerFigures::bulk);
    analysis.ifPresent(a -> rows.add(new Row("analysis only, 1 thread (docs/s; MB/s)", rate(a), "", "")));
    indexing.ifPresent(ix -> {
      for (Throughput t : ix.runs()) {
        rows.add(new Row(
            "indexing, " + threads(t) + ", first " + String.format(Locale.ROOT, "%,d", t.docs()) + " docs (docs/s; MB/s)", rate(t), "", ""));
      }
      if (ix.ingest() != null) {
        rows.add(new Row("ingest only (reading, cleaning, metadata, the Lucene document), 1 thread, the same docs (docs/s; MB/s)",
            rate(ix.ingest()), "", ""));
      }
    });
    oneDocument().ifPresent(cost -> rows.add(new Row(
        "one document on 1 thread, µs: ingest; analysis; the rest of indexing (Lucene: inverting, storing, flushing)", cost, "", "")));
    build.ifPresent(b -> {
      Throughput t = b.total();
      rows.add(new Row("indexing the whole corpus, " + threads(t) + " / bulk clients (docs/s; MB/s)", rate(t),
          peerBulk.map(Report::rate).orElse(""), buildRatio().orElse("")));
      rows.add(new Row("heap while indexing, -Xmx", Objects.requireNonNullElse(b.heap(), ""), peer.map(PeerFigures::bulkHeap).orElse(""), ""));
      rows.add(new Row("index size (MB)", mb(b.indexBytes()), peer.filter(p -> p.indexBytes() > 0).map(p -> mb(p.indexBytes())).orElse(""), ""));
      if (builds.ours().size() > 1) {
        boolean peerToo = builds.paired();
        rows.add(new Row("each round: indexing the whole corpus (docs/s)", perRound(builds.ours(), r -> fmt(r.total().docsPerSecond())),
            peerToo ? perRound(builds.peer(), p -> fmt(p.bulk().docsPerSecond())) : "", peerToo ? ratios(builds.ratios(BUILD_RATE, PEER_BULK_RATE)) : ""));
      }
    });
    if (merge.isPresent() || peerMerge.isPresent()) {
      rows.add(new Row("force merge to one segment before the searches: segments as built; s; MB after",
          merge.map(Report::merged).orElse(""), peerMerge.map(Report::merged).orElse(""), ""));
    }
    indexingFigure().ifPresent(t -> analysis.ifPresent(a -> rows.add(new Row(
        "indexing / analysis-only limit (" + t.threads() + " × 1-thread analysis)", ratio(t.docsPerSecond(), t.threads() * a.docsPerSecond()), "", ""))));
    search.ifPresent(s -> {
      Optional<LoadResult> peerService = peer.map(PeerFigures::service);
      Optional<LoadResult> peerLoaded = peer.map(PeerFigures::loaded);
      if (s.segments() > 0 || peer.filter(p -> p.segments() > 0).isPresent()) {
        rows.add(new Row("segments searched",
            s.segments() > 0 ? Integer.toString(s.segments()) : "", peer.filter(p -> p.segments() > 0).map(p -> Integer.toString(p.segments())).orElse(""), ""));
      }
      rows.add(new Row("search in process (raw Lucene), p50/p95/p99 ms", lat(s.raw()), "", ""));
      rows.add(new Row("search over HTTP, 1 client, p50/p95/p99 ms", lat(s.service().latency()), peerService.map(r -> lat(r.latency())).orElse(""),
          searchRatio(SERVICE_P50, PEER_SERVICE_P50).map(r -> r + " (p50)").orElse("")));
      rows.add(new Row("service / raw Lucene, p50", times(ownRatio(s, SERVICE_P50, RAW_P50)), "", ""));
      rows.add(new Row("search QPS, " + s.loaded().concurrency() + " clients (p99 ms)", qps(s.loaded()), peerLoaded.map(Report::qps).orElse(""),
          searchRatio(QPS, PEER_QPS).orElse("")));
      rows.add(new Row("suggest over HTTP, 1 client, p50/p95/p99 ms", lat(s.suggest().latency()), "", ""));
      rows.add(new Row("errors (search + load + suggest)", Long.toString(s.service().errors() + s.loaded().errors() + s.suggest().errors()),
          peer.filter(p -> p.service() != null).map(p -> Long.toString(p.service().errors() + p.loaded().errors())).orElse(""), ""));
      rows.add(new Row("server ready (process start to first search), ms: median of 3 starts with the class archive; first start without",
          String.format(Locale.ROOT, "%.0f; %.0f", s.readyMillis(), s.firstStartMillis()), "", ""));
      rows.add(new Row("server heap -Xmx; used after load; live after GC (MB)",
          String.format(Locale.ROOT, "%s; %.0f; %.0f", s.heap(), s.heapUsedMb(), s.heapLiveMb()), peer.map(PeerFigures::heap).map(h -> h + " (-Xms=-Xmx)").orElse(""), ""));
      rows.add(new Row("server RSS after load; peak (MB)", String.format(Locale.ROOT, "%.0f; %.0f", s.rssMb(), s.peakRssMb()), "", ""));
      if (rounds.ours().size() > 1) {
        rows.addAll(eachRound());
      }
    });
    return rows;
  }

  private static final ToDoubleFunction<BuildFigures> BUILD_RATE = b -> b.total().docsPerSecond();
  private static final ToDoubleFunction<PeerFigures> PEER_BULK_RATE = p -> p.bulk().docsPerSecond();
  private static final ToDoubleFunction<SearchFigures> SERVICE_P50 = s -> s.service().latency().p50();
  private static final ToDoubleFunction<PeerFigures> PEER_SERVICE_P50 = p -> p.service().latency().p50();
  private static final ToDoubleFunction<SearchFigures> RAW_P50 = s -> s.raw().p50();
  private static final ToDoubleFunction<SearchFigures> QPS = s -> s.loaded().qps();
  private static final ToDoubleFunction<PeerFigures> PEER_QPS = p -> p.loaded().qps();

  /** One row per figure that drifts with the machine, listing it round by round. */
  private List<Row> eachRound() {
    boolean peerToo = rounds.paired();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("each round: search in process, p50 / p99 ms", perRound(rounds.ours(), s -> pair(s.raw())), "", ""));
    rows.add(new Row("each round: search over HTTP, 1 client, p50 / p99 ms", perRound(rounds.ours(), s -> pair(s.service().latency())),
        peerToo ? perRound(rounds.peer(), p -> pair(p.service().latency())) : "", peerToo ? ratios(rounds.ratios(SERVICE_P50, PEER_SERVICE_P50)) : ""));
    rows.add(new Row("each round: search QPS, " + rounds.ours().getFirst().loaded().concurrency() + " clients", perRound(rounds.ours(), s -> fmt(s.loaded().qps())),
        peerToo ? perRound(rounds.peer(), p -> fmt(p.loaded().qps())) : "", peerToo ? ratios(rounds.ratios(QPS, PEER_QPS)) : ""));
    rows.add(new Row("each round: server ready, ms", perRound(rounds.ours(), s -> String.format(Locale.ROOT, "%.0f", s.readyMillis())), "", ""));
    return rows;
  }

  private static String ratios(List<Double> values) {
    return values.stream().map(Report::times).collect(Collectors.joining(", "));
  }

  private static <T> String perRound(List<T> figures, Function<T, String> cell) {
    return figures.stream().map(cell).collect(Collectors.joining(", "));
  }

  private static String pair(Latencies l) {
    return String.format(Locale.ROOT, "%.1f / %.1f", l.p50(), l.p99());
  }

  /**
   * Ours over the peer's for a search figure: the median of the rounds' own ratios where the rounds
   * are paired, else the ratio of the two medians.
   */
  private Optional<Double> searchRatioValue(ToDoubleFunction<SearchFigures> ours, ToDoubleFunction<PeerFigures> theirs) {
    if (rounds.paired()) {
      return Optional.of(RoundMedians.median(rounds.ratios(ours, theirs)));
    }
    return search.flatMap(s -> peer.filter(p -> p.service() != null).map(p -> ours.applyAsDouble(s) / theirs.applyAsDouble(p)));
  }

  /**
   * Our whole-corpus indexing over the peer's bulk indexing: the median of the rounds' own ratios
   * where build and peer-index ran as paired rounds, else the ratio of the two figures.
   */
  private Optional<Double> buildRatioValue() {
    if (builds.paired()) {
      return Optional.of(RoundMedians.median(builds.ratios(BUILD_RATE, PEER_BULK_RATE)));
    }
    return build.flatMap(b -> peer.filter(p -> p.bulk() != null).map(p -> BUILD_RATE.applyAsDouble(b) / PEER_BULK_RATE.applyAsDouble(p)));
  }

  private Optional<String> buildRatio() {
    return buildRatioValue().map(r -> times(r) + builds.medianNote());
  }

  /** One of our figures over another (HTTP over in-process): the median of the rounds' own ratios. */
  private double ownRatio(SearchFigures medians, ToDoubleFunction<SearchFigures> figure, ToDoubleFunction<SearchFigures> over) {
    List<SearchFigures> each = rounds.ours().isEmpty() ? List.of(medians) : rounds.ours();
    return RoundMedians.median(each.stream().map(s -> figure.applyAsDouble(s) / over.applyAsDouble(s)).toList());
  }

  private Optional<String> searchRatio(ToDoubleFunction<SearchFigures> ours, ToDoubleFunction<PeerFigures> theirs) {
    return searchRatioValue(ours, theirs).map(r -> times(r) + rounds.medianNote());
  }

  public List<TargetCheck> targets() {
    List<TargetCheck> checks = new ArrayList<>();
    Optional<Throughput> widest = indexingFigure();
    checks.add(widest.flatMap(ix -> analysis.map(a -> {
      double limit = INDEXING_OF_LIMIT * ix.threads() * a.docsPerSecond();
      return new TargetCheck("indexing >= 0.9 x " + ix.threads() + " x analysis-only", fmt(ix.docsPerSecond()) + " vs " + fmt(limit) + " docs/s", ix.docsPerSecond() >= limit);
    })).orElse(new TargetCheck("indexing >= 0.9 x cores x analysis-only", "", null)));
    Optional<Throughput> peerBulk = peer.map(PeerFigures::bulk);
    checks.add(widest.flatMap(ix -> peerBulk.map(b -> {
      // The whole corpus's ratio (per round where build and peer-index ran in rounds), else the sample's.
      double over = buildRatioValue().orElse(ix.docsPerSecond() / b.docsPerSecond());
      return new TargetCheck("indexing >= 2 x OpenSearch bulk",
          fmt(ix.docsPerSecond()) + " vs " + fmt(b.docsPerSecond()) + " docs/s (" + times(over) + builds.medianNote() + ")"
              + unequalIndexingHeaps().map(h -> "; heaps differ: " + h).orElse(""),
          over >= OVER_PEER);
    })).orElse(new TargetCheck("indexing >= 2 x OpenSearch bulk", "", null)));
    checks.add(search.map(s -> new TargetCheck("search p99 <= 20 ms (the target is at 1M docs)",
        String.format(Locale.ROOT, "%.1f ms", s.service().latency().p99()), s.service().latency().p99() <= SEARCH_P99_MS))
        .orElse(new TargetCheck("search p99 <= 20 ms", "", null)));
    Optional<LoadResult> peerLoaded = peer.map(PeerFigures::loaded);
    checks.add(search.flatMap(s -> peerLoaded.map(p -> new TargetCheck("search QPS >= 2 x OpenSearch",
        fmt(s.loaded().qps()) + " vs " + fmt(p.qps()) + " QPS (" + searchRatio(QPS, PEER_QPS).orElseThrow() + ")",
        searchRatioValue(QPS, PEER_QPS).orElseThrow() >= OVER_PEER)))
        .orElse(new TargetCheck("search QPS >= 2 x OpenSearch", "", null)));
    checks.add(search.map(s -> new TargetCheck("service p50 <= 1.5 x raw Lucene",
        String.format(Locale.ROOT, "%.2f vs %.2f ms (%s%s)", s.service().latency().p50(), s.raw().p50(), times(ownRatio(s, SERVICE_P50, RAW_P50)),
            rounds.ours().size() > 1 ? ", median of " + rounds.ours().size() + " rounds' ratios" : ""),
        ownRatio(s, SERVICE_P50, RAW_P50) <= SERVICE_OVER_RAW)).orElse(new TargetCheck("service p50 <= 1.5 x raw Lucene", "", null)));
    checks.add(search.map(s -> new TargetCheck("suggest p99 <= 10 ms", String.format(Locale.ROOT, "%.1f ms", s.suggest().latency().p99()),
        s.suggest().latency().p99() <= SUGGEST_P99_MS)).orElse(new TargetCheck("suggest p99 <= 10 ms", "", null)));
    checks.add(search.map(s -> {
      long errors = s.service().errors() + s.loaded().errors() + s.suggest().errors();
      boolean small = heapMb(s.heap()) <= SMALL_HEAP_MB;
      return new TargetCheck("serves the index with -Xmx256m (the target is at 1M docs)",
          "-Xmx" + s.heap() + ", " + errors + " errors, " + (s.serverSurvived() ? "up at the end" : "DIED"), small && errors == 0 && s.serverSurvived());
    }).orElse(new TargetCheck("serves the index with -Xmx256m", "", null)));
    checks.add(search.map(s -> new TargetCheck("ready in under 2 s", String.format(Locale.ROOT, "%.0f ms", s.readyMillis()), s.readyMillis() < READY_MS))
        .orElse(new TargetCheck("ready in under 2 s", "", null)));
    return checks;
  }

  /**
   * "ours vs theirs" when the whole-corpus build and the peer's bulk indexing ran with different
   * heaps (a larger heap buys OpenSearch a larger indexing buffer), or when either is unrecorded.
   */
  private Optional<String> unequalIndexingHeaps() {
    String ours = build.map(BuildFigures::heap).orElse(null);
    String theirs = peer.map(PeerFigures::bulkHeap).orElse(null);
    if (build.isEmpty() || ours != null && theirs != null && heapMb(ours) == heapMb(theirs)) {
      return Optional.empty();
    }
    return Optional.of(Objects.requireNonNullElse(ours, "unrecorded") + " vs " + Objects.requireNonNullElse(theirs, "unrecorded"));
  }

  /** Indexing with the most threads: of the whole corpus when it was built, else of the sample. */
  private Optional<Throughput> indexingFigure() {
    return build.map(BuildFigures::total).or(() -> indexing.map(IndexingFigures::widest));
  }

  /**
   * Where one thread's time per document goes: ingest and analysis measured alone, and what
   * indexing on one thread takes beyond both. Empty without all three figures.
   */
  private Optional<String> oneDocument() {
    Optional<Throughput> oneThread = indexing.flatMap(ix -> ix.runs().stream().filter(t -> t.threads() == 1).findFirst());
    Optional<Throughput> ingest = indexing.map(IndexingFigures::ingest);
    if (oneThread.isEmpty() || ingest.isEmpty() || analysis.isEmpty()) {
      return Optional.empty();
    }
    double ingestMicros = micros(ingest.get());
    double analysisMicros = micros(analysis.get());
    double rest = micros(oneThread.get()) - ingestMicros - analysisMicros;
    return Optional.of(String.format(Locale.ROOT, "%.0f; %.0f; %.0f", ingestMicros, analysisMicros, rest));
  }

  private static double micros(Throughput t) {
    return 1e6 / t.docsPerSecond();
  }

  private static String threads(Throughput t) {
    return t.threads() + (t.threads() == 1 ? " thread" : " threads");
  }

  /** The report as text for the terminal. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(machine.line()).append('\n');
    corpusLines.forEach(c -> out.append(c).append('\n'));
    roundsLine().ifPresent(r -> out.append(r).append('\n'));
    loadGeneratorLine().ifPresent(g -> out.append(g).append('\n'));
    List<Row> rows = rows();
    int w = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
    int wo = Math.max(4, rows.stream().mapToInt(r -> r.ours().length()).max().orElse(4));
    int wp = Math.max(4, rows.stream().mapToInt(r -> r.peer().length()).max().orElse(4));
    String format = "%-" + w + "s  %-" + wo + "s  %-" + wp + "s  %s%n";
    out.append(String.format(Locale.ROOT, format, "figure", "ours", "OpenSearch", "ours/peer"));
    rows.forEach(r -> out.append(String.format(Locale.ROOT, format, r.figure(), r.ours(), r.peer(), r.ratio())));
    out.append("targets:\n");
    targets().forEach(t -> out.append(String.format(Locale.ROOT, "  %-4s  %-60s %s%n", t.verdict(), t.target(), t.measured())));
    return out.toString();
  }

  /** The report as Markdown, ready for README's results table. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("- ").append(machine.line()).append('\n');
    corpusLines.forEach(c -> out.append("- ").append(c).append('\n'));
    roundsLine().ifPresent(r -> out.append("- ").append(r).append('\n'));
    loadGeneratorLine().ifPresent(g -> out.append("- ").append(g).append('\n'));
    out.append("\n| figure | medsearch | OpenSearch | medsearch / OpenSearch |\n| --- | --- | --- | --- |\n");
    rows().forEach(r -> out.append("| ").append(r.figure()).append(" | ").append(r.ours()).append(" | ").append(r.peer()).append(" | ").append(r.ratio()).append(" |\n"));
    out.append("\n| target | measured | result |\n| --- | --- | --- |\n");
    targets().forEach(t -> out.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ").append(t.verdict()).append(" |\n"));
    return out.toString();
  }

  /** What sent the HTTP requests, ours and the peer's, where the results say. */
  Optional<String> loadGeneratorLine() {
    Stream<LoadResult> ours = search.stream().flatMap(s -> Stream.of(s.service(), s.loaded(), s.suggest()));
    Stream<LoadResult> theirs = peer.stream().flatMap(p -> Stream.of(p.service(), p.loaded()));
    List<String> generators = Stream.concat(ours, theirs).filter(Objects::nonNull).map(LoadResult::generator).filter(Objects::nonNull).distinct().toList();
    return generators.isEmpty() ? Optional.empty() : Optional.of("load generator (its own process): " + String.join("; ", generators));
  }

  /** What the figures are when phases ran in rounds. */
  private Optional<String> roundsLine() {
    List<String> parts = new ArrayList<>();
    roundsOf(rounds, "search", "peer-search").ifPresent(parts::add);
    roundsOf(builds, "build", "peer-index").ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of("rounds: " + String.join("; ", parts));
  }

  private static Optional<String> roundsOf(Rounds<?> of, String ours, String theirs) {
    int n = of.ours().size();
    if (n <= 1) {
      return Optional.empty();
    }
    return Optional.of(n + " of " + ours + (of.paired() ? " and " + theirs + ", every other round in reverse order" : "")
        + ", each " + ours + " figure the median of the rounds" + (of.paired() ? ", each ratio the median of the rounds' own ratios" : ""));
  }

  /** Megabytes of a JVM heap setting such as 256m or 1g. */
  static long heapMb(String heap) {
    String h = heap.strip().toLowerCase(Locale.ROOT);
    long n = Long.parseLong(h.replaceAll("[kmg]$", ""));
    return switch (h.charAt(h.length() - 1)) {
      case 'g' -> n * 1024;
      case 'm' -> n;
      case 'k' -> n / 1024;
      default -> n / (1024 * 1024);
    };
  }

  private static String rate(Throughput t) {
    return String.format(Locale.ROOT, "%,.0f; %.2f", t.docsPerSecond(), t.mbPerSecond());
  }

  private static String merged(MergeFigures m) {
    return String.format(Locale.ROOT, "%d; %.1f; %s", m.segmentsBefore(), m.seconds(), mb(m.indexBytes()));
  }

  private static String lat(Latencies l) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", l.p50(), l.p95(), l.p99());
  }

  private static String qps(LoadResult r) {
    return String.format(Locale.ROOT, "%,.0f (%.1f)", r.qps(), r.latency().p99());
  }

  private static String ratio(double a, double b) {
    return times(a / b);
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }
}

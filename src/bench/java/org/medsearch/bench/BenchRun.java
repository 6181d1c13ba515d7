package org.medsearch.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench run}: the measuring phases, each printing its figures beside the corpus line. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, description = "Runs benchmark phases and prints the table and targets.")
final class BenchRun implements Callable<Integer> {
  @Option(names = "--corpus", description = "Corpus folder from 'bench corpus' (default target/bench/corpus).")
  Path corpus = BenchCommand.DEFAULT_CORPUS;

  @Option(names = "--phases", split = ",", description = "Which phases, in order (default all: analysis,index,build,merge,search,peer-index,peer-merge,peer-search).")
  List<String> phases = List.of("analysis", "index", "build", "merge", "search", "peer-index", "peer-merge", "peer-search");

  @Option(names = "--rounds", defaultValue = "1", description = "Runs the phases this many times, every other round in reverse order (search,peer-search,peer-search,search,…), and reports each figure's median over the rounds and each ratio's median over the rounds' own ratios (default ${DEFAULT-VALUE}). Every phase but merge and peer-merge repeats; each round of build and peer-index rebuilds the whole corpus.")
  int rounds;

  @Option(names = "--add-rounds", description = "Adds this run's rounds to those the same phases recorded in their last run on this corpus, continuing its order, so a long series can be split into runs of bounded time; the figures are then the medians of all of them.")
  boolean addRounds;

  @Option(names = "--threads", split = ",", description = "Indexing thread counts of the index phase (default 1 and the number of cores); the largest builds the served index and is the peer's number of bulk clients.")
  List<Integer> threads = BenchCommand.defaultThreads();

  @Option(names = "--sample-docs", defaultValue = "50000", description = "The index phase indexes the first shards holding this many documents (default ${DEFAULT-VALUE}).")
  long sampleDocs;

  @Option(names = "--upto", description = "build and peer-index: index the corpus only up to this many documents, continuing where the previous such run stopped (default: all, from scratch). Splits a large build into runs of bounded time.")
  Long upto;

  @Option(names = "--analysis-seconds", defaultValue = "60", description = "Analysis-only runs until the corpus ends or this much analysis time (default ${DEFAULT-VALUE}).")
  double analysisSeconds;

  @Option(names = "--heap", defaultValue = "256m", description = "The server's -Xmx (default ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--peer-heap", description = "OpenSearch's -Xms/-Xmx (default: while indexing and merging, this JVM's own -Xmx, which our indexer runs with; while searching, --heap, the server's).")
  String peerHeap;

  @Option(names = "--concurrency", defaultValue = "4", description = "Clients of the QPS runs (default ${DEFAULT-VALUE}); latency runs use one.")
  int concurrency;

  @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up before each load run (default ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--duration", defaultValue = "20", description = "Measured seconds per load run (default ${DEFAULT-VALUE}).")
  int durationSeconds;

  @Option(names = "--load-generator", defaultValue = "wrk", description = "What sends the HTTP requests: wrk (Debian's wrk, one event-loop thread for all connections; the default) or java (a Java client on HttpURLConnection, a thread per client: the figures before 2026-12-08).")
  String loadGenerator;

  @Option(names = "--queries", defaultValue = "1000", description = "Length of the query log (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the query log's order (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--peer-batch", defaultValue = "1000", description = "Documents per OpenSearch _bulk request (default ${DEFAULT-VALUE}).")
  int peerBatch;

  @Option(names = "--eval", description = "The public evaluation data, for the query log (default ../shared/eval).")
  Path evalDir = BenchCommand.DEFAULT_EVAL;

  @Option(names = "--config", description = "The index configuration (default index-config).")
  Path configDir = ConfigLoader.DEFAULT_DIR;

  @Option(names = "--jar", description = "The server's jar (default target/medsearch.jar).")
  Path jar = Path.of("target/medsearch.jar");

  @Option(names = "--peer-build", description = "The peer's build from src/bench/peer (default target/peer).")
  Path peerBuild = Path.of("target/peer");

  @Option(names = "--out", description = "Work and results folder (default target/bench).")
  Path out = BenchCommand.DEFAULT_OUT;

  private IndexConfig config;
  private CorpusStats stats;
  private BenchResults results;

  @Override
  public Integer call() throws Exception {
    if (BenchCommand.evalDataMissing(evalDir)) {
      return 0;
    }
    List<Phase> selected = phases.stream().map(Phase::of).toList();
    String badRounds = roundsProblem(selected, rounds, addRounds, upto);
    if (badRounds != null) {
      System.err.println("bench run: " + badRounds);
      return 2;
    }
    if (selected.contains(Phase.SEARCH) || selected.contains(Phase.PEER_SEARCH)) {
      try {
        loadDriver();
      } catch (IllegalArgumentException e) {
        System.err.println("bench run: --load-generator: " + e.getMessage());
        return 2;
      }
    }
    config = ConfigLoader.load(configDir);
    stats = CorpusStats.read(corpus);
    results = BenchResults.open(out);
    MachineInfo machine = MachineInfo.current();
    results.putValue("machine", machine);
    System.out.println(machine.line());
    System.out.println(stats.line());
    String run = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Map<Phase, List<Object>> measured = new EnumMap<>(Phase.class);
    if (addRounds) {
      try {
        run = earlierRun(results, selected, stats.line());
      } catch (IllegalArgumentException e) {
        System.err.println("bench run: --add-rounds: " + e.getMessage());
        return 2;
      }
      for (Phase phase : selected) {
        measured.put(phase, new ArrayList<>(results.rounds(phase.id(), phase.figures())));
      }
    }
    int done = measured.isEmpty() ? 0 : measured.get(selected.getFirst()).size();
    int last = done + rounds;
    for (int round = done + 1; round <= last; round++) {
      for (Phase phase : round % 2 == 1 ? selected : selected.reversed()) {
        long start = System.nanoTime();
        System.out.println("== " + phase.id() + (last > 1 ? " (round " + round + " of " + last + ")" : ""));
        Object figures = switch (phase) {
          case ANALYSIS -> analysis();
          case INDEX -> index();
          case BUILD -> build();
          case MERGE -> merge();
          case SEARCH -> search();
          case PEER_INDEX -> peerIndex();
          case PEER_MERGE -> peerMerge();
          case PEER_SEARCH -> peerSearch();
        };
        List<Object> phaseRounds = measured.computeIfAbsent(phase, p -> new ArrayList<>());
        phaseRounds.add(figures);
        results.put(phase.id(), stats.line(), run, phaseRounds);
        System.out.printf(Locale.ROOT, "   (%s: %.0f s; %s)%n", phase.id(), (System.nanoTime() - start) / 1e9, stats.line());
      }
    }
    writeReport(results, out);
    return 0;
  }

  /** Why these phases cannot run as asked ({@code --rounds}, {@code --add-rounds}, {@code --upto}), or null when they can. */
  static String roundsProblem(List<Phase> phases, int rounds, boolean addRounds, Long upto) {
    String once = Phase.notRepeatable(phases);
    String option = addRounds ? "--add-rounds" : "--rounds " + rounds;
    boolean repeated = addRounds || rounds > 1;
    if (rounds < 1) {
      return "--rounds must be at least 1";
    }
    if (repeated && once != null) {
      return option + ": " + once;
    }
    if (repeated && upto != null && phases.stream().anyMatch(Phase::builds)) {
      return option + " with --upto: each round of build and peer-index rebuilds the whole corpus; --upto splits one build into steps";
    }
    return null;
  }

  /**
   * The run whose rounds {@code --add-rounds} continues: every phase's last recorded run, the same
   * for all of them, on this corpus, with as many rounds each (else they could not be paired).
   */
  static String earlierRun(BenchResults results, List<Phase> phases, String corpusLine) {
    String run = null;
    int count = -1;
    for (Phase phase : phases) {
      String id = phase.id();
      if (!results.corpusOf(id).orElse("").equals(corpusLine)) {
        throw new IllegalArgumentException(id + " has no figures on this corpus to add to");
      }
      String itsRun = results.runOf(id).orElseThrow(() -> new IllegalArgumentException(id + "'s figures name no run (recorded before rounds)"));
      int itsCount;
      try {
        itsCount = results.rounds(id, phase.figures()).size();
      } catch (IOException e) {
        throw new IllegalArgumentException(id + "'s figures cannot be read: " + e.getMessage(), e);
      }
      if (run == null) {
        run = itsRun;
        count = itsCount;
      } else if (!run.equals(itsRun) || count != itsCount) {
        throw new IllegalArgumentException(
            phases.getFirst().id() + " has " + count + " round(s) of run " + run + ", " + id + " " + itsCount + " of run " + itsRun
                + ": only phases that ran together can add rounds together");
      }
    }
    return run;
  }

  private Throughput analysis() throws IOException {
    Throughput t = new AnalysisBench(config).run(corpus, analysisSeconds);
    print("analysis only, 1 thread: %,d docs, %,.0f docs/s, %.2f MB/s", t.docs(), t.docsPerSecond(), t.mbPerSecond());
    return t;
  }

  private IndexingFigures index() throws IOException {
    IndexingBench bench = new IndexingBench(config);
    Path sample = IndexingBench.sample(corpus, stats, sampleDocs, out.resolve("work/sample-corpus"));
    Path scratch = out.resolve("work/index-sample");
    Throughput ingest = new IngestBench(config).run(sample);
    print("ingest only, 1 thread: %,d docs, %,.0f docs/s, %.2f MB/s", ingest.docs(), ingest.docsPerSecond(), ingest.mbPerSecond());
    List<Throughput> runs = new ArrayList<>();
    long size = 0;
    for (int n : threads.stream().sorted().distinct().toList()) {
      Throughput t = bench.run(sample, n, scratch);
      runs.add(t);
      size = CorpusFiles.folderBytes(scratch);
      print("indexing, %d thread(s): %,d docs in %.1f s, %,.0f docs/s, %.2f MB/s", t.threads(), t.docs(), t.seconds(), t.docsPerSecond(), t.mbPerSecond());
      deleteTree(scratch);
    }
    return new IndexingFigures(runs, size, ingest);
  }

  private BuildFigures build() throws IOException {
    int n = maxThreads();
    long until = Math.min(upto == null ? stats.docs() : upto, stats.docs());
    BuildFigures before = continuing(Phase.BUILD, BuildFigures.class, f -> f.total().docs(), until, Files.isDirectory(servedIndex()));
    if (before == null) {
      deleteTree(servedIndex());
      before = new BuildFigures(new Throughput(n, 0, 0, 0), 0, 0, null);
    }
    Path source = IndexingBench.sample(corpus, stats, until, out.resolve("work/build-corpus"));
    Throughput step = new IndexingBench(config).add(source, n, servedIndex());
    BuildFigures after = before.plus(step, CorpusFiles.folderBytes(servedIndex()), ownHeap());
    print("indexing, %d thread(s): %,d docs in %.1f s, %,.0f docs/s, %.2f MB/s (this run); index now %,d docs, %.1f MB",
        n, step.docs(), step.seconds(), step.docsPerSecond(), step.mbPerSecond(), after.total().docs(), after.indexBytes() / 1e6);
    return after;
  }

  /**
   * The figures of an earlier run of {@code phase} to add to, when it indexed part of this corpus
   * short of {@code until}; null when this run starts from scratch.
   */
  private <T> T continuing(Phase phase, Class<T> type, java.util.function.ToLongFunction<T> docs, long until, boolean indexThere) throws IOException {
    if (upto == null || !indexThere || !results.corpusOf(phase.id()).orElse("").equals(stats.line())) {
      return null;
    }
    T earlier = results.get(phase.id(), type).orElse(null);
    return earlier != null && docs.applyAsLong(earlier) < until ? earlier : null;
  }

  private int maxThreads() {
    return threads.stream().max(Comparator.naturalOrder()).orElse(1);
  }

  /** Server starts before the one the load runs on: the first without a class archive, then two with it. */
  private static final int READY_STARTS = 3;

  private SearchFigures search() throws IOException {
    List<Query> log = QueryLog.build(evalDir, queries, seed);
    Path index = servedIndex();
    if (!Files.isDirectory(index)) {
      throw new IOException(index + ": no index (run the index phase first)");
    }
    int segments = segments(index);
    print("searching %d segment(s)", segments);
    Latencies raw = new RawSearchBench(config).run(index, log, warmupSeconds, durationSeconds);
    print("in-process search, 1 thread: p50 %.2f, p95 %.2f, p99 %.2f ms (%,d searches)", raw.p50(), raw.p95(), raw.p99(), raw.count());
    LoadDriver load = loadDriver();
    List<LoadRequest> searches = log.stream().map(q -> LoadRequest.get("/api/search?q=" + encode(q.text()))).toList();
    List<LoadRequest> suggests = QueryLog.typeAheadPrefixes(log).stream().map(p -> LoadRequest.get("/api/suggest?q=" + encode(p))).toList();
    // The first start runs without a class archive and writes one at its exit, as README's serve
    // command does on a new installation; the ready figure is the median of the three starts after it.
    Path archive = out.resolve("work/medsearch.jsa");
    Files.deleteIfExists(archive);
    List<Double> starts = new ArrayList<>();
    for (int i = 0; i < READY_STARTS; i++) {
      try (ServerProcess server = ServerProcess.start(jar, index, heap, log.get(0).text(), out.resolve("work/server.log"), archive)) {
        starts.add(server.readyMillis());
      }
    }
    try (ServerProcess server = ServerProcess.start(jar, index, heap, log.get(0).text(), out.resolve("work/server.log"), archive)) {
      starts.add(server.readyMillis());
      double firstStart = starts.getFirst();
      double ready = RoundMedians.median(starts.subList(1, starts.size()));
      print("server ready in %.0f ms, median of %d starts %s ms with the class archive; first start without it %.0f ms (-Xmx%s)",
          ready, starts.size() - 1, starts.subList(1, starts.size()).stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(), firstStart, heap);
      LoadResult service = load.run("search-1", server.baseUrl(), searches, 1);
      printLoad("HTTP search, 1 client", service);
      LoadResult loaded = load.run("search-" + concurrency, server.baseUrl(), searches, concurrency);
      printLoad("HTTP search, " + concurrency + " clients", loaded);
      LoadResult suggest = load.run("suggest-1", server.baseUrl(), suggests, 1);
      printLoad("HTTP suggest, 1 client", suggest);
      double used = server.heapUsedMb(false);
      double live = server.heapUsedMb(true);
      double[] rss = server.rssMb();
      boolean alive = server.isAlive();
      print("server heap used %.0f MB, live after GC %.0f MB, RSS %.0f MB (peak %.0f MB)", used, live, rss[0], rss[1]);
      return new SearchFigures(raw, service, loaded, suggest, heap, ready, firstStart, used, live, rss[0], rss[1], CorpusFiles.folderBytes(index), alive, segments);
    }
  }

  private PeerFigures peerIndex() throws IOException {
    Path home = peerHome();
    int clients = maxThreads();
    long until = Math.min(upto == null ? stats.docs() : upto, stats.docs());
    PeerFigures before = continuing(Phase.PEER_INDEX, PeerFigures.class, f -> f.bulk().docs(), until, Files.isDirectory(home));
    if (before == null) {
      deleteTree(home);
      before = new PeerFigures(new Throughput(clients, 0, 0, 0), peerIndexingHeap(), 0, null, null, null);
    }
    try (OpenSearchPeer peer = OpenSearchPeer.start(peerBuild, home, peerIndexingHeap(), out.resolve("work/peer-index.log"))) {
      Throughput step = peer.bulkIndex(corpus, config, clients, peerBatch, before.bulk().docs(), until);
      Throughput total = new Throughput(clients, before.bulk().docs() + step.docs(), before.bulk().bytes() + step.bytes(), before.bulk().seconds() + step.seconds());
      long size = peer.indexBytes();
      print("OpenSearch bulk, %d clients: %,d docs in %.1f s, %,.0f docs/s, %.2f MB/s (this run); index now %,d docs, %.1f MB",
          clients, step.docs(), step.seconds(), step.docsPerSecond(), step.mbPerSecond(), total.docs(), size / 1e6);
      return new PeerFigures(total, peerIndexingHeap(), size, null, null, null);
    }
  }

  private MergeFigures merge() throws IOException {
    Path index = servedIndex();
    if (!Files.isDirectory(index)) {
      throw new IOException(index + ": no index (run the build phase first)");
    }
    long start = System.nanoTime();
    int before = Indexer.forceMerge(index, 1);
    MergeFigures merged = new MergeFigures(before, (System.nanoTime() - start) / 1e9, CorpusFiles.folderBytes(index));
    printMerge("force merge", merged);
    return merged;
  }

  private MergeFigures peerMerge() throws IOException {
    Path home = peerHome();
    if (!Files.isDirectory(home)) {
      throw new IOException(home + ": no OpenSearch index (run the peer-index phase first)");
    }
    try (OpenSearchPeer peer = OpenSearchPeer.start(peerBuild, home, peerIndexingHeap(), out.resolve("work/peer-merge.log"))) {
      Http.get(peer.baseUrl() + "/_cluster/health/" + OpenSearchPeer.INDEX + "?wait_for_status=yellow&timeout=120s");
      MergeFigures merged = peer.forceMerge();
      printMerge("OpenSearch _forcemerge", merged);
      return merged;
    }
  }

  private static void printMerge(String what, MergeFigures m) {
    print("%s to one segment: %d segments in %.1f s; index now %.1f MB", what, m.segmentsBefore(), m.seconds(), m.indexBytes() / 1e6);
  }

  private PeerFigures peerSearch() throws IOException {
    Path home = peerHome();
    if (!Files.isDirectory(home)) {
      throw new IOException(home + ": no OpenSearch index (run the peer-index phase first)");
    }
    List<LoadRequest> searches = OpenSearchPeer.searchRequests(QueryLog.build(evalDir, queries, seed), config);
    LoadDriver load = loadDriver();
    try (OpenSearchPeer peer = OpenSearchPeer.start(peerBuild, home, peerHeap(), out.resolve("work/peer-search.log"))) {
      Http.get(peer.baseUrl() + "/_cluster/health/" + OpenSearchPeer.INDEX + "?wait_for_status=yellow&timeout=120s");
      int segments = peer.segments();
      print("OpenSearch searching %d segment(s)", segments);
      LoadResult service = load.run("peer-search-1", peer.baseUrl(), searches, 1);
      printLoad("OpenSearch search, 1 client", service);
      LoadResult loaded = load.run("peer-search-" + concurrency, peer.baseUrl(), searches, concurrency);
      printLoad("OpenSearch search, " + concurrency + " clients", loaded);
      return new PeerFigures(null, null, 0, peerHeap(), service, loaded, segments);
    }
  }

  static void writeReport(BenchResults results, Path out) throws IOException {
    MachineInfo machine = results.getValue("machine", MachineInfo.class).orElseGet(MachineInfo::current);
    Report report = Report.of(results, machine);
    System.out.println();
    System.out.print(report.text());
    results.putValue("targets", report.targets());
    Files.writeString(out.resolve("results.md"), report.markdown());
    System.out.println("written: " + out.resolve(BenchResults.FILE) + ", " + out.resolve("results.md"));
  }

  /** Segments of the latest commit of the index in {@code dir}. */
  static int segments(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  private LoadDriver loadDriver() {
    return LoadDriver.of(loadGenerator, out.resolve("work"), warmupSeconds, durationSeconds);
  }

  private Path servedIndex() {
    return out.resolve("index");
  }

  private Path peerHome() {
    return out.resolve("peer-home");
  }

  /** OpenSearch's heap while searching: the server's, unless --peer-heap. */
  private String peerHeap() {
    return peerHeap != null ? peerHeap : heap;
  }

  /** OpenSearch's heap while indexing and merging: the one our indexer runs with (this JVM's), unless --peer-heap. */
  private String peerIndexingHeap() {
    return peerHeap != null ? peerHeap : ownHeap();
  }

  /** This JVM's -Xmx, which the build and merge phases index with, e.g. 1024m. */
  static String ownHeap() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
  }

  private void printLoad(String what, LoadResult r) {
    print("%s: p50 %.2f, p95 %.2f, p99 %.2f ms; %,.0f QPS; %,d requests, %d errors",
        what, r.latency().p50(), r.latency().p95(), r.latency().p99(), r.qps(), r.requests(), r.errors());
  }

  private static void print(String format, Object... args) {
    System.out.println("   " + String.format(Locale.ROOT, format, args));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

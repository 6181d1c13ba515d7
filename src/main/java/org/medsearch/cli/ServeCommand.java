package org.medsearch.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.util.RamUsageEstimator;
import org.medsearch.Main;
import org.medsearch.analysis.Glossary;
import org.medsearch.config.IndexConfig;
import org.medsearch.http.BackgroundReindexer;
import org.medsearch.http.HttpApp;
import org.medsearch.http.HttpOptions;
import org.medsearch.index.IndexReport;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.search.DocumentView;
import org.medsearch.search.IndexStatus;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResponse;
import org.medsearch.search.SearchService;
import org.medsearch.search.SuggestResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: answers the JSON API and the search page; builds the index first when there is none. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search page and JSON API. Without an index, one is built first from --input.")
public final class ServeCommand implements Callable<Integer> {
  /** The environment variable holding the admin key. */
  static final String ADMIN_KEY_VARIABLE = "MEDSEARCH_ADMIN_KEY";

  private static volatile boolean serving;

  @Mixin CommonOptions common;

  @Mixin GlossaryOption glossary;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).", defaultValue = "0.0.0.0")
  String host;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Documents to index when the index folder is empty (default: the bundled sample corpus).")
  Path input;

  @Option(
      names = "--admin-key-file",
      paramLabel = "FILE",
      description = "File whose first line is the key of the admin endpoints (default: the environment variable MEDSEARCH_ADMIN_KEY; neither: admin endpoints off).")
  Path adminKeyFile;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description = "Origin allowed to call the API from a browser, like https://example.org (repeatable; default: none, CORS off).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--log-queries",
      paramLabel = "true|false",
      arity = "1",
      defaultValue = "true",
      description = "Include query strings in the request log (default: ${DEFAULT-VALUE}).")
  boolean logQueries;

  @Spec CommandSpec spec;

  /** True once a server is running, so {@code main} leaves the JVM to it. */
  public static boolean isServing() {
    return serving;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be within 0..65535, got " + port);
    }
    IndexConfig config = common.config();
    if (!LuceneSearchService.exists(common.index.dir)) {
      out.println("No index in " + common.index.dir + "; building it from " + (input == null ? "the bundled sample corpus" : input));
      IndexReport report =
          IndexCommand.build(config, input, common.index.dir, Indexer.Mode.REBUILD, Runtime.getRuntime().availableProcessors(), new Progress(out, Progress.onTerminal()));
      out.println(report.summary());
    }
    // The index opens and runs a first search (loading smartcn's dictionaries, the folding tables
    // and the JIT's first paths) on a second core while the HTTP server starts on this one; a
    // request arriving before the index is open waits for it.
    Glossary queryGlossary = glossary.glossary(config);
    CompletableFuture<LuceneSearchService> opening = CompletableFuture.supplyAsync(() -> openWarm(config, queryGlossary));
    String adminKey = adminKey(adminKeyFile, System.getenv(ADMIN_KEY_VARIABLE));
    BackgroundReindexer reindexer =
        new BackgroundReindexer(
            rebuild ->
                IndexCommand.build(config, input, common.index.dir, rebuild ? Indexer.Mode.REBUILD : Indexer.Mode.UPDATE,
                    Runtime.getRuntime().availableProcessors(), ProgressListener.NONE),
            () -> opened(opening));
    skipJettyPlatformMBeanServer();
    Javalin app =
        HttpApp.create(new OpeningSearchService(opening), config, new HttpOptions(corsOrigins, logQueries, adminKey, reindexer, common.index.dir));
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      opening.thenAccept(ServeCommand::closeQuietly);
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    LuceneSearchService service;
    try {
      service = opened(opening);
    } catch (RuntimeException e) {
      app.stop();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  reindexer.close();
                  closeQuietly(service);
                }));
    serving = true;
    out.printf("Serving %d documents from %s at http://localhost:%d/%n", service.status().documents(), common.index.dir, app.port());
    out.println(adminKey == null ? "Admin endpoints off (set " + ADMIN_KEY_VARIABLE + " or --admin-key-file)" : "Admin endpoints on");
    return Main.OK;
  }

  /** The Jetty property that, when set, spares it the platform MBean server. */
  static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  /**
   * Jetty sizes the padding of its queues by the references that fit a cache line, unless told,
   * by asking the JVM through the platform MBean server, whose start registers every platform
   * bean (JFR's too): a tenth of a second of the two cores at start-up. Lucene has measured the
   * reference size already, without that server.
   */
  static void skipJettyPlatformMBeanServer() {
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      int cacheLineBytes = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, Integer.toString(Math.max(1, cacheLineBytes / RamUsageEstimator.NUM_BYTES_OBJECT_REF)));
    }
  }

  private LuceneSearchService openWarm(IndexConfig config, Glossary queryGlossary) {
    LuceneSearchService service = LuceneSearchService.open(common.index.dir, config, queryGlossary);
    try {
      service.search(SearchRequest.of("医院 hospital", 10));
      return service;
    } catch (RuntimeException e) {
      closeQuietly(service);
      throw e;
    }
  }

  /** The opened service, or what stopped it from opening. */
  static LuceneSearchService opened(CompletableFuture<LuceneSearchService> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static void closeQuietly(LuceneSearchService service) {
    try {
      service.close();
    } catch (IOException ignored) {
      // Exiting anyway.
    }
  }

  /**
   * The service once open: each call waits for the opening to finish. The suggester (about a
   * second of work at a million documents, on another thread) and the facet value sets (0.1–0.2 s)
   * start building once the first search has been answered, so that they do not share
   * the two cores with the server's start and that search; a suggest request arriving earlier
   * builds the suggester and waits for it, a search counts facets from doc values meanwhile.
   */
  record OpeningSearchService(CompletableFuture<LuceneSearchService> opening, AtomicBoolean lookupsStarted) implements SearchService {
    OpeningSearchService(CompletableFuture<LuceneSearchService> opening) {
      this(opening, new AtomicBoolean());
    }

    @Override
    public SearchResponse search(SearchRequest request) {
      LuceneSearchService service = opened(opening);
      try {
        return service.search(request);
      } finally {
        if (!lookupsStarted.getAndSet(true)) {
          service.prepareLookups();
        }
      }
    }

    @Override
    public List<ScoredId> rank(String query, SearchRequest.QuerySyntax syntax, int depth) {
      return opened(opening).rank(query, syntax, depth);
    }

    @Override
    public SuggestResponse suggest(String prefix, int size) {
      return opened(opening).suggest(prefix, size);
    }

    @Override
    public Optional<DocumentView> document(String id) {
      return opened(opening).document(id);
    }

    @Override
    public IndexStatus status() {
      return opened(opening).status();
    }

    @Override
    public void close() throws IOException {
      opened(opening).close();
    }
  }

  /** The admin key: the first line of {@code file} when given, else {@code fromEnvironment}; null when neither has one. */
  static String adminKey(Path file, String fromEnvironment) throws IOException {
    if (file != null) {
      String key = Files.readAllLines(file).stream().findFirst().orElse("").strip();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("--admin-key-file " + file + " has no key on its first line");
      }
      return key;
    }
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.contains("in use") ? "the port is already in use" : message;
  }
}

package org.medsearch.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.medsearch.Main;
import org.medsearch.config.IndexConfig;
import org.medsearch.http.BackgroundReindexer;
import org.medsearch.http.HttpApp;
import org.medsearch.http.HttpOptions;
import org.medsearch.index.IndexReport;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.search.LuceneSearchService;
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
    if (!LuceneSearchService.exists(common.indexDir)) {
      out.println("No index in " + common.indexDir + "; building it from " + (input == null ? "the bundled sample corpus" : input));
      IndexReport report =
          IndexCommand.build(config, input, common.indexDir, org.medsearch.index.Indexer.Mode.REBUILD, Runtime.getRuntime().availableProcessors(), new Progress(out, Progress.onTerminal()));
      out.println(report.summary());
    }
    LuceneSearchService service = LuceneSearchService.open(common.indexDir, config, glossary.glossary(config));
    // Loads smartcn's dictionaries, the folding tables and the JIT's first paths before the first
    // visitor (otherwise the first search takes several hundred milliseconds), on a second core
    // while the HTTP server starts on this one.
    CompletableFuture<Void> warm =
        CompletableFuture.runAsync(() -> service.search(org.medsearch.search.SearchRequest.of("医院 hospital", 10)));
    String adminKey = adminKey(adminKeyFile, System.getenv(ADMIN_KEY_VARIABLE));
    BackgroundReindexer reindexer =
        new BackgroundReindexer(
            rebuild ->
                IndexCommand.build(config, input, common.indexDir, rebuild ? Indexer.Mode.REBUILD : Indexer.Mode.UPDATE,
                    Runtime.getRuntime().availableProcessors(), ProgressListener.NONE),
            service);
    Javalin app = HttpApp.create(service, config, new HttpOptions(corsOrigins, logQueries, adminKey, reindexer, common.indexDir));
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      service.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  reindexer.close();
                  try {
                    service.close();
                  } catch (java.io.IOException ignored) {
                    // Exiting anyway.
                  }
                }));
    warm.join();
    serving = true;
    out.printf("Serving %d documents from %s at http://localhost:%d/%n", service.status().documents(), common.indexDir, app.port());
    out.println(adminKey == null ? "Admin endpoints off (set " + ADMIN_KEY_VARIABLE + " or --admin-key-file)" : "Admin endpoints on");
    return Main.OK;
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

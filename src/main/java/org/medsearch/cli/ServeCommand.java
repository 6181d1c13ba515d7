package org.medsearch.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medsearch.Main;
import org.medsearch.config.IndexConfig;
import org.medsearch.http.HttpApp;
import org.medsearch.index.IndexReport;
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
    // visitor: otherwise the first search takes several hundred milliseconds.
    service.search(org.medsearch.search.SearchRequest.of("医院 hospital", 10));
    Javalin app = HttpApp.create(service, config);
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
                  try {
                    service.close();
                  } catch (java.io.IOException ignored) {
                    // Exiting anyway.
                  }
                }));
    serving = true;
    out.printf("Serving %d documents from %s at http://localhost:%d/%n", service.status().documents(), common.indexDir, app.port());
    return Main.OK;
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

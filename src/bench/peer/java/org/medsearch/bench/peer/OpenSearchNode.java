package org.medsearch.bench.peer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node with the smartcn plugin, in this JVM, bound to 127.0.0.1: the benchmark's
 * peer. Prints {@code READY <http port>} once the cluster is up, then serves until its standard
 * input closes (the benchmark closing it, or dying), and always closes the node on the way out.
 *
 * <p>Usage: {@code OpenSearchNode HOME_DIR HTTP_PORT}
 */
public final class OpenSearchNode {
  private OpenSearchNode() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Files.createDirectories(home);
    OpenSearchRunner runner = new OpenSearchRunner();
    Thread closer = new Thread(() -> close(runner), "opensearch-close");
    Runtime.getRuntime().addShutdownHook(closer);
    // The runner numbers nodes from baseHttpPort + 1 and refuses ports above its maximum.
    runner.setMaxHttpPort(port);
    try {
      runner
          .onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(port));
            settings.put("discovery.type", "single-node");
            settings.put("action.auto_create_index", "false");
            // The benchmark measures steady-state serving, not the disk-watermark guard rails.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
          })
          .build(OpenSearchRunner.newConfigs()
              .basePath(home.toString())
              .numOfNode(1)
              .baseHttpPort(port - 1)
              .clusterName("medsearch-bench-peer")
              .disableESLogger()
              .pluginTypes("org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin"));
      runner.ensureYellow();
      System.out.println("READY " + port);
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // Runs until the benchmark closes our standard input.
      }
    } finally {
      close(runner);
    }
  }

  private static void close(OpenSearchRunner runner) {
    try {
      if (!runner.isClosed()) {
        runner.close();
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("closing the OpenSearch node failed: " + e);
    }
  }
}

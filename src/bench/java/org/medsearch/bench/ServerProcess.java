package org.medsearch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's server ({@code java -jar medsearch.jar serve}) as a child process: started on a
 * free port, timed until its first successful search, and measured for heap and resident memory.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
  private static final Pattern PEAK_RSS = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  private final JavaProcess process;
  private final String baseUrl;
  private final double readyMillis;

  private ServerProcess(JavaProcess process, String baseUrl, double readyMillis) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.readyMillis = readyMillis;
  }

  /**
   * Starts the server on {@code indexDir} with heap {@code heap} (e.g. 256m) as README's serve
   * command does, with the class archive {@code classArchive} (written at the first start's exit,
   * read by later starts), and returns once a search for {@code firstQuery} answered 200: the time
   * since the process was started is its ready time.
   */
  public static ServerProcess start(Path jar, Path indexDir, String heap, String firstQuery, Path log, Path classArchive)
      throws IOException {
    int port = freePort();
    String baseUrl = "http://127.0.0.1:" + port;
    String probe = baseUrl + "/api/search?q=" + URLEncoder.encode(firstQuery, StandardCharsets.UTF_8);
    long started = System.nanoTime();
    JavaProcess process =
        JavaProcess.start(
            List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + classArchive, "-Xlog:cds=off", "-Xmx" + heap, "-jar", jar.toString()),
            List.of("serve", "--index", indexDir.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port)),
            log, false);
    process.awaitReady("the server", () -> Http.get(probe).ok(), 10, 180);
    return new ServerProcess(process, baseUrl, (System.nanoTime() - started) / 1e6);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Process start to the first successful search, in milliseconds. */
  public double readyMillis() {
    return readyMillis;
  }

  /** Heap in use now, in MB (jcmd GC.heap_info); after {@code collectFirst}, what survives a full GC. */
  public double heapUsedMb(boolean collectFirst) throws IOException {
    if (collectFirst) {
      jcmd("GC.run");
    }
    Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
  }

  /** Resident set size now and at its peak, in MB, from /proc (NaN where there is no /proc). */
  public double[] rssMb() throws IOException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    String text = Files.readString(status);
    return new double[] {kb(RSS, text) / 1024.0, kb(PEAK_RSS, text) / 1024.0};
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.close();
  }

  private String jcmd(String command) throws IOException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static double kb(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Long.parseLong(m.group(1)) : Double.NaN;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

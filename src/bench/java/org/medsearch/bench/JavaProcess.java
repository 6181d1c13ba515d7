package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of the benchmark (the server, the OpenSearch peer, the load generator), its output in
 * a log file. A shutdown hook ends it should the benchmark itself be stopped, so none outlives it.
 */
public final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final Thread reaper;
  private final Path log;

  private final boolean stopsOnEndOfInput;

  private JavaProcess(Process process, Path log, boolean stopsOnEndOfInput) {
    this.process = process;
    this.log = log;
    this.stopsOnEndOfInput = stopsOnEndOfInput;
    this.reaper = new Thread(this::stop, "stop-" + process.pid());
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts {@code java <jvmArgs> <args>} with this JVM's java; its stdin stays open (a pipe) until
   * {@link #close}, which, when {@code stopsOnEndOfInput}, is how it is asked to shut down (the
   * peer closes its node then); otherwise it gets SIGTERM.
   */
  public static JavaProcess start(List<String> jvmArgs, List<String> args, Path log, boolean stopsOnEndOfInput) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(args);
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    return new JavaProcess(builder.start(), log, stopsOnEndOfInput);
  }

  /** This JVM's own classpath: the load generator runs the same classes in a separate process. */
  public static String ownClasspath() {
    return System.getProperty("java.class.path");
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** Says whether a starting process is ready yet; an exception counts as "not yet". */
  @FunctionalInterface
  public interface ReadyCheck {
    boolean ready() throws IOException;
  }

  /**
   * Polls {@code check} every {@code pollMillis} until it says ready; stops the process and fails
   * naming {@code what} and the log if it exits first or is not ready within {@code timeoutSeconds}.
   */
  public void awaitReady(String what, ReadyCheck check, long pollMillis, long timeoutSeconds) throws IOException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    try {
      while (!isReady(check)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IOException(what + (process.isAlive() ? " was not ready within " + timeoutSeconds + " s" : " exited before it was ready") + "; see " + log);
        }
        Thread.sleep(pollMillis);
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static boolean isReady(ReadyCheck check) {
    try {
      return check.ready();
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Waits for the process to end by itself; its exit code. */
  public int waitFor(long seconds) throws IOException {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        throw new IOException("process " + process.pid() + " still running after " + seconds + " s; see " + log);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Asks it to stop (end of input, or SIGTERM), then forces it; returns once it is gone. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or has run.
    }
  }

  private void stop() {
    try {
      process.getOutputStream().close();
      if (stopsOnEndOfInput && process.waitFor(60, TimeUnit.SECONDS)) {
        return;
      }
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

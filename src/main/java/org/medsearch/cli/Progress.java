package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.medsearch.index.ProgressListener;

/** A one-line progress display (files/s, MB/s, ETA) redrawn in place; silent when not on a terminal. */
final class Progress implements ProgressListener {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;

  Progress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  static boolean onTerminal() {
    return System.console() != null;
  }

  @Override
  public synchronized void fileDone(int done, int total, long bytes) {
    if (!terminal) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(now - start, 1) / 1e9;
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    out.printf(
        Locale.ROOT, "\r%d/%d files  %.0f files/s  %.1f MB/s  ETA %ds   ", done, total, rate, bytes / 1e6 / seconds, eta);
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}

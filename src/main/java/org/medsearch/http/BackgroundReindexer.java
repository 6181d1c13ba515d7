package org.medsearch.http;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.medsearch.index.IndexReport;
import org.medsearch.search.LuceneSearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Admin actions over a served index: one re-index at a time on one background thread, then a refresh. */
public final class BackgroundReindexer implements AdminActions, AutoCloseable {
  /** Indexes the server's input folder into its index folder. */
  @FunctionalInterface
  public interface Job {
    IndexReport run(boolean rebuild) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundReindexer.class);

  private final Job job;
  private final Supplier<LuceneSearchService> service;
  private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.IDLE);
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "admin-reindex");
            t.setDaemon(true);
            return t;
          });

  /** {@code service} gives the service to refresh after a run (a server may still be opening it when this is built). */
  public BackgroundReindexer(Job job, Supplier<LuceneSearchService> service) {
    this.job = job;
    this.service = service;
  }

  @Override
  public boolean startReindex(boolean rebuild) {
    ReindexStatus previous = status.get();
    ReindexStatus started = new ReindexStatus("running", rebuild, Instant.now().toString(), null, null, null);
    if (previous.running() || !status.compareAndSet(previous, started)) {
      return false;
    }
    executor.execute(() -> status.set(run(started)));
    return true;
  }

  private ReindexStatus run(ReindexStatus started) {
    try {
      IndexReport report = job.run(started.rebuild());
      service.get().refresh();
      LOG.info("admin re-index: {}", report.summary());
      return new ReindexStatus("done", started.rebuild(), started.startedAt(), Instant.now().toString(), report.summary(), null);
    } catch (IOException | RuntimeException e) {
      LOG.error("admin re-index failed", e);
      return new ReindexStatus("failed", started.rebuild(), started.startedAt(), Instant.now().toString(), null, String.valueOf(e.getMessage()));
    }
  }

  @Override
  public ReindexStatus reindexStatus() {
    return status.get();
  }

  @Override
  public Reload reload() {
    long before = service.get().status().generation();
    service.get().refresh();
    long after = service.get().status().generation();
    return new Reload(after != before, after);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

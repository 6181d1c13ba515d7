package org.medsearch.http;

/** What the admin endpoints can do; the server wires it up, so HttpApp never builds an index itself. */
public interface AdminActions {
  /** Starts a re-index in the background; false when one is already running. */
  boolean startReindex(boolean rebuild);

  /** The state of the last (or current) re-index. */
  ReindexStatus reindexStatus();

  /** Switches the searcher to the newest commit now. */
  Reload reload();

  /**
   * One re-index run.
   *
   * @param state {@code idle} (none yet), {@code running}, {@code done} or {@code failed}
   * @param rebuild whether it starts from an empty index
   * @param startedAt ISO-8601, or null when idle
   * @param finishedAt ISO-8601, or null while running
   * @param summary the IndexReport's summary line once done
   * @param error why it failed
   */
  record ReindexStatus(String state, boolean rebuild, String startedAt, String finishedAt, String summary, String error) {
    public static final ReindexStatus IDLE = new ReindexStatus("idle", false, null, null, null, null);

    public boolean running() {
      return state.equals("running");
    }
  }

  /** What {@code POST /admin/reload} answers: whether the served commit changed, and which one is served now. */
  record Reload(boolean reloaded, long generation) {}
}

package org.medsearch.index;

/** An index that cannot be written or opened; the message says which folder and why. */
public final class IndexException extends RuntimeException {
  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code indexDir} holds no committed index. */
  public static IndexException noIndex(java.nio.file.Path indexDir) {
    return noIndex(indexDir, null);
  }

  /** {@code indexDir} holds no committed index, as {@code cause} found. */
  public static IndexException noIndex(java.nio.file.Path indexDir, Throwable cause) {
    return new IndexException(indexDir + ": no index here (build one with the index command)", cause);
  }
}

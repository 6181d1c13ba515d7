package org.medsearch.index;

/** An index that cannot be written or opened; the message says which folder and why. */
public final class IndexException extends RuntimeException {
  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.medsearch.ingest;

/** A file that cannot be indexed. It is skipped and counted by reason; the run goes on. */
public final class IngestException extends Exception {
  /** Why a file was skipped. */
  public enum Reason {
    EMPTY("empty file"),
    TOO_LARGE("file too large"),
    UNDECODABLE("text cannot be decoded"),
    UNSUPPORTED("unsupported format"),
    CORRUPT("damaged or not what its name says"),
    ENCRYPTED("encrypted or password-protected"),
    UNREADABLE("cannot be read"),
    NO_TEXT("no text left after cleaning");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final String file;
  private final Reason reason;

  public IngestException(String file, Reason reason, String detail) {
    super(file + ": " + reason.description() + (detail == null ? "" : " (" + detail + ")"));
    this.file = file;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public Reason reason() {
    return reason;
  }
}

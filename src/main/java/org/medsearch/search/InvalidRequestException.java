package org.medsearch.search;

/** A request the service refuses: a malformed query or a parameter out of range. Maps to HTTP 400. */
public final class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}

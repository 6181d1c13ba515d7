package org.medsearch.bench;

/**
 * One HTTP request of a load run: a GET of {@code path}, or a POST of the JSON {@code body}.
 *
 * @param path path and query string, relative to the server's base URL
 * @param body JSON body for a POST, or null for a GET
 */
public record LoadRequest(String path, String body) {
  public static LoadRequest get(String path) {
    return new LoadRequest(path, null);
  }
}

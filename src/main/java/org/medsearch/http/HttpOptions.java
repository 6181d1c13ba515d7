package org.medsearch.http;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs besides what it serves.
 *
 * @param corsOrigins origins allowed to call the API from a browser (empty: CORS off)
 * @param logQueries whether the request log includes query strings
 * @param adminKey the key the admin endpoints require in {@code X-Admin-Key}; null or blank: they answer 404
 * @param admin what the admin endpoints do; null: they answer 404
 * @param indexDir the served index folder, for {@code medsearch_index_size_bytes}; null: not reported
 */
public record HttpOptions(List<String> corsOrigins, boolean logQueries, String adminKey, AdminActions admin, Path indexDir) {
  public static final HttpOptions DEFAULTS = new HttpOptions(List.of(), true, null, null, null);

  public HttpOptions {
    corsOrigins = List.copyOf(corsOrigins);
  }

  public boolean adminEnabled() {
    return admin != null && adminKey != null && !adminKey.isBlank();
  }
}

package org.medsearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmark's own few HTTP calls (readiness, index set-up, bulk loads): status and body. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  /** A response's status and body. */
  public record Response(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  private Http() {}

  public static Response get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** {@code method} with a JSON (or, for _bulk, NDJSON) body. */
  public static Response send(String method, String url, String body) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", url.contains("_bulk") ? "application/x-ndjson" : "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Response send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}

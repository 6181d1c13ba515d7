package org.medsearch.http;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A GET over a plain socket with the request line sent exactly as given: java.net.URI refuses a
 * broken %-escape that a script's HTTP client may well send.
 */
final class RawHttp {
  /** Status, content type and decoded body of one answer. */
  record Response(int status, String contentType, String body) {}

  private RawHttp() {}

  static Response get(int port, String target) throws Exception {
    return send(port, "GET", target, "", new byte[0]);
  }

  /**
   * One request, its request line and {@code extraHeaders} (each ending in CRLF) sent as ISO-8859-1
   * bytes, exactly as given; a body gets its Content-Length.
   */
  static Response send(int port, String method, String target, String extraHeaders, byte[] payload) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String head =
          method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders
              + (payload.length > 0 ? "Content-Length: " + payload.length + "\r\n" : "") + "\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(payload);
      byte[] raw = socket.getInputStream().readAllBytes();
      int headersEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      if (headersEnd < 0) {
        throw new IllegalStateException("no HTTP answer for " + target);
      }
      String headers = new String(raw, 0, headersEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      int status = Integer.parseInt(headers.substring(9, 12));
      String type =
          headers.lines().filter(l -> l.startsWith("content-type:")).findFirst().orElse("").replace("content-type:", "").strip();
      byte[] body = Arrays.copyOfRange(raw, headersEnd + 4, raw.length);
      if (headers.contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      return new Response(status, type, new String(body, StandardCharsets.UTF_8));
    }
  }

  /** The body of a chunked answer: size line (hex), bytes, CRLF, … until a size of 0. */
  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

package org.medsearch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.medsearch.config.IndexConfig;
import org.medsearch.search.InvalidRequestException;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin app: the JSON API, the search page and one error mapping for all of it. */
public final class HttpApp {
  /** The API's routes; the OpenAPI description is tested against this list. */
  public static final List<String> API_PATHS =
      List.of(
          "/api/search", "/api/suggest", "/api/documents/{id}", "/health", "/openapi.json", "/metrics",
          "/admin/reindex", "/admin/reload");

  /** The header the admin endpoints read their key from. */
  public static final String ADMIN_KEY_HEADER = "X-Admin-Key";

  private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);
  private static final Logger REQUEST_LOG = LoggerFactory.getLogger("org.medsearch.http.requests");
  private static final java.util.regex.Pattern BROKEN_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");
  /** Parameters of /api/search besides the facet filters. */
  public static final Set<String> SEARCH_PARAMS = Set.of("q", "page", "size", "sort", "syntax", "date_from", "date_to", "cursor");
  /** Parameters of /api/suggest. */
  public static final Set<String> SUGGEST_PARAMS = Set.of("q", "size");
  private static final int DEFAULT_SUGGESTIONS = 8;
  /** The most bytes of request line and headers together: a longer URL is refused by Jetty (414/431). */
  static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final Map<String, String> PAGE_FILES =
      Map.of(
          "/", "web/index.html|text/html; charset=utf-8",
          "/app.js", "web/app.js|text/javascript; charset=utf-8",
          "/app.css", "web/app.css|text/css; charset=utf-8");

  private final SearchService service;
  private final IndexConfig config;
  private final Set<String> facetNames;
  private final byte[] openApiJson;
  private final Map<String, byte[]> pageFiles = new LinkedHashMap<>();
  private final HttpOptions options;
  private final RequestMetrics metrics = new RequestMetrics();

  private HttpApp(SearchService service, IndexConfig config, HttpOptions options) {
    this.service = service;
    this.config = config;
    this.options = options;
    this.facetNames = config.facets().stream().map(IndexConfig.FacetConfig::name).collect(Collectors.toSet());
    this.openApiJson = openApiAsJson();
    PAGE_FILES.forEach((path, spec) -> pageFiles.put(path, resource(spec.substring(0, spec.indexOf('|')))));
  }

  /** The app, not yet started: call {@code start(host, port)} on it. */
  public static Javalin create(SearchService service, IndexConfig config) {
    return create(service, config, HttpOptions.DEFAULTS);
  }

  /** The app with CORS, request logging and admin endpoints as {@code options} say. */
  public static Javalin create(SearchService service, IndexConfig config, HttpOptions options) {
    return new HttpApp(service, config, options).build();
  }

  /** The JSON mapping of every response: snake_case keys. */
  public static ObjectMapper jsonMapper() {
    return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  private Javalin build() {
    return Javalin.create(
        cfg -> {
          cfg.jsonMapper(new JavalinJackson(jsonMapper(), false));
          cfg.startup.showJavalinBanner = false;
          cfg.http.maxRequestSize = 64 * 1024;
          cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
          cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
          // Javalin's own decoding of a path parameter fails on a broken escape (a 500), and Jetty
          // decodes a query string's leniently: answer both first, for every route.
          cfg.routes.before(
              ctx -> {
                requireValidEncoding(ctx.req().getRequestURI(), "the path");
                requireValidEncoding(ctx.queryString(), "the query string");
              });
          cfg.routes.get("/api/search", this::search);
          cfg.routes.get("/api/suggest", this::suggest);
          cfg.routes.get("/api/documents/<id>", this::document);
          cfg.routes.get("/health", this::health);
          cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
          cfg.routes.get("/metrics", this::metrics);
          cfg.routes.post("/admin/reindex", ctx -> admin(ctx, this::startReindex));
          cfg.routes.get("/admin/reindex", ctx -> admin(ctx, (c, a) -> c.json(a.reindexStatus())));
          cfg.routes.post("/admin/reload", ctx -> admin(ctx, (c, a) -> c.json(a.reload())));
          cfg.requestLogger.http(this::logRequest);
          if (!options.corsOrigins().isEmpty()) {
            List<String> origins = options.corsOrigins();
            cfg.bundledPlugins.enableCors(
                cors -> cors.addRule(rule -> rule.allowHost(origins.getFirst(), origins.subList(1, origins.size()).toArray(String[]::new))));
          }
          PAGE_FILES.forEach(
              (path, spec) ->
                  cfg.routes.get(
                      path,
                      ctx ->
                          ctx.contentType(spec.substring(spec.indexOf('|') + 1))
                              .header("Cache-Control", "no-cache")
                              .result(pageFiles.get(path))));
          cfg.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
          cfg.routes.exception(
              ValidationException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, validationMessage(e)));
          cfg.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
              });
          cfg.routes.error(
              HttpStatus.NOT_FOUND.getCode(),
              ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                  error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.path());
                }
              });
          cfg.routes.error(
              HttpStatus.METHOD_NOT_ALLOWED.getCode(),
              ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method " + ctx.method() + " not allowed on " + ctx.path()));
        });
  }

  private void search(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      String name = param.getKey();
      if (facetNames.contains(name)) {
        filters.put(name, param.getValue().stream().filter(v -> !v.isEmpty()).distinct().toList());
      } else {
        checkParam(name, param.getValue(), SEARCH_PARAMS, knownParams());
      }
    }
    filters.values().removeIf(List::isEmpty);
    int page = ctx.queryParamAsClass("page", Integer.class).check(p -> p == null || p >= 1, "must be >= 1").getOrDefault(1);
    int size =
        ctx.queryParamAsClass("size", Integer.class)
            .check(s -> s == null || (s >= 1 && s <= config.search().maxPageSize()), "must be within 1.." + config.search().maxPageSize())
            .getOrDefault(config.search().defaultPageSize());
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            option(ctx, "syntax", SearchRequest.QuerySyntax.class, SearchRequest.QuerySyntax.SIMPLE),
            page,
            size,
            option(ctx, "sort", SearchRequest.SortOrder.class, SearchRequest.SortOrder.RELEVANCE),
            filters,
            date(ctx, "date_from"),
            date(ctx, "date_to"),
            cursor(ctx));
    ctx.json(service.search(request));
  }

  private void suggest(Context ctx) {
    ctx.queryParamMap()
        .forEach((name, values) -> checkParam(name, values, SUGGEST_PARAMS, SUGGEST_PARAMS.stream().sorted().toList()));
    int max = SearchService.MAX_SUGGESTIONS;
    int size =
        ctx.queryParamAsClass("size", Integer.class)
            .check(s -> s == null || (s >= 1 && s <= max), "must be within 1.." + max)
            .getOrDefault(DEFAULT_SUGGESTIONS);
    String q = ctx.queryParam("q");
    ctx.json(service.suggest(q == null ? "" : q, size));
  }

  /** A parameter outside {@code allowed}, or one given twice, is a bad request. */
  private static void checkParam(String name, List<String> values, Set<String> allowed, List<String> known) {
    if (!allowed.contains(name)) {
      throw new InvalidRequestException("unknown parameter '" + name + "' (known: " + String.join(", ", known) + ")");
    }
    if (values.size() > 1) {
      throw new InvalidRequestException("parameter '" + name + "' given " + values.size() + " times");
    }
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    service
        .document(id)
        .ifPresentOrElse(ctx::json, () -> error(ctx, HttpStatus.NOT_FOUND, "no document with id '" + id + "'"));
  }

  private void health(Context ctx) {
    var status = service.status();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("documents", status.documents());
    body.put("generation", status.generation());
    body.put("built_at", status.builtAt());
    ctx.json(body);
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(service.status(), options.indexDir()));
  }

  /** Counts the request and writes one log line: method, path (with the query unless turned off), status, ms. */
  private void logRequest(Context ctx, Float millis) {
    int status = ctx.statusCode();
    metrics.record(routeLabel(ctx.path()), status, millis / 1000.0);
    String query = ctx.queryString();
    String target = options.logQueries() && query != null ? ctx.path() + "?" + query : ctx.path();
    REQUEST_LOG.info("{} {} {} {} ms", ctx.method(), target, status, String.format(Locale.ROOT, "%.1f", millis));
  }

  /** The route a path belongs to, so that metrics have one series per route, not per document or typo. */
  private String routeLabel(String path) {
    if (path.startsWith("/api/documents/")) {
      return "/api/documents/{id}";
    }
    return API_PATHS.contains(path) || PAGE_FILES.containsKey(path) ? path : "other";
  }

  /** Runs {@code action} when admin is enabled and the request carries the right key. */
  private void admin(Context ctx, java.util.function.BiConsumer<Context, AdminActions> action) {
    if (!options.adminEnabled()) {
      error(ctx, HttpStatus.NOT_FOUND, "admin endpoints are disabled: set MEDSEARCH_ADMIN_KEY");
      return;
    }
    String given = ctx.header(ADMIN_KEY_HEADER);
    byte[] expected = options.adminKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] actual = given == null ? new byte[0] : given.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!java.security.MessageDigest.isEqual(expected, actual)) {
      error(ctx, HttpStatus.UNAUTHORIZED, given == null ? "missing " + ADMIN_KEY_HEADER + " header" : "wrong admin key");
      return;
    }
    action.accept(ctx, options.admin());
  }

  private void startReindex(Context ctx, AdminActions admin) {
    boolean rebuild = false;
    if (!ctx.body().isBlank()) {
      try {
        com.fasterxml.jackson.databind.JsonNode body = jsonMapper().readTree(ctx.body());
        com.fasterxml.jackson.databind.JsonNode flag = body == null ? null : body.get("rebuild");
        if (body == null || !body.isObject() || (flag != null && !flag.isBoolean())) {
          throw new InvalidRequestException("the body must be a JSON object like {\"rebuild\": true}");
        }
        rebuild = flag != null && flag.asBoolean();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidRequestException("the body is not valid JSON");
      }
    }
    if (!admin.startReindex(rebuild)) {
      error(ctx, HttpStatus.CONFLICT, "a re-index is already running");
      return;
    }
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("status", "started");
    reply.put("rebuild", rebuild);
    ctx.status(HttpStatus.ACCEPTED).json(reply);
  }

  /** Jetty decodes a broken %-escape leniently; a script sending one should hear about it instead. */
  private static void requireValidEncoding(String raw, String part) {
    if (raw == null) {
      return;
    }
    if (BROKEN_ESCAPE.matcher(raw).find()) {
      throw new InvalidRequestException(part + " has an invalid %-escape (use %XX with two hex digits)");
    }
    try {
      java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(percentDecoded(raw)));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidRequestException(part + " is not valid UTF-8 once %-decoded");
    }
  }

  private static byte[] percentDecoded(String raw) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') { // every % is followed by two hex digits: checked before
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toByteArray();
  }

  private List<String> knownParams() {
    Set<String> all = new HashSet<>(SEARCH_PARAMS);
    all.addAll(facetNames);
    return all.stream().sorted().toList();
  }

  private static <E extends Enum<E>> E option(Context ctx, String name, Class<E> type, E fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new InvalidRequestException("parameter '" + name + "' must be one of " + allowed + ", got '" + value + "'");
    }
  }

  /** The cursor parameter, which replaces page; an empty one is the first page. */
  private static String cursor(Context ctx) {
    String cursor = ctx.queryParam("cursor");
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    if (ctx.queryParam("page") != null) {
      throw new InvalidRequestException("give either cursor or page, not both");
    }
    return cursor;
  }

  private static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("parameter '" + name + "' must be a date like 2024-07-19, got '" + value + "'");
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(errorBody(status.getCode(), message));
  }

  private static Map<String, Object> errorBody(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    return body;
  }

  /**
   * Errors Jetty answers itself, before a route runs (a request line or headers over {@link
   * #MAX_HEADER_BYTES}, a malformed request), in the same JSON shape as the API's own errors.
   */
  private static final class JsonErrorHandler extends org.eclipse.jetty.server.handler.ErrorHandler {
    /** Jetty writes error bodies for GET, POST and HEAD only; a DELETE or OPTIONS deserves the JSON too. */
    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    @Override
    public java.nio.ByteBuffer badMessageError(
        int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
      fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
      return java.nio.ByteBuffer.wrap(json(status, reason));
    }

    @Override
    protected void generateResponse(
        org.eclipse.jetty.server.Request request,
        org.eclipse.jetty.server.Response response,
        int code,
        String message,
        Throwable cause,
        org.eclipse.jetty.util.Callback callback) {
      response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
      response.write(true, java.nio.ByteBuffer.wrap(json(code, message)), callback);
    }

    private static byte[] json(int status, String reason) {
      String message = reason == null || reason.isBlank() ? org.eclipse.jetty.http.HttpStatus.getMessage(status) : reason;
      try {
        return jsonMapper().writeValueAsBytes(errorBody(status, message));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String validationMessage(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(
            entry ->
                "parameter '" + entry.getKey() + "' "
                    + entry.getValue().stream()
                        .map(err -> err.getMessage().equals("TYPE_CONVERSION_FAILED") ? "must be a whole number, got '" + err.value + "'" : err.getMessage())
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  private static byte[] resource(String name) {
    try (InputStream in = HttpApp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] openApiAsJson() {
    try {
      Object spec = new ObjectMapper(new YAMLFactory()).readValue(resource("openapi.yaml"), Object.class);
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Fields;
import org.medsearch.search.QueryBuilder;

/**
 * OpenSearch as the peer: one node in its own JVM (src/bench/peer, its own classpath), bound to
 * 127.0.0.1, one shard, no replicas, the same heap as the server. The corpus goes in through
 * {@code _bulk}; the searches are the query log as {@code _search} requests with highlighting and
 * terms aggregations, analysed like ours: OpenSearch's English chain (without Han characters) on
 * title and body, smartcn on their {@code .zh} sub-fields, Han character pairs on {@code .zh2}, and
 * the Latin words of both in {@code spell}: every field we index, with the same weights in queries.
 */
public final class OpenSearchPeer implements AutoCloseable {
  static final String INDEX = "bench";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NODE_CLASS = "org.medsearch.bench.peer.OpenSearchNode";

  private final JavaProcess process;
  private final String baseUrl;

  private OpenSearchPeer(JavaProcess process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** Starts a node over {@code home} (kept between runs, so a later phase finds the index). */
  public static OpenSearchPeer start(Path peerBuild, Path home, String heap, Path log) throws IOException {
    Path classpathFile = peerBuild.resolve("classpath.txt");
    if (!Files.isRegularFile(classpathFile)) {
      throw new NoSuchFileException(classpathFile.toString(), null, "the peer is not built (./mvnw -B -q -Pbench package -DskipTests)");
    }
    String classpath = peerBuild.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).strip();
    int port = ServerProcess.freePort();
    JavaProcess process =
        JavaProcess.start(
            List.of("-Xms" + heap, "-Xmx" + heap, "-cp", classpath),
            List.of(NODE_CLASS, home.toAbsolutePath().toString(), Integer.toString(port)),
            log, true);
    process.awaitReady("the OpenSearch peer", () -> Files.readString(log, StandardCharsets.UTF_8).contains("READY " + port), 100, 180);
    return new OpenSearchPeer(process, "http://127.0.0.1:" + port);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Bulk-loads the corpus documents after the first {@code skip} up to document {@code upto} with
   * {@code clients} concurrent bulk requests of {@code batchDocs} documents, into a new index when
   * {@code skip} is 0; timed from the first bulk request to the refresh that makes every document
   * searchable.
   */
  public Throughput bulkIndex(Path corpus, IndexConfig config, int clients, int batchDocs, long skip, long upto) throws IOException {
    if (skip == 0) {
      call("DELETE", "/" + INDEX + "?ignore_unavailable=true", null);
      call("PUT", "/" + INDEX, indexDefinition(config));
    } else {
      call("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
    }
    long[] seen = {0};
    long start = System.nanoTime();
    long[] docs = {0};
    long[] bytes = {0};
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> pending = new ArrayList<>();
      StringBuilder batch = new StringBuilder();
      int[] inBatch = {0};
      CorpusFiles.read(corpus, doc -> {
        if (seen[0]++ < skip) {
          return true;
        }
        if (seen[0] > upto) {
          return false;
        }
        batch.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(doc.id())).append("}}\n");
        batch.append(JSON.writeValueAsString(source(doc))).append('\n');
        docs[0]++;
        bytes[0] += doc.bytes();
        if (++inBatch[0] == batchDocs) {
          pending.add(submit(pool, batch.toString()));
          batch.setLength(0);
          inBatch[0] = 0;
          // Bounded: at most two batches waiting per client, as a real bulk loader would.
          while (pending.size() > 2 * clients) {
            await(pending.remove(0));
          }
        }
        return true;
      });
      if (inBatch[0] > 0) {
        pending.add(submit(pool, batch.toString()));
      }
      for (Future<?> f : pending) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    call("POST", "/" + INDEX + "/_refresh", null);
    double seconds = (System.nanoTime() - start) / 1e9;
    call("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
    long count = JSON.readTree(call("GET", "/" + INDEX + "/_count", null)).path("count").asLong();
    if (count != skip + docs[0]) {
      throw new IOException("the peer holds " + count + " documents, " + (skip + docs[0]) + " were sent");
    }
    return new Throughput(clients, docs[0], bytes[0], seconds);
  }

  /** Size of the index's primary store, in bytes. */
  public long indexBytes() throws IOException {
    JsonNode stats = JSON.readTree(call("GET", "/" + INDEX + "/_stats/store", null));
    return stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
  }

  /**
   * The query log as the peer's requests: the same query text, fields and weights, highlighting and
   * facet counts as ours, our minimum of words, our {@code search.cutoff_frequency} as its own, and
   * our phrase boost as a {@code match_phrase} in each field where ours adds a phrase.
   */
  public static List<LoadRequest> searchRequests(List<Query> log, IndexConfig config) throws IOException {
    List<LoadRequest> requests = new ArrayList<>(log.size());
    QueryBuilder ours = new QueryBuilder(Analyzers.perFieldForQuery(config), config);
    for (Query q : log) {
      requests.add(new LoadRequest("/" + INDEX + "/_search", searchBody(q.text(), config, ours)));
    }
    return requests;
  }

  static String searchBody(String query, IndexConfig config) throws IOException {
    return searchBody(query, config, new QueryBuilder(Analyzers.perFieldForQuery(config), config));
  }

  /** The peer's request for {@code query}; {@code ours} tells in which fields it gets a phrase. */
  private static String searchBody(String query, IndexConfig config, QueryBuilder ours) throws IOException {
    IndexConfig.SearchConfig search = config.search();
    Map<String, Float> weights = QueryBuilder.fieldWeights(config);
    ObjectNode body = JSON.createObjectNode();
    body.put("size", search.defaultPageSize());
    ObjectNode bool = body.putObject("query").putObject("bool");
    ObjectNode match = bool.putArray("must").addObject().putObject("multi_match");
    match.put("query", query);
    match.put("type", "most_fields");
    ArrayNode fields = match.putArray("fields");
    weights.forEach((field, weight) -> fields.add(peerField(field) + "^" + weight));
    match.put("minimum_should_match", search.minimumShouldMatch());
    if (search.cutoffFrequency() > 0) {
      // OpenSearch still has Elasticsearch 7's cutoff_frequency (per field, like ours).
      match.put("cutoff_frequency", search.cutoffFrequency());
    }
    Set<String> phraseFields = ours.phraseFields(query);
    if (!phraseFields.isEmpty()) {
      ArrayNode phrases = bool.putArray("should");
      phraseFields.forEach(field -> phrases.addObject().putObject("match_phrase").putObject(peerField(field))
          .put("query", query).put("slop", search.phraseSlop()).put("boost", weights.get(field) * search.phraseBoost()));
    }
    ObjectNode highlight = body.putObject("highlight");
    highlight.put("type", "unified");
    highlight.put("fragment_size", 160);
    highlight.put("number_of_fragments", 2);
    ObjectNode hf = highlight.putObject("fields");
    hf.putObject("title").put("number_of_fragments", 0);
    hf.putObject("title.zh").put("number_of_fragments", 0);
    hf.putObject("body");
    hf.putObject("body.zh");
    ObjectNode aggs = body.putObject("aggs");
    for (String facet : List.of("language", "source")) {
      aggs.putObject(facet).putObject("terms").put("field", facet).put("size", 10);
    }
    body.putArray("_source").add("title").add("language").add("source");
    return JSON.writeValueAsString(body);
  }

  static String indexDefinition(IndexConfig config) throws IOException {
    ObjectNode def = JSON.createObjectNode();
    ObjectNode index = def.putObject("settings").putObject("index");
    index.put("number_of_shards", 1);
    index.put("number_of_replicas", 0);
    index.put("refresh_interval", "-1");
    // OpenSearch's english analyzer, but, as ours, leaving Han characters to the smartcn field: the
    // stock one would index each of them as a word and match Chinese queries character by character.
    ObjectNode analysis = index.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    filters.putObject("no_cjk").put("type", "keep_types").put("mode", "exclude")
        .putArray("types").add("<IDEOGRAPHIC>").add("<HIRAGANA>").add("<KATAKANA>").add("<HANGUL>");
    filters.putObject("english_possessive").put("type", "stemmer").put("language", "possessive_english");
    filters.putObject("english_stop").put("type", "stop").put("stopwords", "_english_");
    ObjectNode english = analysis.putObject("analyzer").putObject("english_latin");
    english.put("type", "custom").put("tokenizer", "standard");
    english.putArray("filter").add("no_cjk").add("english_possessive").add("lowercase").add("asciifolding").add("english_stop").add("porter_stem");
    // Our character pairs (Analyzers.bigrams) and spelling words (Analyzers.spelling), so the peer
    // indexes every field we do.
    filters.putObject("han_bigrams").put("type", "cjk_bigram").put("output_unigrams", false)
        .putArray("ignored_scripts").add("hiragana").add("katakana").add("hangul");
    filters.putObject("only_bigrams").put("type", "keep_types").put("mode", "include").putArray("types").add("<DOUBLE>");
    filters.putObject("only_words").put("type", "keep_types").put("mode", "include").putArray("types").add("<ALPHANUM>");
    ObjectNode analyzers = (ObjectNode) analysis.get("analyzer");
    ObjectNode bigrams = analyzers.putObject("han_bigrams");
    bigrams.put("type", "custom").put("tokenizer", "standard");
    bigrams.putArray("filter").add("han_bigrams").add("only_bigrams");
    ObjectNode spelling = analyzers.putObject("spelling");
    spelling.put("type", "custom").put("tokenizer", "standard");
    spelling.putArray("filter").add("only_words").add("lowercase").add("asciifolding");
    boolean pairs = config.analysis().chinese().bigramWeight() > 0;
    ObjectNode properties = def.putObject("mappings").putObject("properties");
    for (String text : Fields.TEXT) {
      ObjectNode field = properties.putObject(text);
      field.put("type", "text").put("analyzer", "english_latin").put("index_options", "offsets");
      field.putArray("copy_to").add(Fields.SPELL);
      ObjectNode subFields = field.putObject("fields");
      subFields.putObject("zh").put("type", "text").put("analyzer", "smartcn").put("index_options", "offsets");
      if (pairs) {
        subFields.putObject("zh2").put("type", "text").put("analyzer", "han_bigrams").put("index_options", "offsets");
      }
    }
    properties.putObject(Fields.SPELL).put("type", "text").put("analyzer", "spelling").put("index_options", "docs").put("norms", false);
    properties.putObject("language").put("type", "keyword");
    properties.putObject("source").put("type", "keyword");
    return JSON.writeValueAsString(def);
  }

  /** Our field name as the peer's: the English analysis is its main field, the others its sub-fields of the same names. */
  static String peerField(String field) {
    return field.endsWith(".en") ? field.substring(0, field.length() - ".en".length()) : field;
  }

  private static ObjectNode source(CorpusFiles.Doc doc) {
    ObjectNode source = JSON.createObjectNode();
    source.put("title", doc.title());
    source.put("body", doc.body());
    source.put("language", doc.language());
    source.put("source", doc.source());
    return source;
  }

  private Future<?> submit(ExecutorService pool, String ndjson) {
    return pool.submit(() -> {
      String response = call("POST", "/" + INDEX + "/_bulk", ndjson);
      if (JSON.readTree(response).path("errors").asBoolean(true)) {
        throw new IOException("bulk request had errors: " + response.substring(0, Math.min(500, response.length())));
      }
      return null;
    });
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (ExecutionException e) {
      throw new IOException("bulk indexing failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** How many segments the index has ({@code _cat/segments}). */
  public int segments() throws IOException {
    return JSON.readTree(call("GET", "/_cat/segments/" + INDEX + "?format=json", null)).size();
  }

  /** Merges the index into one segment ({@code _forcemerge?max_num_segments=1}, which answers once merged and flushed). */
  public MergeFigures forceMerge() throws IOException {
    int before = segments();
    long start = System.nanoTime();
    call("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", null);
    return new MergeFigures(before, (System.nanoTime() - start) / 1e9, indexBytes());
  }

  private String call(String method, String path, String body) throws IOException {
    Http.Response response = Http.send(method, baseUrl + path, body);
    if (!response.ok()) {
      throw new IOException(method + " " + path + ": " + response.status() + " " + response.body());
    }
    return response.body();
  }

  @Override
  public void close() {
    process.close();
  }
}

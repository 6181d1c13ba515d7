package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.medsearch.analysis.ChineseTokenizer;
import org.medsearch.analysis.SentenceSafeChineseTokenizer;

/**
 * Our Chinese tokenizer ({@link ChineseTokenizer}) against smartcn's ({@link
 * SentenceSafeChineseTokenizer}) over whole corpora: every text of every document tokenised by both
 * and the full streams compared; then the analysis-only speed of each, one thread, same texts.
 */
public final class ChineseIdentity {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A document: where it comes from, and its texts (one per analysed field). */
  public record Doc(String source, String id, List<String> texts) {}

  /** One document whose streams differ, and the first difference. */
  public record Mismatch(String source, String id, String difference) {}

  /** What a comparison found. */
  public record Comparison(long docs, long texts, long tokens, long chars, List<Mismatch> mismatches) {}

  /** The median of timed rounds of one tokenizer over the documents' texts; bytes are their UTF-8. */
  public record Speed(String name, long docs, long texts, long bytes, long tokens, double seconds) {
    public double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }

    public double docsPerSecond() {
      return docs / seconds;
    }
  }

  private ChineseIdentity() {}

  /** Tokenises every text with both tokenizers (each reused throughout, as analyzers do) and compares. */
  public static Comparison compare(Iterable<Doc> docs) {
    Tokenizer stock = new SentenceSafeChineseTokenizer();
    Tokenizer ours = new ChineseTokenizer();
    long count = 0;
    long texts = 0;
    long tokens = 0;
    long chars = 0;
    List<Mismatch> mismatches = new ArrayList<>();
    for (Doc doc : docs) {
      count++;
      String first = null;
      for (String text : doc.texts()) {
        List<TokenDiff.Token> expected = TokenDiff.tokens(stock, text);
        String difference = TokenDiff.firstDifference(expected, TokenDiff.tokens(ours, text));
        if (difference != null && first == null) {
          first = difference;
        }
        texts++;
        tokens += expected.size() - 1; // not the end state
        chars += text.length();
      }
      if (first != null) {
        mismatches.add(new Mismatch(doc.source(), doc.id(), first));
      }
    }
    return new Comparison(count, texts, tokens, chars, mismatches);
  }

  /**
   * Analysis-only throughput of both tokenizers over {@code texts}: one warm-up round, then
   * {@code rounds} timed rounds alternating which goes first; the median round of each.
   */
  public static List<Speed> time(List<Doc> docs, int rounds) throws IOException {
    List<String> texts = texts(docs);
    long bytes = 0;
    for (String text : texts) {
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    Map<String, Tokenizer> tokenizers = Map.of("smartcn", new SentenceSafeChineseTokenizer(), "ours", new ChineseTokenizer());
    List<String> names = List.of("smartcn", "ours");
    double[][] seconds = new double[2][rounds];
    long[] tokens = new long[2];
    for (int round = -1; round < rounds; round++) {
      for (int k = 0; k < 2; k++) {
        int which = (round & 1) == 0 ? k : 1 - k;
        Tokenizer tokenizer = tokenizers.get(names.get(which));
        long start = System.nanoTime();
        long produced = 0;
        for (String text : texts) {
          produced += TokenDiff.count(tokenizer, text);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (round >= 0) {
          seconds[which][round] = elapsed;
          tokens[which] = produced;
        }
      }
    }
    List<Speed> speeds = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      double[] sorted = seconds[k].clone();
      Arrays.sort(sorted);
      speeds.add(new Speed(names.get(k), docs.size(), texts.size(), bytes, tokens[k], sorted[sorted.length / 2]));
    }
    return speeds;
  }

  /** The Chinese text of the public evaluation data: page titles and queries (KUAKE-QTR), consultations. */
  public static List<Doc> evalDocs(Path evalDir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    Path kuake = evalDir.resolve("zh-kuake-qtr");
    for (JsonNode record : jsonLines(kuake.resolve("corpus.jsonl"))) {
      docs.add(new Doc("zh-kuake-qtr titles", record.path("id").asText(), List.of(record.path("title").asText(""))));
    }
    for (String line : Files.readAllLines(kuake.resolve("topics.train.tsv"), StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      docs.add(new Doc("zh-kuake-qtr queries", line.substring(0, Math.max(tab, 0)), List.of(line.substring(tab + 1))));
    }
    String csv = new String(Files.readAllBytes(evalDir.resolve(SourcePools.DIALOGUE)), Charset.forName("GB18030"));
    List<List<String>> rows = Csv.parse(csv);
    for (int i = 1; i < rows.size(); i++) {
      docs.add(new Doc("zh-dialogue consultations", "row " + i, rows.get(i)));
    }
    return docs;
  }

  /** Every record of a JSONL file (or of every .jsonl file in a folder): its title and its text. */
  public static List<Doc> jsonlDocs(Path path) throws IOException {
    List<Path> files = Files.isDirectory(path) ? CorpusFiles.shards(path) : List.of(path);
    List<Doc> docs = new ArrayList<>();
    for (Path file : files) {
      for (JsonNode record : jsonLines(file)) {
        List<String> texts = new ArrayList<>();
        for (String field : List.of("title", "text", "body")) {
          if (record.path(field).isTextual()) {
            texts.add(record.path(field).asText());
          }
        }
        docs.add(new Doc(file.getFileName().toString(), record.path("id").asText(), texts));
      }
    }
    return docs;
  }

  private static Iterable<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  /** All texts of {@code docs}, in order. */
  private static List<String> texts(List<Doc> docs) {
    List<String> texts = new ArrayList<>();
    docs.forEach(doc -> texts.addAll(doc.texts()));
    return texts;
  }
}

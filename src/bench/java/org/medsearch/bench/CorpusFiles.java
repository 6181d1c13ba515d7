package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads a benchmark corpus back: its shard files in order, record by record. */
public final class CorpusFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record and the size of its line. */
  public record Doc(String id, String title, String text, String source, String language, int bytes) {
    /** The indexed body: the text, or the title for a title-only record (as the product's JSONL reader does). */
    public String body() {
      return text.isEmpty() ? title : text;
    }
  }

  /** Called per record; returns false to stop reading. */
  @FunctionalInterface
  public interface Visitor {
    boolean visit(Doc doc) throws IOException;
  }

  private CorpusFiles() {}

  public static List<Path> shards(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Visits records in corpus order until the visitor says stop or the corpus ends. */
  public static void read(Path dir, Visitor visitor) throws IOException {
    for (Path shard : shards(dir)) {
      try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          JsonNode r = JSON.readTree(line);
          Doc doc =
              new Doc(
                  r.path("id").asText(), r.path("title").asText(""), r.path("text").asText(""), r.path("source").asText(""),
                  r.path("language").asText(""), line.getBytes(StandardCharsets.UTF_8).length + 1);
          if (!visitor.visit(doc)) {
            return;
          }
        }
      }
    }
  }

  /** Bytes under {@code dir}, recursively: the size of an index. */
  public static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}

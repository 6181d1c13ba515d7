package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The figures of every phase run so far, in {@code results.json}: a phase run on its own (as the
 * 1M-document sequence does) adds to what earlier phases wrote. Each phase keeps the corpus line
 * it was measured on.
 */
public final class BenchResults {
  public static final String FILE = "results.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final ObjectNode root;

  private BenchResults(Path file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  public static BenchResults open(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    ObjectNode root = Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
    return new BenchResults(file, root);
  }

  /** Records a phase's figures with the corpus they were measured on, and saves. */
  public void put(String phase, String corpusLine, Object figures) throws IOException {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("corpus", corpusLine);
    entry.set("figures", JSON.valueToTree(figures));
    root.set(phase, entry);
    save();
  }

  public <T> Optional<T> get(String phase, Class<T> type) throws IOException {
    JsonNode entry = root.get(phase);
    return entry == null ? Optional.empty() : Optional.of(JSON.treeToValue(entry.get("figures"), type));
  }

  /** A top-level value set by {@link #putValue}. */
  public <T> Optional<T> getValue(String key, Class<T> type) throws IOException {
    JsonNode value = root.get(key);
    return value == null ? Optional.empty() : Optional.of(JSON.treeToValue(value, type));
  }

  public Optional<String> corpusOf(String phase) {
    return Optional.ofNullable(root.get(phase)).map(e -> e.path("corpus").asText());
  }

  /** Sets a top-level value that is no phase (the machine, the targets). */
  public void putValue(String key, Object value) throws IOException {
    root.set(key, JSON.valueToTree(value));
    save();
  }

  private void save() throws IOException {
    Files.createDirectories(file.getParent());
    JSON.writeValue(file.toFile(), root);
  }
}

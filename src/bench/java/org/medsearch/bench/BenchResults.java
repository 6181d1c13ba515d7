package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    put(phase, corpusLine, null, List.of(figures));
  }

  /**
   * Records the rounds a phase ran in one {@code bench run} (identified by {@code run}, so that
   * phases of the same run can be paired round by round) and, as its figures, their medians
   * ({@link RoundMedians}); saves.
   */
  public void put(String phase, String corpusLine, String run, List<?> rounds) throws IOException {
    List<JsonNode> trees = rounds.stream().map(r -> (JsonNode) JSON.valueToTree(r)).toList();
    ObjectNode entry = JSON.createObjectNode();
    entry.put("corpus", corpusLine);
    if (run != null) {
      entry.put("run", run);
    }
    entry.set("figures", RoundMedians.of(trees));
    if (trees.size() > 1) {
      entry.set("rounds", JSON.createArrayNode().addAll(trees));
    }
    root.set(phase, entry);
    save();
  }

  /** A phase's figures: the medians of its rounds where it ran several. */
  public <T> Optional<T> get(String phase, Class<T> type) throws IOException {
    JsonNode entry = root.get(phase);
    return entry == null ? Optional.empty() : Optional.of(JSON.treeToValue(entry.get("figures"), type));
  }

  /** Each round's figures of a phase, in the order they ran; one for a phase run once; none for one not run. */
  public <T> List<T> rounds(String phase, Class<T> type) throws IOException {
    JsonNode entry = root.get(phase);
    if (entry == null) {
      return List.of();
    }
    JsonNode rounds = entry.has("rounds") ? entry.get("rounds") : JSON.createArrayNode().add(entry.get("figures"));
    List<T> out = new ArrayList<>();
    for (JsonNode round : rounds) {
      out.add(JSON.treeToValue(round, type));
    }
    return out;
  }

  /** The {@code bench run} a phase's figures come from, where it was recorded. */
  public Optional<String> runOf(String phase) {
    return Optional.ofNullable(root.get(phase)).map(e -> e.get("run")).map(JsonNode::asText);
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

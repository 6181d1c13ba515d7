package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a benchmark corpus holds; written beside its shards as {@value #MANIFEST} and printed beside
 * every figure measured on it.
 *
 * @param docs documents
 * @param bytes size of the JSON Lines shards
 * @param english English documents (MedQuAD)
 * @param dialogue Chinese consultations
 * @param kuake Chinese title-only documents
 * @param seed the seed it was built with
 * @param shards how many JSONL files
 * @param shardDocs documents per file (the last may hold fewer)
 */
public record CorpusStats(long docs, long bytes, long english, long dialogue, long kuake, long seed, int shards, int shardDocs) {
  public static final String MANIFEST = "corpus.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public long chinese() {
    return dialogue + kuake;
  }

  /** The corpus line: size and language mix. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "corpus: %,d docs, %.1f MB JSONL in %d shards, seed %d; en %.1f%% / zh %.1f%% (MedQuAD %,d, zh-dialogue %,d, KUAKE titles %,d)",
        docs, bytes / 1e6, shards, seed, 100.0 * english / docs, 100.0 * chinese() / docs, english, dialogue, kuake);
  }

  public void write(Path dir) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(MANIFEST).toFile(), this);
  }

  /** The manifest of the corpus in {@code dir}; fails when there is none. */
  public static CorpusStats read(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no benchmark corpus here (build one with the corpus command)");
    }
    return JSON.readValue(file.toFile(), CorpusStats.class);
  }
}

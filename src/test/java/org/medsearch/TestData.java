package org.medsearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Indexer;
import org.medsearch.index.ProgressListener;
import org.medsearch.ingest.FolderSource;

/** Where tests find their documents, and indexes built from them. */
public final class TestData {
  /** The five public seed documents, beside the repository (CI has them; a bare clone may not). */
  public static final Path SEEDS = Path.of("..", "shared", "seeds");

  private TestData() {}

  /** The seeds folder, or the test is skipped with the reason. */
  public static Path seeds() {
    assumeTrue(
        Files.isDirectory(SEEDS),
        "skipped: " + SEEDS.toAbsolutePath().normalize() + " is absent (the public seed documents live in ../shared/seeds)");
    return SEEDS;
  }

  /** One seed document's path, by its number prefix ("000" … "004"). */
  public static Path seed(String number) {
    try (var files = Files.list(seeds())) {
      return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configuration shipped in index-config/. */
  public static IndexConfig config() {
    return ConfigLoader.load(Path.of("index-config"));
  }

  /** A config folder at {@code dir}: the shipped files (gazetteer, glossary) with {@code indexYaml} as index.yaml. */
  public static Path configFolder(Path dir, String indexYaml) throws IOException {
    Files.createDirectories(dir);
    try (var files = Files.list(Path.of("index-config"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(dir.resolve("index.yaml"), indexYaml);
    return dir;
  }

  /** Builds an index of {@code input} in {@code indexDir} with the shipped configuration. */
  public static Path index(Path input, Path indexDir) {
    try {
      IndexConfig config = config();
      new Indexer(config, 2).rebuild(new FolderSource(input, config.ingest().extensions()), indexDir, ProgressListener.NONE);
      return indexDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

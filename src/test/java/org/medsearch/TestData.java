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

  private static final String[] WORDS = {
    "hospital", "clinic", "vaccine", "stem", "cell", "cardiology", "oncology", "nurse", "doctor", "ward", "surgery",
    "emergency", "pediatric", "family", "training", "research", "patient", "screening", "rehabilitation", "pharmacy",
    "医院", "门诊", "疫苗", "护士", "医生", "急诊", "儿科", "康复", "手术", "体检"
  };

  /**
   * A generated folder of small English and Chinese text files, the same for the same arguments:
   * {@code files} of them in version 0; version 1 rewrites every third, drops every seventh and
   * adds a tenth more, so an update from one version to the other has real work to do.
   */
  public static Path generatedCorpus(Path dir, int files, int version) throws IOException {
    Files.createDirectories(dir);
    int count = version == 0 ? files : files + files / 10;
    for (int i = 0; i < count; i++) {
      if (version == 1 && i % 7 == 3) {
        continue;
      }
      boolean changed = version == 1 && (i % 3 == 0 || i >= files);
      java.util.Random random = new java.util.Random(i * 31L + (changed ? 1 : 0));
      StringBuilder text = new StringBuilder("Report " + i + (changed ? " revised" : "") + "\n\n");
      for (int w = 0, words = 20 + random.nextInt(60); w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
      }
      Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "doc-%05d.txt", i)), text.append(".\n"));
    }
    return dir;
  }

  /** Both versions of the generated corpus, in {@code dir}/v0 and {@code dir}/v1. */
  public static Path[] generatedCorpusVersions(Path dir, int files) throws IOException {
    return new Path[] {generatedCorpus(dir.resolve("v0"), files, 0), generatedCorpus(dir.resolve("v1"), files, 1)};
  }

  /** Queries whose answers differ between the versions of the generated corpus (totals, ranking). */
  public static final java.util.List<String> GENERATED_CORPUS_QUERIES =
      java.util.List.of("hospital", "stem cell", "vaccine clinic", "revised", "医院", "急诊 儿科", "nurse OR doctor", "report -surgery", "");

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

package org.medsearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files of a folder, recursively, in path order, filtered by extension; or one file given alone. */
public final class FolderSource {
  /** The bundled sample corpus, a folder inside the application's resources. */
  public static final String SAMPLE_CORPUS = "/sample-corpus";

  private final Path root;
  private final Set<String> extensions;

  public FolderSource(Path root, List<String> extensions) {
    this.root = root;
    this.extensions =
        extensions.stream().map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).collect(Collectors.toSet());
  }

  public Path root() {
    return root;
  }

  /** Every matching file below the root; fails with a clear message when the root is no folder. */
  public List<SourceFile> files() throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(new SourceFile(root.getFileName().toString(), root));
    }
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "input is neither a folder nor a file");
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> extensions.contains(extension(p)))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(p -> new SourceFile(relativeId(p), p))
          .sorted(Comparator.comparing(SourceFile::id))
          .toList();
    }
  }

  private String relativeId(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String extension(Path p) {
    return Formats.extension(p.getFileName().toString());
  }

  /** The bundled sample corpus as a folder, whether the application runs from classes or a jar. */
  public static Path sampleCorpus() {
    try {
      URI uri = FolderSource.class.getResource(SAMPLE_CORPUS).toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath(SAMPLE_CORPUS);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("the bundled sample corpus is missing: " + e, e));
    }
  }
}

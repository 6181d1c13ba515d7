package org.medsearch.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A glossary file: {@code english<TAB>chinese} per line, '#' starts a comment, blank lines ignored. */
public final class GlossaryFile {
  private GlossaryFile() {}

  public static List<IndexConfig.GlossaryPair> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** The pairs in {@code tsv}; a malformed line is an IllegalArgumentException naming origin and line. */
  public static List<IndexConfig.GlossaryPair> read(InputStream tsv, String origin) throws IOException {
    List<IndexConfig.GlossaryPair> pairs = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
        throw new IllegalArgumentException(origin + ":" + number + ": expected 'english<TAB>chinese', got '" + line + "'");
      }
      pairs.add(new IndexConfig.GlossaryPair(columns[0].strip(), columns[1].strip()));
    }
    return pairs;
  }
}

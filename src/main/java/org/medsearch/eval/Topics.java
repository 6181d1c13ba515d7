package org.medsearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Queries to evaluate, one per line: {@code qid<TAB>query}. */
public final class Topics {
  /** One query of a topics file. */
  public record Topic(String qid, String query) {}

  private Topics() {}

  /**
   * Reads a topics file. A query wrapped in one pair of double quotes as a whole (a CSV export
   * artefact in some collections) is unwrapped, so it is not searched as one exact phrase.
   */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": expected 'qid<TAB>query', got '" + line + "'");
      }
      topics.add(new Topic(line.substring(0, tab).strip(), unwrap(line.substring(tab + 1).strip())));
    }
    return topics;
  }

  static String unwrap(String query) {
    if (query.length() >= 2 && query.startsWith("\"") && query.endsWith("\"") && query.indexOf('"', 1) == query.length() - 1) {
      return query.substring(1, query.length() - 1);
    }
    return query;
  }
}

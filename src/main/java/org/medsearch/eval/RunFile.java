package org.medsearch.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medsearch.search.SearchService.ScoredId;

/** Writes a TREC run file: {@code qid Q0 docid rank score tag}, one line per retrieved document. */
public final class RunFile {
  private RunFile() {}

  public static void write(Path file, Map<String, List<ScoredId>> runs, String tag) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<ScoredId>> topic : runs.entrySet()) {
        int rank = 0;
        for (ScoredId hit : topic.getValue()) {
          rank++;
          out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", topic.getKey(), hit.id(), rank, hit.score(), tag));
        }
      }
    }
  }
}

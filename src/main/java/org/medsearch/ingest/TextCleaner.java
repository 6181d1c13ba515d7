package org.medsearch.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.medsearch.config.IndexConfig.CleaningConfig;

/**
 * Removes site chrome from extracted text by the rules in {@code cleaning:}: placeholder,
 * navigation, breadcrumb and page-number lines are dropped, and a line printed twice in a row
 * (an image caption) is kept once.
 * The result is a list of content lines; a blank line between paragraphs is kept as "".
 */
public final class TextCleaner {
  private final Set<String> dropLines = new HashSet<>();
  private final List<Pattern> dropPatterns;
  private final boolean collapseRepeated;

  public TextCleaner(CleaningConfig config) {
    config.dropLines().forEach(line -> dropLines.add(key(line)));
    this.dropPatterns = config.dropPatterns().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    this.collapseRepeated = config.collapseRepeatedLines();
  }

  public List<String> clean(String text) {
    List<String> out = new ArrayList<>();
    String previousContent = null;
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = normalizeSpace(raw);
      if (line.isEmpty()) {
        if (!out.isEmpty() && !out.getLast().isEmpty()) {
          out.add("");
        }
        continue;
      }
      if (dropLines.contains(key(line)) || dropPatterns.stream().anyMatch(p -> p.matcher(line).matches())) {
        continue;
      }
      if (collapseRepeated && line.equals(previousContent)) {
        continue;
      }
      out.add(line);
      previousContent = line;
    }
    while (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return out;
  }

  /** Trims and folds runs of spaces, tabs and no-break spaces into one space. */
  public static String normalizeSpace(String line) {
    return line.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", " ").strip();
  }

  private static String key(String line) {
    return normalizeSpace(line).toLowerCase(Locale.ROOT);
  }
}

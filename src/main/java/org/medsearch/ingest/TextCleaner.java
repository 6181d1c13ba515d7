package org.medsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medsearch.config.IndexConfig.CleaningConfig;

/**
 * Removes site chrome from extracted text by the rules in {@code cleaning:}: placeholder,
 * navigation, breadcrumb and page-number lines are dropped, a line printed twice in a row (an
 * image caption) is kept once, a trailing list of unrelated links is cut, and PDF lines broken
 * mid-sentence are joined again. The result is a list of content lines; a blank line between
 * paragraphs is kept as "".
 */
public final class TextCleaner {
  /** The characters a line that ends a sentence (or a quotation, or an aside) ends with. */
  private static final String SENTENCE_END = ".。!！?？:：;；”\"')）";
  private static final Pattern ITEM_START = Pattern.compile("^(?:\\d+[.、)]|[•·▪●\\-–*])\\s.*");
  /** Share of long lines that must look wrapped before a text is treated as wrapped PDF output. */
  private static final double WRAPPED_SHARE = 0.5;
  private static final int WRAPPED_MIN_LINES = 5;
  /** Wider lines are web paragraphs, not a PDF page's lines. */
  private static final int MAX_WRAP_WIDTH = 200;

  private final LinesIgnoringCase dropLines;
  private final List<Pattern> dropPatterns;
  private final boolean collapseRepeated;
  private final LinesIgnoringCase linkMarkers;
  private final int maxLinkLineChars;
  private final boolean rejoinWrapped;

  public TextCleaner(CleaningConfig config) {
    this.dropLines = new LinesIgnoringCase(config.dropLines().stream().map(TextCleaner::normalizeSpace).toList());
    this.dropPatterns = config.dropPatterns().stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    this.collapseRepeated = config.collapseRepeatedLines();
    this.linkMarkers = new LinesIgnoringCase(config.trailingLinkMarkers().stream().map(TextCleaner::normalizeSpace).toList());
    this.maxLinkLineChars = config.maxLinkLineChars();
    this.rejoinWrapped = config.rejoinWrappedLines();
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
      if (isDropped(line)) {
        continue;
      }
      if (collapseRepeated && line.equals(previousContent)) {
        continue;
      }
      out.add(line);
      previousContent = line;
    }
    cutTrailingLinks(out);
    int width = typicalWidth(out);
    List<String> result = rejoinWrapped && looksWrapped(out, width) ? rejoin(out, width) : out;
    while (!result.isEmpty() && result.getLast().isEmpty()) {
      result.removeLast();
    }
    return result;
  }

  /** A placeholder or chrome line; {@code line} is already space-normalised. */
  private boolean isDropped(String line) {
    if (dropLines.contains(line)) {
      return true;
    }
    for (Pattern pattern : dropPatterns) {
      if (pattern.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a marker line such as "科普视频" and the link titles after it, when only titles follow.
   * The lines are already space-normalised.
   */
  private void cutTrailingLinks(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (linkMarkers.contains(lines.get(i))) {
        boolean onlyTitles =
            lines.subList(i + 1, lines.size()).stream()
                .allMatch(l -> l.isEmpty() || (l.length() <= maxLinkLineChars && !endsWithOneOf(l, SENTENCE_END)));
        if (onlyTitles) {
          lines.subList(i, lines.size()).clear();
        }
        return;
      }
    }
  }

  /**
   * PDF text keeps the page's line breaks: most long lines stop mid-sentence. Web text has one
   * paragraph per line, and its few unpunctuated lines (titles, captions) are short.
   */
  private static boolean looksWrapped(List<String> lines, int width) {
    List<String> full = lines.stream().filter(l -> isFullWidth(l, width)).toList();
    long wrapped = full.stream().filter(l -> !endsWithOneOf(l, SENTENCE_END)).count();
    return width <= MAX_WRAP_WIDTH && wrapped >= WRAPPED_MIN_LINES && wrapped >= full.size() * WRAPPED_SHARE;
  }

  /** The length most full lines reach: the 90th percentile of line lengths. */
  private static int typicalWidth(List<String> lines) {
    int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.9)];
  }

  /** A line that runs (nearly) to the page width; a shorter one ends its paragraph or is a heading. */
  private static boolean isFullWidth(String line, int width) {
    return line.length() >= width * 0.6;
  }

  /**
   * Joins each full-width line to the next unless it ends a sentence or the next starts a list
   * item; short lines (headings, a paragraph's last line) stay as they are.
   */
  private static List<String> rejoin(List<String> lines, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        continue; // blank lines in PDF output are layout, not paragraph breaks
      }
      if (!paragraph.isEmpty() && ITEM_START.matcher(line).matches()) {
        out.add(paragraph.toString());
        paragraph.setLength(0);
      }
      if (!paragraph.isEmpty()) {
        paragraph.append(joiner(paragraph.charAt(paragraph.length() - 1), line.charAt(0)));
      }
      paragraph.append(line);
      if (endsWithOneOf(line, SENTENCE_END) || !isFullWidth(line, width)) {
        out.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    if (!paragraph.isEmpty()) {
      out.add(paragraph.toString());
    }
    return out;
  }

  /** Chinese lines join without a space; anything else with one. */
  private static String joiner(char last, char next) {
    return Scripts.isHan(last) && Scripts.isHan(next) ? "" : " ";
  }

  /**
   * Trims and folds runs of spaces, tabs, line breaks, no-break, ideographic and zero-width no-break
   * spaces into one space. A loop, not a regular expression: it runs on every line of every document.
   */
  public static String normalizeSpace(String line) {
    if (isSpaceNormal(line)) {
      return line; // most lines: no copy
    }
    StringBuilder out = new StringBuilder(line.length());
    boolean spaceBefore = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isFoldedSpace(c)) {
        spaceBefore = true;
      } else {
        if (spaceBefore && !out.isEmpty()) {
          out.append(' ');
        }
        spaceBefore = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Whether {@code line} is its own {@link #normalizeSpace}: no space at either end, and each space a single ' '. */
  private static boolean isSpaceNormal(String line) {
    int last = line.length() - 1;
    if (last >= 0 && (Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(last)))) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = line.charAt(i);
      if (isFoldedSpace(c) && (c != ' ' || line.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} ends with one of {@code chars}: what {@code .*[chars]$} matches, without
   * the regular expression's scan of the whole line (lines of a PDF page or a web paragraph, every
   * line of every document). As {@code .} does, a line break before the end answers false.
   */
  static boolean endsWithOneOf(String line, String chars) {
    int last = line.length() - 1;
    if (last < 0 || chars.indexOf(line.charAt(last)) < 0) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      if (isLineTerminator(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A character that ends a line for a regular expression's {@code .}, {@code ^} and {@code $} (without the d flag). */
  static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static boolean isFoldedSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
  }
}

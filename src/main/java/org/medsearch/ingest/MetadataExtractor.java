package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.config.IndexConfig;
import org.medsearch.config.IndexConfig.MetadataConfig;

/**
 * Finds the title, publication date and source in the header of a cleaned document and returns
 * the rest as the body. The header is the lines before the first paragraph of text: a title
 * line, a date line, "From:"-style label lines or an outlet name, in any order, perhaps after a
 * bare section label such as "About Us".
 */
public final class MetadataExtractor {
  /** Numbered list items ("1. We believe …") and wrapped continuation lines are never titles. */
  private static final Pattern NOT_A_TITLE = Pattern.compile("^(?:\\d+[.、)]\\s|\\p{Ll}).*");
  /** What a line that is not a title ends with: a sentence's or clause's punctuation. */
  private static final String SENTENCE_END = ".。!！?？;；,，:：";
  private static final Pattern FIRST_SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)|[。！？\u2029]");
  private static final Pattern LIST_ITEM_START = Pattern.compile("(?m)^\\d+[.、)]\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** How much of a long body is flattened to find its first sentence, per title character. */
  private static final int HEAD_CHARS_PER_TITLE_CHAR = 3;
  /** How far past what the title reads the flattened head must go: a cut leaves its last characters unlike the whole body's. */
  private static final int CUT_MARGIN = 64;

  private final MetadataConfig config;
  private final LinesIgnoringCase sectionLabels;
  private final HeaderFields headerFields;
  private final Pattern outletLine;

  public MetadataExtractor(IndexConfig config) {
    this.config = config.metadata();
    this.sectionLabels = new LinesIgnoringCase(config.cleaning().sectionLabels());
    this.headerFields = new HeaderFields(this.config);
    this.outletLine = outletPattern(this.config.outletSuffixes());
  }

  /**
   * Title, date, source and remaining body of one document, and the section label nearest its
   * content (the last one in the header, e.g. "News" after a menu's "About Us"), or null.
   */
  public record Extracted(String title, LocalDate date, String source, String body, String label) {}

  public Extracted extract(List<String> lines, String fallbackTitle) {
    return extract(lines, null, fallbackTitle);
  }

  /**
   * As {@link #extract(List, String)}; {@code pageTitle}, the title a page gives itself (an HTML
   * {@code <title>}, often with the site's name), is taken when the header has no title line.
   */
  public Extracted extract(List<String> lines, String pageTitle, String fallbackTitle) {
    String title = null;
    String label = null;
    String lastLabel = null;
    LocalDate date = null;
    String source = null;
    List<String> body = new ArrayList<>(lines);
    int seen = 0;
    for (int i = 0; i < body.size() && seen < config.headerLines(); i++) {
      String line = body.get(i);
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Optional<HeaderFields.Found> fields = headerFields.parse(line);
      if (fields.isPresent()) {
        date = date == null ? fields.get().date() : date;
        source = source == null ? fields.get().source() : source;
        body.set(i, null);
      } else if (date == null && DateParser.parseDateLine(line).isPresent()) {
        date = DateParser.parseDateLine(line).get();
        body.set(i, null);
      } else if (source == null && outletLine.matcher(line).matches()) {
        source = line;
        body.set(i, null);
      } else if (sectionLabels.contains(line)) {
        label = label == null ? line : label;
        lastLabel = line;
      } else if (isTitle(line)) {
        if (title == null) {
          title = line;
          body.set(i, null);
        }
      } else {
        break; // the first paragraph: the header is over
      }
    }
    String bodyText = join(body);
    if (title == null) {
      title = pageTitle != null ? pageTitle : label != null ? label : firstSentence(bodyText).orElse(fallbackTitle);
    }
    return new Extracted(title, date, source, bodyText, lastLabel);
  }

  /** A line that can be a title: short, not a list item or continuation, no sentence end. */
  boolean isTitle(String line) {
    return line.length() <= config.maxTitleChars()
        && !NOT_A_TITLE.matcher(line).matches()
        && !TextCleaner.endsWithOneOf(line, SENTENCE_END);
  }

  private Optional<String> firstSentence(String body) {
    int max = config.maxTitleChars();
    // The title comes from the body's start: flattening a long body whole cost more than all the
    // rest of metadata extraction. The cut must lie well past what the title reads (its first
    // sentence, at most max characters), else the whole body is read.
    int cut = HEAD_CHARS_PER_TITLE_CHAR * max;
    if (body.length() > cut) {
      String flat = flatten(body.substring(0, cut));
      Matcher end = FIRST_SENTENCE_END.matcher(flat);
      int read = Math.min(end.find() ? end.end() : flat.length(), max + 1);
      if (read + CUT_MARGIN <= flat.length()) {
        return firstSentence(flat, max);
      }
    }
    return firstSentence(flatten(body), max);
  }

  /** The body on one line; a line starting a numbered item ends the sentence before it, even without punctuation. */
  private static String flatten(String body) {
    String flat = WHITESPACE.matcher(LIST_ITEM_START.matcher(body.strip()).replaceAll("\u2029")).replaceAll(" ").strip();
    return flat.startsWith("\u2029") ? flat.substring(1) : flat;
  }

  private static Optional<String> firstSentence(String flat, int max) {
    if (flat.isEmpty()) {
      return Optional.empty();
    }
    Matcher end = FIRST_SENTENCE_END.matcher(flat);
    String sentence = (end.find() ? flat.substring(0, end.start()) : flat).strip();
    if (sentence.length() <= max) {
      return Optional.of(sentence);
    }
    int cut = sentence.lastIndexOf(' ', max - 1);
    return Optional.of(sentence.substring(0, cut > max / 2 ? cut : max - 1) + "…");
  }

  private static String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    String previous = "";
    for (String line : lines) {
      if (line == null || (line.isEmpty() && (sb.isEmpty() || previous.isEmpty()))) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(line);
      previous = line;
    }
    return sb.toString().strip();
  }

  private static Pattern outletPattern(List<String> suffixes) {
    if (suffixes.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    String alternatives = String.join("|", suffixes.stream().map(Pattern::quote).toList());
    return Pattern.compile("^\\p{IsHan}{2,12}(?:" + alternatives + ")$");
  }
}

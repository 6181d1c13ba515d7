package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.ingest.FolderSource;

/**
 * {@link SentenceBoundaries} must find the JDK sentence iterator's boundaries and answer every
 * call from them as BreakIterator documents, return value and position after it, on real
 * documents and awkward strings.
 */
class SentenceBoundariesTest {
  private static final int OPERATIONS_PER_TEXT = 300;

  @Test
  void findsTheJdksBoundariesAndAnswersEveryCallFromThemOnRealAndAwkwardTexts() throws IOException {
    List<String> texts = new ArrayList<>(awkward());
    texts.addAll(filesUnder(FolderSource.sampleCorpus()));
    if (Files.isDirectory(TestData.SEEDS)) {
      texts.addAll(filesUnder(TestData.SEEDS));
    }
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      texts.add(randomText(random));
    }
    long operations = 0;
    for (String text : texts) {
      List<Integer> jdkBoundaries = forward(BreakIterator.getSentenceInstance(Locale.ROOT), text);
      assertEquals(jdkBoundaries, forward(SentenceBoundaries.of(Locale.ROOT), text), text);
      operations += compare(text, jdkBoundaries, new Random(text.hashCode()));
    }
    assertTrue(operations > 50_000, "compared " + operations + " calls");
  }

  /**
   * The JDK iterator's backward answers are not always its forward boundaries (below), so each
   * call is checked against the forward boundaries, read with BreakIterator's documented rules.
   */
  @Test
  void theJdksBackwardAnswerCanBeABoundaryItsForwardIterationNeverGives() {
    String text = "\uD83D\uDE00 emoji. \uD83C\uDFE5 hospital!";
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    assertEquals(List.of(0, 22), forward(jdk, text));
    assertEquals(8, jdk.preceding(22));
    SentenceBoundaries ours = SentenceBoundaries.of(Locale.ROOT);
    ours.setText(text);
    assertEquals(0, ours.preceding(22));
    assertEquals(22, ours.following(8));
  }

  @Test
  void aCloneKeepsItsTextAndPositionApartFromTheOriginal() {
    SentenceBoundaries boundaries = SentenceBoundaries.of(Locale.ROOT);
    boundaries.setText("One. Two. Three.");
    boundaries.following(6);
    SentenceBoundaries copy = boundaries.clone();
    boundaries.setText("Other text. Here.");
    assertEquals(10, copy.current());
    assertEquals(16, copy.next());
    assertEquals("One. Two. Three.".length(), copy.getText().getEndIndex());
  }

  /** Runs random calls on ours and on a list-reading model of them over {@code text}; returns how many. */
  private static int compare(String text, List<Integer> boundaries, Random random) {
    SentenceBoundaries ours = SentenceBoundaries.of(Locale.ROOT);
    ours.setText(text);
    Model model = new Model(boundaries, text.length());
    String where = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    for (int op = 0; op < OPERATIONS_PER_TEXT; op++) {
      int offset = random.nextInt(text.length() + 3) - 1; // sometimes out of range
      int kind = random.nextInt(9);
      int steps = offset % 5 - 2;
      String call = kind + "(" + offset + ")";
      String expected;
      String actual;
      try {
        expected = model.apply(kind, offset, steps);
      } catch (IllegalArgumentException e) {
        expected = "IllegalArgumentException";
      }
      try {
        actual =
            switch (kind) {
              case 0 -> Integer.toString(ours.first());
              case 1 -> Integer.toString(ours.last());
              case 2 -> Integer.toString(ours.next());
              case 3 -> Integer.toString(ours.previous());
              case 4 -> Integer.toString(ours.next(steps));
              case 5 -> Integer.toString(ours.following(offset));
              case 6 -> Integer.toString(ours.preceding(offset));
              case 7 -> Boolean.toString(ours.isBoundary(offset));
              default -> Integer.toString(ours.current());
            };
      } catch (IllegalArgumentException e) {
        actual = "IllegalArgumentException";
      }
      assertEquals(expected, actual, call + " on \"" + where + "\"");
      assertEquals(boundaries.get(model.current), ours.current(), "current() after " + call + " on \"" + where + "\"");
    }
    return OPERATIONS_PER_TEXT;
  }

  /** BreakIterator's documented answers, by linear scans over a list of boundaries. */
  private static final class Model {
    final List<Integer> boundaries;
    final int length;
    int current;

    Model(List<Integer> boundaries, int length) {
      this.boundaries = boundaries;
      this.length = length;
    }

    String apply(int kind, int offset, int steps) {
      return switch (kind) {
        case 0 -> Integer.toString(boundaries.get(current = 0));
        case 1 -> Integer.toString(boundaries.get(current = boundaries.size() - 1));
        case 2 -> Integer.toString(move(1));
        case 3 -> Integer.toString(move(-1));
        case 4 -> Integer.toString(steps == 0 ? boundaries.get(current) : move(steps));
        case 5 -> Integer.toString(following(offset));
        case 6 -> Integer.toString(preceding(offset));
        case 7 -> Boolean.toString(isBoundary(offset));
        default -> Integer.toString(boundaries.get(current));
      };
    }

    int move(int steps) {
      int result = boundaries.get(current);
      for (int i = 0; i < Math.abs(steps) && result != BreakIterator.DONE; i++) {
        int next = current + Integer.signum(steps);
        if (next < 0 || next >= boundaries.size()) {
          result = BreakIterator.DONE;
        } else {
          current = next;
          result = boundaries.get(current);
        }
      }
      return result;
    }

    int following(int offset) {
      check(offset);
      for (int i = 0; i < boundaries.size(); i++) {
        if (boundaries.get(i) > offset) {
          current = i;
          return boundaries.get(i);
        }
      }
      current = boundaries.size() - 1;
      return BreakIterator.DONE;
    }

    int preceding(int offset) {
      check(offset);
      for (int i = boundaries.size() - 1; i >= 0; i--) {
        if (boundaries.get(i) < offset) {
          current = i;
          return boundaries.get(i);
        }
      }
      current = 0;
      return BreakIterator.DONE;
    }

    boolean isBoundary(int offset) {
      check(offset);
      return offset == 0 || following(offset - 1) == offset;
    }

    void check(int offset) {
      if (offset < 0 || offset > length) {
        throw new IllegalArgumentException();
      }
    }
  }

  private static List<Integer> forward(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      boundaries.add(b);
    }
    return boundaries;
  }

  private static List<String> awkward() {
    return List.of(
        "", ".", " ", "a", "One sentence without an end", "Dr. Smith arrived. He said: \"Wait!\" Then left...",
        "医院简介。我院始建于1950年！是一所综合医院？是的。", "第一行\n第二行\r\n\n第三段", "Mixed 中文 and English. 混合文本。Next one.",
        "  Leading spaces. Trailing spaces.   ", "1. First item\n2. Second item\n3. Third", "U.S.A. is a country. e.g. this one.",
        "\uD83D\uDE00 emoji. \uD83C\uDFE5 hospital!", "no period at all ".repeat(200), "。".repeat(50));
  }

  private static List<String> filesUnder(Path folder) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.indexOf('\u0000') < 0) { // text files only, not the PDF
          texts.add(text);
        }
      }
    }
    return texts;
  }

  private static String randomText(Random random) {
    String[] pieces = {"word ", "医院", ". ", "。", "! ", "? ", "\n", "\n\n", "Dr. ", "3.5 ", "\"", ") ", "…", " ", "e.g. ", "！", "？"};
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = random.nextInt(80); i < n; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}

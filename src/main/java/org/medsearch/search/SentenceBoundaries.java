package org.medsearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A sentence {@link BreakIterator} that finds every boundary of a text once, when the text is set,
 * and answers {@code following}, {@code preceding} and {@code isBoundary} by binary search. The
 * highlighter asks those around every match; the JDK's rule-based iterator answers each by
 * re-scanning from a safe point before the offset, so a long answer with many matched words cost
 * it time quadratic in the text (70% of highlighting, half of a typed English question's search,
 * at a million documents). The boundaries are the JDK iterator's own, found in one forward pass.
 */
final class SentenceBoundaries extends BreakIterator {
  private final BreakIterator rules;
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int count = 1;
  /** Index into {@link #boundaries} of the current boundary. */
  private int current;

  private SentenceBoundaries(BreakIterator rules) {
    this.rules = rules;
  }

  /** Sentences by the JDK's rules for {@code locale}'s sentence instance. */
  static SentenceBoundaries of(java.util.Locale locale) {
    return new SentenceBoundaries(BreakIterator.getSentenceInstance(locale));
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    rules.setText(newText);
    int[] found = boundaries.length >= 16 ? boundaries : new int[16];
    int n = 0;
    for (int b = rules.first(); b != DONE; b = rules.next()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = b;
    }
    boundaries = found;
    count = n;
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  @Override
  public int next() {
    if (current == count - 1) {
      return DONE;
    }
    return boundaries[++current];
  }

  @Override
  public int previous() {
    if (current == 0) {
      return DONE;
    }
    return boundaries[--current];
  }

  @Override
  public int next(int n) {
    int result = current();
    while (n > 0 && result != DONE) {
      result = next();
      n--;
    }
    while (n < 0 && result != DONE) {
      result = previous();
      n++;
    }
    return result;
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    return moveTo(firstAbove(offset), count - 1);
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    return moveTo(firstAbove(offset - 1) - 1, 0); // the last boundary below offset
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    // As the JDK's: the start is a boundary and stays where it was; elsewhere it moves as following does.
    return offset == text.getBeginIndex() || following(offset - 1) == offset;
  }

  @Override
  public SentenceBoundaries clone() {
    SentenceBoundaries copy = new SentenceBoundaries((BreakIterator) rules.clone());
    copy.text = text;
    copy.boundaries = Arrays.copyOf(boundaries, count);
    copy.count = count;
    copy.current = current;
    return copy;
  }

  /** Moves to boundary {@code i} and returns it; when there is none, to {@code otherwise}, returning DONE. */
  private int moveTo(int i, int otherwise) {
    if (i < 0 || i >= count) {
      current = otherwise;
      return DONE;
    }
    current = i;
    return boundaries[i];
  }

  /** The index of the first boundary above {@code offset}; {@code count} when there is none. */
  private int firstAbove(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (boundaries[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void checkOffset(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}

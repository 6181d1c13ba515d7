package org.medsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * One-to-one character folding applied before tokenizing, so offsets stay exact for highlighting:
 * full-width ASCII to ASCII (ＣＴ → CT), and optionally Traditional to Simplified Chinese (醫院 →
 * 医院), which smartcn's dictionary needs. The Traditional table is {@link TraditionalSimplified}.
 * Every mapping is one UTF-16 unit to one, so a lookup table replaces Lucene's MappingCharFilter
 * (a map lookup and a rolling buffer per character: 8% of indexing time).
 */
public final class CharacterFolding {
  private CharacterFolding() {}

  /** {@code text} folded as the analyzers fold it, with Traditional characters made Simplified. */
  public static String fold(String text) {
    char[] table = table(true);
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = table[chars[i]];
    }
    return new String(chars);
  }

  /** What {@code c} folds to, Traditional characters made Simplified. */
  public static char fold(char c) {
    return table(true)[c];
  }

  /** A reader of {@code input} folded, with or without Traditional → Simplified. */
  static CharFilter reader(Reader input, boolean traditionalToSimplified) {
    return new TableCharFilter(input, table(traditionalToSimplified));
  }

  /** For every UTF-16 unit, what it folds to (itself when nothing). */
  static char[] table(boolean traditionalToSimplified) {
    return traditionalToSimplified ? Holder.WITH_TRADITIONAL : Holder.WIDTH_ONLY;
  }

  private static final class Holder {
    static final char[] WIDTH_ONLY = build(false);
    static final char[] WITH_TRADITIONAL = build(true);
  }

  private static char[] build(boolean traditional) {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      table[c] = (char) (c - 0xFEE0);
    }
    if (traditional) {
      TraditionalSimplified.table().forEach((t, simplified) -> table[t] = simplified);
    }
    return table;
  }

  /** Replaces each character through the table; nothing moves, so offsets need no correction. */
  private static final class TableCharFilter extends CharFilter {
    private final char[] table;

    TableCharFilter(Reader input, char[] table) {
      super(input);
      this.table = table;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = input.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        buffer[i] = table[buffer[i]];
      }
      return n;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }
}

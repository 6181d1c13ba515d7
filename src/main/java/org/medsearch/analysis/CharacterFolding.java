package org.medsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * One-to-one character folding applied before tokenizing, so offsets stay exact for highlighting:
 * full-width ASCII to ASCII (ＣＴ → CT), and optionally Traditional to Simplified Chinese (醫院 →
 * 医院), which smartcn's dictionary needs. The Traditional table is {@link TraditionalSimplified}.
 */
public final class CharacterFolding {
  private CharacterFolding() {}

  /** {@code text} folded as the analyzers fold it, with Traditional characters made Simplified. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char[] buffer = new char[1024];
    try (Reader folded = new MappingCharFilter(map(true), new StringReader(text))) {
      for (int n = folded.read(buffer); n != -1; n = folded.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out.toString();
  }

  static NormalizeCharMap map(boolean traditionalToSimplified) {
    return traditionalToSimplified ? Holder.WITH_TRADITIONAL : Holder.WIDTH_ONLY;
  }

  private static final class Holder {
    static final NormalizeCharMap WIDTH_ONLY = build(false);
    static final NormalizeCharMap WITH_TRADITIONAL = build(true);
  }

  private static NormalizeCharMap build(boolean traditional) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      builder.add(String.valueOf(c), String.valueOf((char) (c - 0xFEE0)));
    }
    if (traditional) {
      TraditionalSimplified.table().forEach((t, simplified) -> builder.add(String.valueOf(t), String.valueOf(simplified)));
    }
    return builder.build();
  }
}

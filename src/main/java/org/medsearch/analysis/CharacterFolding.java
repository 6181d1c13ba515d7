package org.medsearch.analysis;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * One-to-one character folding applied before tokenizing, so offsets stay exact for highlighting:
 * full-width ASCII to ASCII (ＣＴ → CT), and optionally Traditional to Simplified Chinese (醫院 →
 * 医院), which smartcn's dictionary needs. The Traditional table comes from ICU's
 * "Traditional-Simplified" transform, restricted to single characters.
 */
final class CharacterFolding {
  private CharacterFolding() {}

  /** {@code text} with full-width ASCII and Traditional characters folded, as the analyzers see it. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (var reader = new org.apache.lucene.analysis.charfilter.MappingCharFilter(map(true), new java.io.StringReader(text))) {
      char[] buffer = new char[256];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
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
      Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
      addRange(builder, t2s, 0x3400, 0x4DBF);
      addRange(builder, t2s, 0x4E00, 0x9FFF);
      addRange(builder, t2s, 0xF900, 0xFAFF);
    }
    return builder.build();
  }

  private static void addRange(NormalizeCharMap.Builder builder, Transliterator t2s, int from, int to) {
    for (int cp = from; cp <= to; cp++) {
      String in = String.valueOf((char) cp);
      String out = t2s.transliterate(in);
      if (out.length() == 1 && !out.equals(in)) {
        builder.add(in, out);
      }
    }
  }
}

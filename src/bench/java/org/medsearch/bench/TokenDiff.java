package org.medsearch.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Full token streams of two tokenizers over the same text, and where they first differ: term,
 * start and end offset, position increment and type of every token, then the final offset and
 * position increment that {@code end()} reports.
 */
public final class TokenDiff {
  /** One token as a stream reports it; the last of a stream is its end() state, with term {@code <end>}. */
  public record Token(String term, int start, int end, int positionIncrement, String type) {
    @Override
    public String toString() {
      return "'" + term + "' [" + start + "," + end + ") +" + positionIncrement + " " + type;
    }
  }

  private TokenDiff() {}

  /** The tokens {@code tokenizer} makes of {@code text}, then its end state; the tokenizer is reusable after. */
  public static List<Token> tokens(Tokenizer tokenizer, String text) {
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute position = tokenizer.addAttribute(PositionIncrementAttribute.class);
    TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    List<Token> out = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement(), type.type()));
      }
      tokenizer.end();
      out.add(new Token("<end>", offset.startOffset(), offset.endOffset(), position.getPositionIncrement(), ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Tokenizes {@code text} without keeping anything: the work a benchmark times. Returns the token count. */
  public static int count(Tokenizer tokenizer, String text) throws IOException {
    int tokens = 0;
    tokenizer.setReader(new StringReader(text));
    tokenizer.reset();
    while (tokenizer.incrementToken()) {
      tokens++;
    }
    tokenizer.end();
    tokenizer.close();
    return tokens;
  }

  /** Null when the streams are identical; else the first position where they differ, both sides shown. */
  public static String firstDifference(List<Token> expected, List<Token> actual) {
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      Token e = i < expected.size() ? expected.get(i) : null;
      Token a = i < actual.size() ? actual.get(i) : null;
      if (e == null || !e.equals(a)) {
        return "token " + i + ": expected " + e + ", got " + a;
      }
    }
    return null;
  }
}

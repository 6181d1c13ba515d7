package org.medsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs an analyzer over a string, for tests. */
final class Tokens {
  /** One token: its term and where it sits in the analysed text. */
  record Token(String term, int start, int end) {}

  private Tokens() {}

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  /** The tokens {@code analyzer} makes of {@code text}, with offsets. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

package org.medsearch.analysis;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.medsearch.analysis.hhmm.Segmenter;

/**
 * Chinese words, token for token those of {@link SentenceSafeChineseTokenizer} (smartcn's
 * tokenizer with our buffer-edge fix) — same terms, offsets, positions and types — made several
 * times faster by our own segmenter ({@link Segmenter}) over smartcn's dictionaries. Sentences are
 * found and buffered by the same Lucene base class with the same sentence rules and safe ends.
 */
public final class ChineseTokenizer extends SegmentingTokenizerBase {
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);
  private static final String TYPE = "word";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Segmenter segmenter = new Segmenter();
  private int sentenceOffset;
  private int words;
  private int next;

  public ChineseTokenizer() {
    super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    sentenceOffset = offset + sentenceStart;
    words = segmenter.segment(buffer, sentenceStart, sentenceEnd - sentenceStart);
    next = 0;
  }

  @Override
  protected boolean incrementWord() {
    if (next >= words) {
      return false;
    }
    clearAttributes();
    segmenter.copyTerm(next, termAtt);
    offsetAtt.setOffset(correctOffset(sentenceOffset + segmenter.start(next)), correctOffset(sentenceOffset + segmenter.end(next)));
    typeAtt.setType(TYPE);
    next++;
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    words = 0;
    next = 0;
  }

  @Override
  protected boolean isSafeEnd(char ch) {
    return isSentenceSafeEnd(ch) || super.isSafeEnd(ch);
  }

  /**
   * Where a buffer may be cut besides a line break: after sentence and clause punctuation and
   * whitespace, which never sit inside a word. smartcn reads 1,024 characters at a time and cuts
   * only at a line break, splitting a word in two in a long paragraph without one; with these, a
   * word is kept whole unless a single run of 1,024 characters has none of them.
   */
  static boolean isSentenceSafeEnd(char ch) {
    return switch (ch) {
      case '。', '！', '？', '；', '，', '、', '：', '.', '!', '?', ';', ',', ' ', '\t', '\u3000' -> true;
      default -> false;
    };
  }
}

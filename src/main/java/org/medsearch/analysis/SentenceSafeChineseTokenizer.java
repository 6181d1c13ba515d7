package org.medsearch.analysis;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/**
 * smartcn's tokenizer, with a fix for its buffer edge. The base class reads 1,024 characters at a
 * time and only cuts between buffers at a line break; a paragraph longer than that without one is
 * cut wherever the buffer ends, splitting a word in two. Allowing a cut after sentence and clause
 * punctuation and whitespace, which never sit inside a word, keeps every word whole unless a
 * single run of 1,024 characters has none of them.
 */
public final class SentenceSafeChineseTokenizer extends HMMChineseTokenizer {
  @Override
  protected boolean isSafeEnd(char ch) {
    return switch (ch) {
      case '。', '！', '？', '；', '，', '、', '：', '.', '!', '?', ';', ',', ' ', '\t', '\u3000' -> true;
      default -> super.isSafeEnd(ch);
    };
  }
}

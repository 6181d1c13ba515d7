package org.medsearch.analysis;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/**
 * smartcn's tokenizer, with a fix for its buffer edge ({@link ChineseTokenizer#isSentenceSafeEnd}):
 * the reference {@link ChineseTokenizer} is proven token-identical against. The analyzers use
 * {@link ChineseTokenizer}.
 */
public final class SentenceSafeChineseTokenizer extends HMMChineseTokenizer {
  @Override
  protected boolean isSafeEnd(char ch) {
    return ChineseTokenizer.isSentenceSafeEnd(ch) || super.isSafeEnd(ch);
  }
}

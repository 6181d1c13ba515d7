package org.medsearch.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.medsearch.ingest.Scripts;

/**
 * Keeps tokens holding at least one Han character, and with {@code latin} also words and numbers
 * in other scripts (HPV, CT, 5): never punctuation, which smartcn emits as tokens of its own.
 */
final class HanOnlyFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final boolean latin;

  HanOnlyFilter(TokenStream in) {
    this(in, false);
  }

  HanOnlyFilter(TokenStream in, boolean latin) {
    super(in);
    this.latin = latin;
  }

  @Override
  protected boolean accept() {
    for (int i = 0; i < term.length(); ) {
      int cp = Character.codePointAt(term.buffer(), i, term.length());
      if (Scripts.isHan(cp) || (latin && Character.isLetterOrDigit(cp))) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}

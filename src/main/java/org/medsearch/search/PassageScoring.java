package org.medsearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, to the bit: BM25 over the passage's distinct matched terms, taken in
 * the order they first match, times the passage's position norm. Lucene's {@link PassageScorer}
 * finds the distinct terms with a new {@code BytesRefHash} per passage, whose first term takes a
 * 32 KB block: half of all a search allocated at 1M documents. A passage holds a handful of
 * matches, so comparing each with the distinct ones before it is enough.
 */
final class PassageScoring extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstMatch = new int[matches];
    int[] freqsInPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int seen = 0;
      while (seen < distinct && !terms[firstMatch[seen]].bytesEquals(terms[i])) {
        seen++;
      }
      if (seen == distinct) {
        firstMatch[distinct++] = i;
      }
      freqsInPassage[seen]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(freqsInPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}

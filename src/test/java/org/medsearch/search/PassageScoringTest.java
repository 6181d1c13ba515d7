package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages score exactly as Lucene's scorer scores them, so the same passages are shown. */
class PassageScoringTest {
  private static final String[] WORDS = {"医院", "hospital", "献血", "blood", "donor", "红十字会", "诊", "a"};

  @Test
  void scoresEveryPassageToTheBitAsLuceneDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScoring ours = new PassageScoring();
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      int length = 1 + random.nextInt(400);
      passage.setStartOffset(start);
      passage.setEndOffset(start + length);
      int matches = random.nextInt(30);
      for (int m = 0; m < matches; m++) {
        // A term's frequency in the document is the same at each of its matches, as the highlighter gives it.
        int word = random.nextInt(1 + random.nextInt(WORDS.length));
        int at = start + Math.min(length - 1, m);
        passage.addMatch(at, at + 1, new BytesRef(WORDS[word]), 1 + word * 7);
      }
      int contentLength = start + length + random.nextInt(10_000);
      assertEquals(
          Float.floatToIntBits(lucene.score(passage, contentLength)),
          Float.floatToIntBits(ours.score(passage, contentLength)),
          passage + " in " + contentLength + " chars");
    }
  }

  @Test
  void aTermMatchedTwiceCountsTwiceInThePassageAndOnceAmongTheTerms() {
    Passage once = passage("blood", "donor");
    Passage twice = passage("blood", "donor", "blood");
    PassageScoring scoring = new PassageScoring();
    float distinctOnly = new PassageScorer().tf(1, 100) * new PassageScorer().weight(1000, 3) * 2;
    assertEquals(distinctOnly * new PassageScorer().norm(0), scoring.score(once, 1000), 1e-6);
    // blood's passage frequency rises to 2: its term weight saturates, so less than a third term would add.
    float blood = new PassageScorer().tf(2, 100) * new PassageScorer().weight(1000, 3);
    float donor = new PassageScorer().tf(1, 100) * new PassageScorer().weight(1000, 3);
    assertEquals((blood + donor) * new PassageScorer().norm(0), scoring.score(twice, 1000), 1e-6);
  }

  private static Passage passage(String... terms) {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(100);
    for (int i = 0; i < terms.length; i++) {
      passage.addMatch(i * 10, i * 10 + 5, new BytesRef(terms[i]), 3);
    }
    return passage;
  }
}

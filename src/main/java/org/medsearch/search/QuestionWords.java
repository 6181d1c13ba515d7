package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.medsearch.index.Fields;

/**
 * Shortens a long typed question to its rarest words: "Shingles vacine At what age should you get
 * the Shingles shot. My children are in theur late 30's …" keeps shingles, vacine, theur … and
 * drops the chatter that matches every document a little. Rarity is the number of documents
 * holding the word ({@link Fields#SPELL}); a word no document holds counts as rarest (a typo, whose
 * correction is added later) and a token without letters or digits as commonest.
 */
final class QuestionWords {
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  private QuestionWords() {}

  /** {@code query} with only its {@code max} rarest whitespace-separated words, in their order; unchanged when it has no more. */
  static String rarest(IndexReader reader, String query, int max) throws IOException {
    String[] words = query.strip().split("\\s+");
    if (max <= 0 || words.length <= max) {
      return query;
    }
    Map<String, Integer> documents = new HashMap<>();
    for (String word : words) {
      String plain = NOT_LETTER_OR_DIGIT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
      documents.put(word, plain.isEmpty() ? Integer.MAX_VALUE : reader.docFreq(new Term(Fields.SPELL, plain)));
    }
    List<String> byRarity = new ArrayList<>(Arrays.asList(words));
    byRarity.sort(Comparator.comparingInt(documents::get)); // stable: ties keep the earlier word
    Set<String> kept = new HashSet<>(byRarity.subList(0, max));
    return String.join(" ", Arrays.stream(words).filter(kept::contains).toList());
  }
}

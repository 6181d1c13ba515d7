package org.medsearch.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestMode;
import org.medsearch.index.Fields;

/**
 * Spelling corrections of English queries from the words of the index ({@link Fields#SPELL}): each
 * word the index does not hold is replaced by the closest one it does, within two edits.
 */
final class DidYouMean {
  /** A Latin word, unless a field name of the Lucene syntax ({@code title:}). */
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?![\\p{IsLatin}:])");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  /** Shorter words have too many neighbours to guess from. */
  private static final int MIN_WORD_LENGTH = 4;

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /** {@code query} with its unknown words corrected, or null when it has none (or any Chinese). */
  String correct(IndexReader reader, String query) throws IOException {
    return correct(reader, query, false);
  }

  /**
   * {@code query} with the closest indexed spelling added after each unknown word (a question's
   * typo, "Hydrslazine hydralazine"), or null when it has none (or any Chinese). Words written
   * with a capital inside (HNPP, GlucaGen) or joined by an apostrophe (Schmorl's) are names
   * rather than typos, and are left alone.
   */
  String addCorrections(IndexReader reader, String query) throws IOException {
    return correct(reader, query, true);
  }

  private String correct(IndexReader reader, String query, boolean add) throws IOException {
    if (query.isBlank() || HAN.matcher(query).find()) {
      return null;
    }
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String replacement = word;
      String lower = word.toLowerCase(Locale.ROOT);
      Term term = new Term(Fields.SPELL, lower);
      boolean name = add && (isName(word) || nextTo(query, words.start(), words.end(), '\''));
      if (lower.length() >= MIN_WORD_LENGTH && !name && !OPERATORS.contains(word) && reader.docFreq(term) == 0) {
        SuggestWord[] similar = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (similar.length > 0) {
          replacement = add ? word + " " + similar[0].string : similar[0].string;
          changed = true;
        }
      }
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** A capital after the first letter: an acronym or a brand name. */
  private static boolean isName(String word) {
    return word.codePoints().skip(1).anyMatch(Character::isUpperCase);
  }

  private static boolean nextTo(String text, int start, int end, char c) {
    return (start > 0 && text.charAt(start - 1) == c) || (end < text.length() && text.charAt(end) == c);
  }
}

package org.medsearch.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.medsearch.analysis.CharacterFolding;
import org.medsearch.config.Gazetteer;
import org.medsearch.config.Gazetteer.Institution;

/**
 * Finds the institutions a text names and resolves each to its canonical name through the
 * gazetteer. The longest name wins; Chinese names match anywhere, Latin names only as whole words,
 * case-insensitively except abbreviations; Traditional and full-width text matches too.
 */
public final class InstitutionResolver {
  /** Every name, ignored phrase and abbreviation, lower-cased, one character per level. */
  private final Node root = new Node();
  /** The first characters of those names. */
  private final BitSet startsAName = new BitSet(Character.MAX_VALUE + 1);

  public InstitutionResolver(Gazetteer gazetteer) {
    gazetteer.ignore().forEach(phrase -> add(phrase, new Entry(null, null)));
    for (Institution institution : gazetteer.entities()) {
      institution.names().forEach(name -> add(name, new Entry(institution.name(), null)));
      institution.abbreviations().forEach(a -> add(a, new Entry(institution.name(), normalize(a))));
    }
  }

  /** Canonical names of the institutions {@code text} names, sorted, without duplicates. */
  public List<String> resolve(String text) {
    return List.copyOf(new TreeSet<>(mentions(text).keySet()));
  }

  /** How often {@code text} names each institution, by canonical name, in order of first mention. */
  public Map<String, Integer> mentions(String text) {
    String normalized = normalize(text);
    String lower = lowerCase(normalized);
    Map<String, Integer> found = new java.util.LinkedHashMap<>();
    for (int i = 0; i < normalized.length(); ) {
      Match match = longestAt(normalized, lower, i);
      if (match == null) {
        i++;
        continue;
      }
      if (match.institution() != null) {
        found.merge(match.institution(), 1, Integer::sum);
      }
      i = match.end();
    }
    return found;
  }

  private void add(String name, Entry entry) {
    Node node = root;
    String key = lowerCase(normalize(name));
    if (!key.isEmpty()) {
      startsAName.set(key.charAt(0));
    }
    for (char c : key.toCharArray()) {
      node = node.children.computeIfAbsent(c, k -> new Node());
    }
    node.entries.add(entry);
  }

  private Match longestAt(String text, String lower, int start) {
    if (!startsAName.get(lower.charAt(start))) {
      return null; // most positions: checked before the costlier word-boundary test and trie walk
    }
    if (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
      return null; // inside a word: "WHO" is not in "WHOLE", nor "SCO" in "DISCO"
    }
    Match longest = null;
    Node node = root;
    for (int end = start + 1; end <= lower.length(); end++) {
      node = node.children.get(lower.charAt(end - 1));
      if (node == null) {
        break;
      }
      for (Entry entry : node.entries) {
        if (entry.accepts(text, start, end)) {
          longest = new Match(entry.institution(), end);
          break;
        }
      }
    }
    return longest;
  }

  /** The text as names are compared: folded like the analyzers, one kind of apostrophe, single spaces. */
  private static String normalize(String text) {
    String folded = CharacterFolding.fold(text).replace('\u2019', '\'').replace('\u2018', '\'');
    return withoutSpacesBetweenHan(TextCleaner.normalizeSpace(folded));
  }

  /**
   * Drops each space that stands between two Han characters (a loop: it runs over every document):
   * PDF exports break lines inside Chinese names (北京协和 / 医院).
   */
  private static String withoutSpacesBetweenHan(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean betweenHan =
          c == ' ' && i > 0 && i + 1 < text.length() && Scripts.isHan(text.codePointBefore(i)) && Scripts.isHan(text.codePointAt(i + 1));
      if (!betweenHan) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lower case one character at a time, so positions stay those of the original. */
  private static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** A letter or digit of a word-spaced script; Han characters need no spaces, so they bound nothing. */
  private static boolean isWordChar(char c) {
    return Scripts.isSpacedLetterOrDigit(c);
  }

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>();
    final List<Entry> entries = new ArrayList<>(1);
  }

  /**
   * A name ending at a trie node.
   *
   * @param institution its canonical name; null for an ignored phrase
   * @param exact for an abbreviation, the exact spelling the text must have; else null
   */
  private record Entry(String institution, String exact) {
    boolean accepts(String text, int start, int end) {
      boolean wordContinues = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
      return !wordContinues && (exact == null || text.startsWith(exact, start));
    }
  }

  private record Match(String institution, int end) {}
}

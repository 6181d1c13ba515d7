package org.medsearch.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  /** What each UTF-16 unit is compared as: folded like the analyzers, one kind of apostrophe. */
  private static final char[] FOLDED = foldTable();
  /** {@link Character#toLowerCase(char)} of every UTF-16 unit: looked up at every step of the trie walk. */
  private static final char[] LOWER = lowerTable();

  /** Every name, ignored phrase and abbreviation, lower-cased, one character per level. */
  private final Node root;
  /** For every UTF-16 unit of normalised text: whether a name starts with it, in any case. */
  private final boolean[] startsAName = new boolean[Character.MAX_VALUE + 1];

  public InstitutionResolver(Gazetteer gazetteer) {
    NodeBuilder names = new NodeBuilder();
    gazetteer.ignore().forEach(phrase -> names.add(key(phrase), new Entry(null, null)));
    for (Institution institution : gazetteer.entities()) {
      institution.names().forEach(name -> names.add(key(name), new Entry(institution.name(), null)));
      institution.abbreviations().forEach(a -> names.add(key(a), new Entry(institution.name(), new String(normalize(a)))));
    }
    root = names.build();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      startsAName[c] = root.child(LOWER[c]) != null;
    }
  }

  /** Canonical names of the institutions {@code text} names, sorted, without duplicates. */
  public List<String> resolve(String text) {
    return List.copyOf(new TreeSet<>(mentions(text).keySet()));
  }

  /** How often {@code text} names each institution, by canonical name, in order of first mention. */
  public Map<String, Integer> mentions(String text) {
    char[] normalized = normalize(text);
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int i = 0; i < normalized.length; ) {
      // Most positions start no name: answered here, before the costlier word-boundary test and trie walk.
      Match match = startsAName[normalized[i]] ? longestAt(normalized, i) : null;
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

  /** A name as the trie holds it: lower-cased one character at a time, as the text is when walked. */
  private static String key(String name) {
    char[] chars = normalize(name);
    for (int i = 0; i < chars.length; i++) {
      chars[i] = LOWER[chars[i]];
    }
    return new String(chars);
  }

  /** Names compare case-insensitively: the trie holds them lower-cased, and each character is lower-cased as it is walked. */
  private Match longestAt(char[] text, int start) {
    if (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) {
      return null; // inside a word: "WHO" is not in "WHOLE", nor "SCO" in "DISCO"
    }
    Match longest = null;
    Node node = root;
    for (int end = start + 1; end <= text.length; end++) {
      node = node.child(LOWER[text[end - 1]]);
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

  /**
   * The text as names are compared, in one pass (it runs over every document): folded like the
   * analyzers, one kind of apostrophe, every run of spaces one space, and none between two Han
   * characters, where PDF exports break lines inside Chinese names (北京协和 / 医院).
   */
  static char[] normalize(String text) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean spaceBefore = false;
    for (int i = 0; i < text.length(); i++) {
      char c = FOLDED[text.charAt(i)];
      if (TextCleaner.isFoldedSpace(c)) {
        spaceBefore = true;
        continue;
      }
      if (spaceBefore && length > 0 && !betweenHan(out, length, c, text, i)) {
        out[length++] = ' ';
      }
      spaceBefore = false;
      out[length++] = c;
    }
    return length == out.length ? out : Arrays.copyOf(out, length);
  }

  /** Whether the text kept so far ends in a Han character and the next one, {@code c} at {@code i} once folded, is Han. */
  private static boolean betweenHan(char[] kept, int keptLength, char c, String text, int i) {
    int next = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
    return Scripts.isHan(next) && Scripts.isHan(Character.codePointBefore(kept, keptLength));
  }

  private static char[] lowerTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = Character.toLowerCase((char) c);
    }
    return table;
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = CharacterFolding.fold((char) c);
      table[c] = folded == '\u2019' || folded == '\u2018' ? '\'' : folded;
    }
    return table;
  }

  /** A letter or digit of a word-spaced script; Han characters need no spaces, so they bound nothing. */
  private static boolean isWordChar(char c) {
    return Scripts.isSpacedLetterOrDigit(c);
  }

  /** A trie node: its children's characters sorted, for a binary search without boxing. */
  private record Node(char[] keys, Node[] children, Entry[] entries) {
    Node child(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at < 0 ? null : children[at];
    }
  }

  private static final class NodeBuilder {
    final TreeMap<Character, NodeBuilder> children = new TreeMap<>();
    final List<Entry> entries = new ArrayList<>(1);

    void add(String key, Entry entry) {
      NodeBuilder node = this;
      for (char c : key.toCharArray()) {
        node = node.children.computeIfAbsent(c, k -> new NodeBuilder());
      }
      node.entries.add(entry);
    }

    Node build() {
      char[] keys = new char[children.size()];
      Node[] built = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, NodeBuilder> child : children.entrySet()) {
        keys[i] = child.getKey();
        built[i++] = child.getValue().build();
      }
      return new Node(keys, built, entries.toArray(Entry[]::new));
    }
  }

  /**
   * A name ending at a trie node.
   *
   * @param institution its canonical name; null for an ignored phrase
   * @param exact for an abbreviation, the exact spelling the text must have; else null
   */
  private record Entry(String institution, String exact) {
    boolean accepts(char[] text, int start, int end) {
      boolean wordContinues = end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end]);
      return !wordContinues && (exact == null || startsWith(text, start, exact));
    }

    private static boolean startsWith(char[] text, int start, String prefix) {
      if (start + prefix.length() > text.length) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (text[start + i] != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private record Match(String institution, int end) {}
}

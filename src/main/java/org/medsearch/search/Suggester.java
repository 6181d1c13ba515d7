package org.medsearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import org.medsearch.index.SuggestionList;
import org.medsearch.ingest.Scripts;

/**
 * Completions for the search box over an index commit's {@link SuggestionList} (document titles,
 * institutions and the most frequent English and Chinese words), held in memory. A prefix matches
 * the start of a text, the start of a word inside it, or the initials of its pinyin (bjjh →
 * 北京嘉会); an English prefix of four letters or more also matches with one typo.
 *
 * <p>Exact matches are found by binary search in a sorted array of every text's word starts (a
 * suffix array cut at word starts) and of the initials, so a request costs the number of matching
 * words, not the number of entries: a scan of every entry's words took up to 10 ms at a million
 * documents. Typos, looked for only when exact matches leave room, are found in the same array
 * (see {@link #typos}).
 */
final class Suggester {
  static final String TITLE = SuggestionList.TITLE;
  static final String INSTITUTION = SuggestionList.INSTITUTION;
  static final String TERM = SuggestionList.TERM;
  private static final int MIN_FUZZY_LENGTH = 4;
  /** Where Latin Extended-B ends: a typo's first character is looked for below it. */
  private static final char LATIN_END = '\u0250';
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** In list order: by weight, then text, the order suggestions rank in within a tier. */
  private final List<Entry> entries;
  /** Every word start of every entry as {@code entry << 32 | offset}, sorted by the text from there on. */
  private final long[] wordKeys;
  /** The entries with initials, sorted by them. */
  private final int[] byInitials;

  private Suggester(List<Entry> entries, long[] wordKeys, int[] byInitials) {
    this.entries = entries;
    this.wordKeys = wordKeys;
    this.byInitials = byInitials;
  }

  /** Completions from {@code list}, which ranks its items by weight, then text. */
  static Suggester of(SuggestionList list) {
    List<Entry> entries = new ArrayList<>(list.items().size());
    for (SuggestionList.Item item : list.items()) {
      entries.add(Entry.of(item.text(), item.kind(), item.id(), item.weight()));
    }
    int keyCount = 0;
    for (Entry entry : entries) {
      keyCount += 1 + entry.wordStarts().length;
    }
    long[] keys = new long[keyCount];
    int k = 0;
    for (int e = 0; e < entries.size(); e++) {
      keys[k++] = (long) e << 32;
      for (int start : entries.get(e).wordStarts()) {
        keys[k++] = (long) e << 32 | start;
      }
    }
    // The first four characters of each key as one number: most comparisons of the sort end there.
    long[] heads = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      heads[i] = head(entries, keys[i]);
    }
    new IntroSorter() {
      private long pivot;
      private long pivotHead;

      @Override
      protected void setPivot(int i) {
        pivot = keys[i];
        pivotHead = heads[i];
      }

      @Override
      protected int comparePivot(int j) {
        int c = Long.compareUnsigned(pivotHead, heads[j]);
        return c != 0 ? c : compareWords(entries, pivot, keys[j]);
      }

      @Override
      protected int compare(int i, int j) {
        int c = Long.compareUnsigned(heads[i], heads[j]);
        return c != 0 ? c : compareWords(entries, keys[i], keys[j]);
      }

      @Override
      protected void swap(int i, int j) {
        long t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        t = heads[i];
        heads[i] = heads[j];
        heads[j] = t;
      }
    }.sort(0, keys.length);
    Integer[] withInitials = IntStream.range(0, entries.size()).filter(e -> entries.get(e).initials() != null).boxed().toArray(Integer[]::new);
    Arrays.sort(withInitials, Comparator.comparing((Integer e) -> entries.get(e).initials()));
    int[] byInitials = Arrays.stream(withInitials).mapToInt(Integer::intValue).toArray();
    return new Suggester(List.copyOf(entries), keys, byInitials);
  }

  /** At most {@code size} completions of {@code prefix}: exact before fuzzy, then by weight, each text once. */
  List<SuggestResponse.Suggestion> suggest(String prefix, int size) {
    String q = normalize(prefix);
    if (q.isEmpty()) {
      return List.of();
    }
    FixedBitSet starts = new FixedBitSet(entries.size());
    FixedBitSet words = new FixedBitSet(entries.size());
    for (int i = firstKey(q, 0), end = firstKey(q, 1); i < end; i++) {
      (((int) wordKeys[i]) == 0 ? starts : words).set((int) (wordKeys[i] >>> 32));
    }
    int from = firstIndex(byInitials.length, i -> comparePrefix(entries.get(byInitials[i]).initials(), 0, q) >= 0);
    int to = firstIndex(byInitials.length, i -> comparePrefix(entries.get(byInitials[i]).initials(), 0, q) > 0);
    for (int i = from; i < to; i++) {
      starts.set(byInitials[i]);
    }
    words.andNot(starts);
    // One list per tier, each filled in entry order (by weight, then text); a text's tier depends on
    // the text only, so its copies (a title that is also a word) meet in one list.
    List<SuggestResponse.Suggestion> out = new ArrayList<>(size);
    add(starts, size, out);
    add(words, size, out);
    if (out.size() < size && q.length() >= MIN_FUZZY_LENGTH && q.chars().allMatch(c -> c < 128)) {
      starts.or(words);
      add(typos(q, starts), size, out);
    }
    return List.copyOf(out);
  }

  /**
   * The entries outside {@code exact} that start with {@code q}, or have a word that does, but for
   * one typo. Such a text either keeps q's first character (it is among the words starting with
   * that character), or has it typed extra (it starts with the rest of q), or has it replaced or
   * missed: then a character c comes first and q's rest, or q, follows; c is looked for among the
   * Latin letters, digits and signs the words start with (below U+0250).
   */
  private FixedBitSet typos(String q, FixedBitSet exact) {
    FixedBitSet typos = new FixedBitSet(entries.size());
    String rest = q.substring(1);
    checkTypos(q.substring(0, 1), q, exact, typos);
    checkTypos(rest, q, exact, typos);
    int i = firstKey("", 0);
    while (i < wordKeys.length) {
      char c = firstChar(wordKeys[i]);
      if (c >= LATIN_END) {
        break;
      }
      checkTypos(c + rest, q, exact, typos);
      checkTypos(c + q, q, exact, typos);
      i = firstIndex(wordKeys.length, k -> firstChar(wordKeys[k]) > c);
    }
    return typos;
  }

  /** Adds to {@code typos} the entries of the words starting with {@code start} that are one typo from {@code q}. */
  private void checkTypos(String start, String q, FixedBitSet exact, FixedBitSet typos) {
    for (int i = firstKey(start, 0), end = firstKey(start, 1); i < end; i++) {
      int entry = (int) (wordKeys[i] >>> 32);
      if (!exact.get(entry) && !typos.get(entry) && oneEditPrefix(entries.get(entry).folded(), (int) wordKeys[i], q)) {
        typos.set(entry);
      }
    }
  }

  /** The first word key starting with {@code prefix} ({@code after} 0), or the first after those (1). */
  private int firstKey(String prefix, int after) {
    return firstIndex(wordKeys.length, i -> comparePrefix(entries, wordKeys[i], prefix) >= after);
  }

  private char firstChar(long key) {
    String text = entries.get((int) (key >>> 32)).folded();
    int start = (int) key;
    return start < text.length() ? text.charAt(start) : 0;
  }

  /** Adds the entries of {@code tier}, in list order, each text once, until {@code out} holds {@code size}. */
  private void add(FixedBitSet tier, int size, List<SuggestResponse.Suggestion> out) {
    Map<String, SuggestResponse.Suggestion> texts = new LinkedHashMap<>();
    int e = tier.length() == 0 ? DocIdSetIterator.NO_MORE_DOCS : tier.nextSetBit(0);
    while (e != DocIdSetIterator.NO_MORE_DOCS && out.size() + texts.size() < size) {
      Entry entry = entries.get(e);
      texts.putIfAbsent(entry.text(), new SuggestResponse.Suggestion(entry.text(), entry.kind(), entry.id()));
      e = e + 1 < tier.length() ? tier.nextSetBit(e + 1) : DocIdSetIterator.NO_MORE_DOCS;
    }
    out.addAll(texts.values());
  }

  /** The first index in {@code 0..n} at which {@code atOrAfter} holds; it holds from there on. */
  private static int firstIndex(int n, IntPredicate atOrAfter) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (atOrAfter.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The text of {@code key}'s entry from its offset on, compared with {@code q} cut to its length. */
  private static int comparePrefix(List<Entry> entries, long key, String q) {
    return comparePrefix(entries.get((int) (key >>> 32)).folded(), (int) key, q);
  }

  private static int comparePrefix(String text, int from, String q) {
    for (int i = 0; i < q.length(); i++) {
      if (from + i == text.length()) {
        return -1;
      }
      int c = Character.compare(text.charAt(from + i), q.charAt(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * A key's first four characters, one per 16 bits, zero past the text's end: unsigned, these
   * numbers order as the texts do (a shorter text before a longer one it starts).
   */
  private static long head(List<Entry> entries, long key) {
    String text = entries.get((int) (key >>> 32)).folded();
    int start = (int) key;
    long head = 0;
    for (int i = 0; i < 4; i++) {
      head = head << 16 | (start + i < text.length() ? text.charAt(start + i) : 0);
    }
    return head;
  }

  private static int compareWords(List<Entry> entries, long a, long b) {
    String x = entries.get((int) (a >>> 32)).folded();
    String y = entries.get((int) (b >>> 32)).folded();
    int i = (int) a;
    int j = (int) b;
    while (i < x.length() && j < y.length()) {
      int c = Character.compare(x.charAt(i++), y.charAt(j++));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }

  /**
   * One suggestion and what it is matched on.
   *
   * @param folded the text lower-cased
   * @param wordStarts where words begin inside {@code folded}, after its start
   * @param initials the first letter of each Han character's pinyin and each Latin letter or digit
   */
  private record Entry(String text, String kind, String id, int weight, String folded, int[] wordStarts, String initials) {
    static Entry of(String text, String kind, String id, int weight) {
      String folded = normalize(text);
      return new Entry(text, kind, id, weight, folded, Suggester.wordStarts(folded), Suggester.initials(folded));
    }
  }

  /** True when some prefix of {@code text} from {@code from} is one substitution, insertion or deletion away from {@code q}. */
  static boolean oneEditPrefix(String text, int from, String q) {
    int available = text.length() - from;
    int i = 0;
    while (i < q.length() && i < available && text.charAt(from + i) == q.charAt(i)) {
      i++;
    }
    if (i == q.length()) {
      return true;
    }
    int rest = q.length() - i - 1;
    boolean substituted = available >= q.length() && same(text, from + i + 1, q, i + 1, rest);
    boolean extraTyped = available >= q.length() - 1 && same(text, from + i, q, i + 1, rest);
    boolean oneMissed = available >= q.length() + 1 && same(text, from + i + 1, q, i, rest + 1);
    return substituted || extraTyped || oneMissed;
  }

  /** {@code String.regionMatches} for the few characters compared here, without its setup cost per call. */
  private static boolean same(String a, int from, String b, int bFrom, int length) {
    for (int k = 0; k < length; k++) {
      if (a.charAt(from + k) != b.charAt(bFrom + k)) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String text) {
    return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Each Han character, and each Latin word after a separator, starts a word worth completing. */
  static int[] wordStarts(String folded) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean han = Scripts.isHan(c);
      if (han || (Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
        starts.add(i);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The pinyin initials of a text with Chinese in it (北京 ICU → bjicu); null for text without Han characters. */
  static String initials(String folded) {
    StringBuilder out = new StringBuilder();
    boolean anyHan = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Scripts.isHan(cp)) {
        anyHan = true;
        Character initial = PinyinInitials.of(cp);
        if (initial != null) {
          out.append(initial);
        }
      } else if (Character.isLetterOrDigit(cp) && cp < 128) {
        out.append((char) cp);
      }
    }
    return anyHan ? out.toString() : null;
  }
}

package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Fields;

/**
 * Completions for the search box, built once per index commit and held in memory: document
 * titles, institutions and the most frequent English and Chinese words. A prefix matches the start
 * of a text, the start of a word inside it, or the initials of its pinyin (bjjh → 北京嘉会); an
 * English prefix of four letters or more also matches with one typo. A few thousand entries are
 * scanned in well under a millisecond, which is simpler than an FST and fast enough.
 */
final class Suggester {
  static final String TITLE = "title";
  static final String INSTITUTION = "institution";
  static final String TERM = "term";
  /** How many of the most frequent words of each language are offered. */
  private static final int TERMS_PER_LANGUAGE = 3000;
  private static final int MIN_FUZZY_LENGTH = 4;
  /**
   * How many titles are offered at most: those of the most documents, then in title order. Every
   * title of a million-document index would not fit a small heap, nor be scanned in milliseconds.
   */
  static final int MAX_TITLES = 20_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Entry> entries;

  private Suggester(List<Entry> entries) {
    this.entries = entries;
  }

  /** Reads titles, institutions and frequent words from {@code reader}; {@code stopwords} are never offered. */
  static Suggester build(IndexReader reader, Set<String> stopwords) throws IOException {
    return build(reader, stopwords, MAX_TITLES);
  }

  /** As {@link #build(IndexReader, Set)}, offering at most {@code maxTitles} titles. */
  static Suggester build(IndexReader reader, Set<String> stopwords, int maxTitles) throws IOException {
    CharArraySet skip = new CharArraySet(stopwords, true);
    skip.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    List<Entry> entries = new ArrayList<>();
    titles(reader, maxTitles, entries);
    for (Map.Entry<String, Integer> institution : termFrequencies(reader, Fields.INSTITUTION, t -> true).entrySet()) {
      entries.add(Entry.of(institution.getKey(), INSTITUTION, null, institution.getValue()));
    }
    Predicate<String> english = t -> t.length() >= 2 && t.chars().allMatch(Character::isLetter) && !skip.contains(t);
    Predicate<String> chinese = t -> t.codePointCount(0, t.length()) >= 2 && !skip.contains(t);
    Map<String, Integer> terms = mostFrequent(reader, Fields.SPELL, english);
    // A word among the most frequent by its larger count is among the most frequent of that field.
    Map<String, Integer> han = mostFrequent(reader, Fields.BODY_ZH, chinese);
    mostFrequent(reader, Fields.TITLE_ZH, chinese).forEach((t, df) -> han.merge(t, df, Math::max));
    terms.putAll(top(han.entrySet()));
    terms.forEach((term, df) -> entries.add(Entry.of(term, TERM, null, df)));
    // In the order suggest ranks matches within a tier, so a scan can stop once enough are found.
    entries.sort(Comparator.comparingInt(Entry::weight).reversed().thenComparing(Entry::text));
    return new Suggester(List.copyOf(entries));
  }

  /** At most {@code size} completions of {@code prefix}: exact before fuzzy, then by weight, each text once. */
  List<SuggestResponse.Suggestion> suggest(String prefix, int size) {
    String q = normalize(prefix);
    if (q.isEmpty()) {
      return List.of();
    }
    boolean fuzzy = q.length() >= MIN_FUZZY_LENGTH && q.chars().allMatch(c -> c < 128);
    // One list per tier, each filled in entry order (by weight, then text); a text's tier depends on
    // the text only, so its copies (a title that is also a word) meet in one list.
    List<Map<String, SuggestResponse.Suggestion>> tiers = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (Entry entry : entries) {
      if (tiers.getFirst().size() == size) {
        break; // nothing later can outrank these
      }
      int tier = entry.tier(q, fuzzy);
      if (tier >= 0 && tiers.get(tier).size() < size) {
        tiers.get(tier).putIfAbsent(entry.text(), new SuggestResponse.Suggestion(entry.text(), entry.kind(), entry.id()));
      }
    }
    List<SuggestResponse.Suggestion> out = new ArrayList<>(size);
    for (Map<String, SuggestResponse.Suggestion> tier : tiers) {
      for (SuggestResponse.Suggestion suggestion : tier.values()) {
        if (out.size() < size) {
          out.add(suggestion);
        }
      }
    }
    return List.copyOf(out);
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

    /** 0: the text or its initials start with {@code q}; 1: a word inside it does; 2: one typo; -1: no match. */
    int tier(String q, boolean fuzzy) {
      if (folded.startsWith(q) || (initials != null && initials.startsWith(q))) {
        return 0;
      }
      for (int start : wordStarts) {
        if (folded.startsWith(q, start)) {
          return 1;
        }
      }
      if (fuzzy) {
        if (oneEditPrefix(folded, 0, q)) {
          return 2;
        }
        for (int start : wordStarts) {
          if (oneEditPrefix(folded, start, q)) {
            return 2;
          }
        }
      }
      return -1;
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
    boolean substituted = available >= q.length() && text.regionMatches(from + i + 1, q, i + 1, rest);
    boolean extraTyped = available >= q.length() - 1 && text.regionMatches(from + i, q, i + 1, rest);
    boolean oneMissed = available >= q.length() + 1 && text.regionMatches(from + i + 1, q, i, rest + 1);
    return substituted || extraTyped || oneMissed;
  }

  private static String normalize(String text) {
    return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Each Han character, and each Latin word after a separator, starts a word worth completing. */
  private static int[] wordStarts(String folded) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
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

  /**
   * Every title once, with the first document (by id) that has it, at most {@code maxTitles} of
   * them: read from the title and id doc values, never from stored documents, in two passes (count
   * each title's documents; find the first id of the titles kept) that hold a few ints per title.
   */
  private static void titles(IndexReader reader, int maxTitles, List<Entry> entries) throws IOException {
    SortedDocValues all = MultiDocValues.getSortedValues(reader, Fields.TITLE);
    if (all == null) {
      return;
    }
    OrdinalMap ordinals = all instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
    int[] documents = new int[all.getValueCount()];
    forEachLiveTitle(reader, ordinals, (leaf, doc, ord) -> documents[ord]++);
    Integer[] byDocuments = new Integer[documents.length];
    for (int ord = 0; ord < documents.length; ord++) {
      byDocuments[ord] = ord;
    }
    // Most documents first, then title order (ordinals are in title order).
    java.util.Arrays.sort(byDocuments, Comparator.comparingInt((Integer ord) -> -documents[ord]).thenComparingInt(ord -> ord));
    int[] slot = new int[documents.length];
    java.util.Arrays.fill(slot, -1);
    int kept = 0;
    for (Integer ord : byDocuments) {
      if (kept == maxTitles || documents[ord] == 0) {
        break;
      }
      slot[ord] = kept++;
    }
    BytesRef[] firstId = new BytesRef[kept];
    List<SortedDocValues> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      ids.add(DocValues.getSorted(leaf.reader(), Fields.ID));
    }
    forEachLiveTitle(reader, ordinals, (leaf, doc, ord) -> {
      SortedDocValues leafIds = ids.get(leaf);
      if (slot[ord] >= 0 && leafIds.advanceExact(doc)) {
        BytesRef id = leafIds.lookupOrd(leafIds.ordValue());
        BytesRef first = firstId[slot[ord]];
        if (first == null || id.compareTo(first) < 0) {
          firstId[slot[ord]] = BytesRef.deepCopyOf(id);
        }
      }
    });
    for (int ord = 0; ord < documents.length; ord++) {
      if (slot[ord] >= 0 && firstId[slot[ord]] != null) {
        entries.add(Entry.of(all.lookupOrd(ord).utf8ToString(), TITLE, firstId[slot[ord]].utf8ToString(), 1));
      }
    }
  }

  @FunctionalInterface
  private interface TitleVisitor {
    void visit(int leaf, int doc, int globalOrd) throws IOException;
  }

  private static void forEachLiveTitle(IndexReader reader, OrdinalMap ordinals, TitleVisitor visitor) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      LeafReader leaf = leaves.get(i).reader();
      SortedDocValues titles = DocValues.getSorted(leaf, Fields.TITLE);
      LongValues global = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(i);
      Bits live = leaf.getLiveDocs();
      for (int doc = titles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = titles.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(i, doc, (int) global.get(titles.ordValue()));
        }
      }
    }
  }

  private static Map<String, Integer> termFrequencies(IndexReader reader, String field, Predicate<String> keep)
      throws IOException {
    Map<String, Integer> out = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return out;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      String text = term.utf8ToString();
      if (keep.test(text)) {
        out.put(text, it.docFreq());
      }
    }
    return out;
  }

  /**
   * The {@link #TERMS_PER_LANGUAGE} most frequent words of {@code field} that {@code keep} accepts,
   * streamed: a large index's vocabulary is never held whole.
   */
  private static Map<String, Integer> mostFrequent(IndexReader reader, String field, Predicate<String> keep)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return new HashMap<>();
    }
    TermsEnum it = terms.iterator();
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      String text = term.utf8ToString();
      if (keep.test(text)) {
        kept.add(Map.entry(text, it.docFreq()));
        if (kept.size() >= 4 * TERMS_PER_LANGUAGE) {
          Map<String, Integer> best = top(kept);
          kept.clear();
          kept.addAll(best.entrySet());
        }
      }
    }
    return top(kept);
  }

  /** The {@link #TERMS_PER_LANGUAGE} most frequent words. */
  private static Map<String, Integer> top(Iterable<Map.Entry<String, Integer>> frequencies) {
    PriorityQueue<Map.Entry<String, Integer>> best =
        new PriorityQueue<>(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
    for (Map.Entry<String, Integer> e : frequencies) {
      best.add(e);
      if (best.size() > TERMS_PER_LANGUAGE) {
        best.poll();
      }
    }
    Map<String, Integer> out = new HashMap<>();
    best.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}

package org.medsearch.search;

import com.ibm.icu.text.Transliterator;
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
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
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
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  private static final Map<Integer, Character> INITIALS = new HashMap<>();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<Entry> entries;

  private Suggester(List<Entry> entries) {
    this.entries = entries;
  }

  /** Reads titles, institutions and frequent words from {@code reader}; {@code stopwords} are never offered. */
  static Suggester build(IndexReader reader, Set<String> stopwords) throws IOException {
    CharArraySet skip = new CharArraySet(stopwords, true);
    skip.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    List<Entry> entries = new ArrayList<>();
    titles(reader, entries);
    for (Map.Entry<String, Integer> institution : termFrequencies(reader, Fields.INSTITUTION, t -> true).entrySet()) {
      entries.add(Entry.of(institution.getKey(), INSTITUTION, null, institution.getValue()));
    }
    Predicate<String> english = t -> t.length() >= 2 && t.chars().allMatch(Character::isLetter) && !skip.contains(t);
    Predicate<String> chinese = t -> t.codePointCount(0, t.length()) >= 2 && !skip.contains(t);
    Map<String, Integer> terms = top(termFrequencies(reader, Fields.SPELL, english));
    Map<String, Integer> han = termFrequencies(reader, Fields.BODY_ZH, chinese);
    termFrequencies(reader, Fields.TITLE_ZH, chinese).forEach((t, df) -> han.merge(t, df, Math::max));
    terms.putAll(top(han));
    terms.forEach((term, df) -> entries.add(Entry.of(term, TERM, null, df)));
    return new Suggester(List.copyOf(entries));
  }

  /** At most {@code size} completions of {@code prefix}: exact before fuzzy, then by weight, each text once. */
  List<SuggestResponse.Suggestion> suggest(String prefix, int size) {
    String q = normalize(prefix);
    if (q.isEmpty()) {
      return List.of();
    }
    boolean fuzzy = q.length() >= MIN_FUZZY_LENGTH && q.chars().allMatch(c -> c < 128);
    List<Match> matches = new ArrayList<>();
    for (Entry entry : entries) {
      int tier = entry.tier(q, fuzzy);
      if (tier >= 0) {
        matches.add(new Match(entry, tier));
      }
    }
    matches.sort(
        Comparator.comparingInt(Match::tier)
            .thenComparing(m -> m.entry().weight(), Comparator.reverseOrder())
            .thenComparing(m -> m.entry().text()));
    Map<String, SuggestResponse.Suggestion> unique = new LinkedHashMap<>();
    for (Match m : matches) {
      if (unique.size() == size) {
        break;
      }
      unique.putIfAbsent(m.entry().text(), new SuggestResponse.Suggestion(m.entry().text(), m.entry().kind(), m.entry().id()));
    }
    return List.copyOf(unique.values());
  }

  private record Match(Entry entry, int tier) {}

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
        Character initial = initial(cp);
        if (initial != null) {
          out.append(initial);
        }
      } else if (Character.isLetterOrDigit(cp) && cp < 128) {
        out.append((char) cp);
      }
    }
    return anyHan ? out.toString() : null;
  }

  /** The Transliterator is not thread-safe and slow to ask; a character's initial never changes. */
  private static synchronized Character initial(int hanCodePoint) {
    return INITIALS.computeIfAbsent(
        hanCodePoint,
        cp -> {
          String latin = PINYIN.transliterate(new String(Character.toChars(cp)));
          return !latin.isEmpty() && latin.charAt(0) < 128 && Character.isLetter(latin.charAt(0))
              ? Character.toLowerCase(latin.charAt(0))
              : null;
        });
  }

  /** Every title once, with the first document that has it. */
  private static void titles(IndexReader reader, List<Entry> entries) throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    Set<String> fields = Set.of(Fields.ID, Fields.TITLE);
    Map<String, String> idByTitle = new LinkedHashMap<>();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      var document = stored.document(doc, fields);
      String title = document.get(Fields.TITLE);
      String id = document.get(Fields.ID);
      if (title != null && !title.isBlank() && id != null) {
        idByTitle.merge(title.strip(), id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    idByTitle.forEach((title, id) -> entries.add(Entry.of(title, TITLE, id, 1)));
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

  /** The {@link #TERMS_PER_LANGUAGE} most frequent words. */
  private static Map<String, Integer> top(Map<String, Integer> frequencies) {
    PriorityQueue<Map.Entry<String, Integer>> best =
        new PriorityQueue<>(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
    for (Map.Entry<String, Integer> e : frequencies.entrySet()) {
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

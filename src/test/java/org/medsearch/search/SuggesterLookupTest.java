package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.index.SuggestionList;
import org.medsearch.ingest.FolderSource;

/**
 * The suggester's sorted lookup gives what checking every entry's every word gives: the sample
 * corpus's list plus awkward texts, asked for every prefix of every word and for one-typo variants
 * of them, against a scan written the plain way.
 */
class SuggesterLookupTest {
  @TempDir static Path tmp;
  static List<SuggestionList.Item> items;
  /** Per item: its folded text, initials and word starts (0 first), for the plain scan. */
  static List<Object[]> keys = new ArrayList<>();

  @BeforeAll
  static void listOfTheSampleCorpus() throws Exception {
    Path index = TestData.index(FolderSource.sampleCorpus(), tmp.resolve("index"));
    try (var dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      items = new ArrayList<>(SuggestionList.build(reader, Set.of()).items());
    }
    String[] awkward = {"Ébola virus", "ebola", "糖abc医院", "ICU 重症监护室", "x-ray", "COVID-19 vaccine", "a", "ab", "北京 ICU", "  spaced   out  ", "b", "hospitalisation"};
    for (String text : awkward) {
      items.add(new SuggestionList.Item(text, SuggestionList.TERM, null, 1));
    }
    items.sort(java.util.Comparator.comparingInt(SuggestionList.Item::weight).reversed().thenComparing(SuggestionList.Item::text));
    for (SuggestionList.Item item : items) {
      String folded = Suggester.normalize(item.text());
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int s : Suggester.wordStarts(folded)) {
        starts.add(s);
      }
      keys.add(new Object[] {folded, Suggester.initials(folded), starts});
    }
  }

  /** The plain scan: every entry, every word start, in list order. */
  private static List<SuggestResponse.Suggestion> scan(String prefix, int size) {
    String q = Suggester.normalize(prefix);
    if (q.isEmpty()) {
      return List.of();
    }
    boolean fuzzy = q.length() >= 4 && q.chars().allMatch(c -> c < 128);
    List<Map<String, SuggestResponse.Suggestion>> tiers = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (int i = 0; i < items.size(); i++) {
      SuggestionList.Item item = items.get(i);
      String folded = (String) keys.get(i)[0];
      String initials = (String) keys.get(i)[1];
      @SuppressWarnings("unchecked")
      List<Integer> starts = (List<Integer>) keys.get(i)[2];
      int tier = -1;
      if (folded.startsWith(q) || (initials != null && initials.startsWith(q))) {
        tier = 0;
      } else if (starts.stream().anyMatch(s -> folded.startsWith(q, s))) {
        tier = 1;
      } else if (fuzzy && starts.stream().anyMatch(s -> typo(folded, s, q))) {
        tier = 2;
      }
      if (tier >= 0 && tiers.get(tier).size() < size) {
        tiers.get(tier).putIfAbsent(item.text(), new SuggestResponse.Suggestion(item.text(), item.kind(), item.id()));
      }
    }
    List<SuggestResponse.Suggestion> out = new ArrayList<>();
    tiers.forEach(t -> t.values().forEach(s -> {
      if (out.size() < size) {
        out.add(s);
      }
    }));
    return out;
  }

  /** One typo from q; a replaced or missed first character is a Latin one (below U+0250). */
  private static boolean typo(String folded, int start, String q) {
    return Suggester.oneEditPrefix(folded, start, q)
        && (folded.charAt(start) == q.charAt(0) || folded.startsWith(q.substring(1), start) || folded.charAt(start) < '\u0250');
  }

  private static Set<String> prefixes() {
    Set<String> prefixes = new LinkedHashSet<>();
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz -医院糖é";
    for (SuggestionList.Item item : items) {
      String folded = Suggester.normalize(item.text());
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int s : Suggester.wordStarts(folded)) {
        starts.add(s);
      }
      for (int s : starts) {
        for (int n = 1; n <= 6 && s + n <= folded.length(); n++) {
          String word = folded.substring(s, s + n);
          prefixes.add(word);
          int at = random.nextInt(n);
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          prefixes.add(word.substring(0, at) + word.substring(at + 1)); // one missed
          prefixes.add(word.substring(0, at) + c + word.substring(at)); // one extra
          prefixes.add(word.substring(0, at) + c + word.substring(at + 1)); // one replaced
        }
      }
      String initials = Suggester.initials(folded);
      if (initials != null && !initials.isEmpty()) {
        prefixes.add(initials.substring(0, Math.min(3, initials.length())));
      }
    }
    return prefixes;
  }

  @Test
  void everyPrefixAndTypoGetsWhatAScanOfEveryEntryGets() {
    Suggester suggester = Suggester.of(new SuggestionList(items, Set.of()));
    Set<String> prefixes = prefixes();
    assertTrue(prefixes.size() > 5_000, "prefixes: " + prefixes.size());
    System.out.println("prefixes " + prefixes.size() + ", items " + items.size());
    int withTypos = 0;
    for (String prefix : prefixes) {
      for (int size : new int[] {1, 10}) {
        List<SuggestResponse.Suggestion> expected = scan(prefix, size);
        assertEquals(expected, suggester.suggest(prefix, size), () -> "prefix '" + prefix + "', size " + size);
      }
      withTypos += scan(prefix, 10).isEmpty() ? 0 : 1;
    }
    assertTrue(withTypos > 1_000, "prefixes with suggestions: " + withTypos);
  }

  @Test
  void aTypoInTheFirstLetterIsFound() {
    Suggester suggester = Suggester.of(new SuggestionList(items, Set.of()));
    List<String> texts = suggester.suggest("rbola", 10).stream().map(SuggestResponse.Suggestion::text).toList();
    assertTrue(texts.contains("ebola") && texts.contains("Ébola virus"), texts.toString());
    texts = suggester.suggest("hhospitalis", 10).stream().map(SuggestResponse.Suggestion::text).toList();
    assertTrue(texts.contains("hospitalisation"), texts.toString());
  }
}

package org.medsearch.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.config.GlossaryFile;
import org.medsearch.config.IndexConfig;

/**
 * English ↔ Chinese terms, read from two-column TSV files ({@code english<TAB>chinese}, '#'
 * starts a comment). Applied to queries, not documents: a query naming a term also searches its
 * translation, so adding terms needs no re-index.
 */
public final class Glossary {
  private static final Glossary EMPTY = new Glossary(Map.of(), Map.of());

  private final Map<String, Set<String>> chineseByEnglish;
  private final Map<String, Set<String>> englishByChinese;
  private final Pattern englishTerms;
  private final List<String> chineseTerms;

  private Glossary(Map<String, Set<String>> chineseByEnglish, Map<String, Set<String>> englishByChinese) {
    this.chineseByEnglish = chineseByEnglish;
    this.englishByChinese = englishByChinese;
    List<String> english = new ArrayList<>(chineseByEnglish.keySet());
    english.sort(Comparator.comparingInt(String::length).reversed());
    this.englishTerms =
        english.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", english.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> chinese = new ArrayList<>(englishByChinese.keySet());
    chinese.sort(Comparator.comparingInt(String::length).reversed());
    this.chineseTerms = List.copyOf(chinese);
  }

  public static Glossary empty() {
    return EMPTY;
  }

  /** The configured glossary ({@code search.glossary} with its files) plus {@code extra} files. */
  public static Glossary load(IndexConfig config, List<Path> extra) throws IOException {
    List<IndexConfig.GlossaryPair> pairs = new ArrayList<>(config.search().glossary());
    for (Path file : extra) {
      pairs.addAll(GlossaryFile.read(file));
    }
    return of(pairs);
  }

  public static Glossary of(List<IndexConfig.GlossaryPair> pairs) {
    Map<String, Set<String>> chineseByEnglish = new LinkedHashMap<>();
    Map<String, Set<String>> englishByChinese = new LinkedHashMap<>();
    for (IndexConfig.GlossaryPair pair : pairs) {
      String english = pair.english().strip().toLowerCase(Locale.ROOT);
      String chinese = CharacterFolding.fold(pair.chinese().strip());
      chineseByEnglish.computeIfAbsent(english, k -> new LinkedHashSet<>()).add(chinese);
      englishByChinese.computeIfAbsent(chinese, k -> new LinkedHashSet<>()).add(english);
    }
    return new Glossary(chineseByEnglish, englishByChinese);
  }

  /** Number of distinct term pairs. */
  public int size() {
    return chineseByEnglish.values().stream().mapToInt(Set::size).sum();
  }

  /** The terms a query names, in either language. */
  public record Translation(String term, List<String> translations, boolean toChinese) {}

  /** Every glossary term found in {@code query} with its translations; longest terms win overlaps. */
  public List<Translation> translate(String query) {
    List<Translation> found = new ArrayList<>();
    if (englishTerms != null) {
      Matcher m = englishTerms.matcher(query);
      while (m.find()) {
        String term = m.group().toLowerCase(Locale.ROOT);
        found.add(new Translation(term, List.copyOf(chineseByEnglish.get(term)), true));
      }
    }
    StringBuilder chinese = new StringBuilder(CharacterFolding.fold(query));
    for (String term : chineseTerms) {
      int at = chinese.indexOf(term);
      if (at >= 0) {
        found.add(new Translation(term, List.copyOf(englishByChinese.get(term)), false));
        // Blank out the match so a shorter term inside it is not found again.
        for (int i = at; i < at + term.length(); i++) {
          chinese.setCharAt(i, ' ');
        }
      }
    }
    return found;
  }
}

package org.medsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The fixed, mixed query log every search measurement replays: real queries from the evaluation
 * topics — the English LiveQA questions (clean and as typed) and the Chinese Quark queries — half of
 * each language, in a seeded order. English has 102 distinct questions, so they repeat in a long log.
 */
public final class QueryLog {
  static final List<String> ENGLISH_TOPICS = List.of("en-medquad/topics.dev.tsv", "en-medquad/topics-consumer.dev.tsv");
  static final String CHINESE_TOPICS = "zh-kuake-qtr/topics.train.tsv";
  /** Longest query kept: the server refuses queries over its max_query_chars, and a search box sees short ones. */
  static final int MAX_CHARS = 200;

  private QueryLog() {}

  /** {@code size} queries, half English and half Chinese, in an order fixed by {@code seed}. */
  public static List<Query> build(Path evalDir, int size, long seed) throws IOException {
    List<String> english = new ArrayList<>();
    for (String file : ENGLISH_TOPICS) {
      english.addAll(topics(evalDir.resolve(file)));
    }
    return mix(english, topics(evalDir.resolve(CHINESE_TOPICS)), size, seed);
  }

  static List<Query> mix(List<String> english, List<String> chinese, int size, long seed) {
    Random random = new Random(seed);
    List<String> en = new ArrayList<>(english);
    List<String> zh = new ArrayList<>(chinese);
    Collections.shuffle(en, random);
    Collections.shuffle(zh, random);
    List<Query> log = new ArrayList<>(size);
    int e = 0;
    int z = 0;
    for (int i = 0; i < size; i++) {
      if (i % 2 == 0) {
        log.add(new Query(en.get(e++ % en.size()), Language.EN));
      } else {
        log.add(new Query(zh.get(z++ % zh.size()), Language.ZH));
      }
    }
    return log;
  }

  /**
   * What a person typing each query sends to the suggester: English prefixes of 2, 4, 6 and 8
   * characters, Chinese of 1, 2, 3 and 4 (each shorter than the query), in log order, each once.
   */
  public static List<String> typeAheadPrefixes(List<Query> log) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (Query q : log) {
      int[] lengths = q.language() == Language.EN ? new int[] {2, 4, 6, 8} : new int[] {1, 2, 3, 4};
      for (int n : lengths) {
        if (n < q.text().length()) {
          prefixes.add(q.text().substring(0, n));
        }
      }
    }
    return List.copyOf(prefixes);
  }

  /** The query texts of a {@code qid<TAB>query} file, quotes around a query removed. */
  static List<String> topics(Path file) throws IOException {
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String text = line.substring(tab + 1).strip().replaceAll("^\"|\"$", "").strip();
      if (!text.isEmpty() && text.length() <= MAX_CHARS) {
        queries.add(text);
      }
    }
    return queries;
  }
}

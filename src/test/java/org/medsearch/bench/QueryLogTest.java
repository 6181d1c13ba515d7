package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLogTest {
  private static final List<String> EN = List.of("stem cell", "what is asthma", "flu vaccine");
  private static final List<String> ZH = List.of("高血压", "孕妇出血是什么原因", "感冒", "胃痛");

  @Test
  void alternatesLanguagesAndRepeatsTheShorterList() {
    List<Query> log = QueryLog.mix(EN, ZH, 10, 1);
    assertEquals(10, log.size());
    for (int i = 0; i < log.size(); i++) {
      assertEquals(i % 2 == 0 ? Language.EN : Language.ZH, log.get(i).language());
    }
    assertEquals(log.get(0), log.get(6));
  }

  @Test
  void theSeedFixesTheOrder() {
    List<String> en = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "query " + i).toList();
    List<String> zh = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "查询" + i).toList();
    assertEquals(QueryLog.mix(en, zh, 20, 7), QueryLog.mix(en, zh, 20, 7));
    assertNotEquals(QueryLog.mix(en, zh, 20, 7), QueryLog.mix(en, zh, 20, 8));
  }

  @Test
  void typeAheadPrefixesAreShorterThanTheQueryAndEachOnce() {
    List<Query> log = List.of(new Query("asthma", Language.EN), new Query("高血压", Language.ZH), new Query("asthma", Language.EN));
    assertEquals(List.of("as", "asth", "高", "高血"), QueryLog.typeAheadPrefixes(log));
  }

  @Test
  void topicsLoseTheirQuotesAndOverlongQueries(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("topics.tsv");
    Files.writeString(file, "QT1\t\"20了胸还是小\"\nQT2\t" + "x".repeat(QueryLog.MAX_CHARS + 1) + "\nno tab\n3\tflu\n");
    assertEquals(List.of("20了胸还是小", "flu"), QueryLog.topics(file));
  }
}

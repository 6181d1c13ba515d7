package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
  /** Small pools of numbered sentences: every text differs, and so does every recombination. */
  private static final SourcePools POOLS =
      new SourcePools(
          pool(20, i -> new SourceText("Question " + i + "?", "Answer " + i + " begins. It goes on. It ends " + i + ".", "MedQuAD GARD", Language.EN)),
          pool(20, i -> new SourceText("标题" + i, "问题" + i + "。还有" + i + "？\n回答" + i + "。结束" + i + "。", "心血管科", Language.ZH)),
          pool(20, i -> new SourceText("网页标题" + i, "", "KUAKE-QTR", Language.ZH)));

  private static List<SourceText> pool(int size, java.util.function.IntFunction<SourceText> text) {
    return java.util.stream.IntStream.range(0, size).mapToObj(text).toList();
  }

  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path dir) throws Exception {
    CorpusStats a = new CorpusBuilder(POOLS).build(40, 7, 15, dir.resolve("a"));
    CorpusStats b = new CorpusBuilder(POOLS).build(40, 7, 15, dir.resolve("b"));
    assertEquals(a, b);
    assertEquals(3, a.shards());
    for (Path shard : CorpusFiles.shards(dir.resolve("a"))) {
      assertArrayEquals(Files.readAllBytes(shard), Files.readAllBytes(dir.resolve("b").resolve(shard.getFileName())));
    }
    assertEquals(a, CorpusStats.read(dir.resolve("a")));
  }

  @Test
  void recombinedDocumentsAreDistinctAndFromTheirOwnLanguage(@TempDir Path dir) throws Exception {
    // About ten rounds of every pool: the originals, then each paired with one, two … places later.
    CorpusStats stats = new CorpusBuilder(POOLS).build(600, 1, 100, dir);
    List<CorpusFiles.Doc> docs = new ArrayList<>();
    CorpusFiles.read(dir, doc -> docs.add(doc));
    assertEquals(600, docs.size());
    Set<String> texts = new HashSet<>();
    for (CorpusFiles.Doc doc : docs) {
      assertTrue(texts.add(doc.title() + "|" + doc.body()), "repeated: " + doc.title() + " " + doc.body());
      assertEquals(doc.source().startsWith("MedQuAD") ? "en" : "zh", doc.language());
    }
    assertEquals(600, stats.docs());
    assertEquals(stats.docs(), stats.english() + stats.chinese());
  }

  @Test
  void theMixFollowsTheShares(@TempDir Path dir) throws Exception {
    CorpusStats stats = new CorpusBuilder(POOLS).build(600, 3, 1000, dir);
    assertEquals(CorpusBuilder.MEDQUAD_SHARE, stats.english() / 600.0, 0.06);
    assertEquals(CorpusBuilder.DIALOGUE_SHARE, stats.dialogue() / 600.0, 0.06);
    assertTrue(stats.line().startsWith("corpus: 600 docs"), stats.line());
  }

  @Test
  void spliceKeepsTheFirstHalfOfOneAndTheSecondHalfOfTheOther() {
    assertEquals("One. Two. Six.", CorpusBuilder.splice("One. Two. Three.", "Four. Five. Six."));
    assertEquals("One. Four.", CorpusBuilder.splice("One.", "Four."));
    assertEquals("我有高血压。可以吃吗？按时吃药。", CorpusBuilder.splice("我有高血压。可以吃吗？好的。", "胃痛。按时吃药。"));
  }

  @Test
  void readsTheRealPoolsWhenPresent() throws Exception {
    Path eval = Path.of("..", "shared", "eval");
    assumeTrue(Files.isDirectory(eval), "skipped: " + eval.toAbsolutePath().normalize() + " is absent (the benchmark's data live in ../shared/eval)");
    SourcePools pools = SourcePools.load(eval);
    assertEquals(17_908, pools.medquad().size());
    assertTrue(pools.dialogue().size() > 7_000, "dialogue rows: " + pools.dialogue().size());
    assertTrue(pools.kuake().size() > 30_000, "kuake titles: " + pools.kuake().size());
    assertFalse(pools.kuake().stream().anyMatch(t -> t.title().chars().anyMatch(Character::isISOControl)));
  }
}

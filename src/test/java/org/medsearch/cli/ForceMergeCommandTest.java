package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Main;
import org.medsearch.TestData;
import org.medsearch.index.Indexer;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/** force-merge leaves one segment that answers as the many did, and keeps the commit's data. */
class ForceMergeCommandTest {
  @TempDir Path tmp;

  private static List<String> answers(Path index) {
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      return List.of("医院", "stem cell", "红十字会", "vaccination").stream()
          .map(q -> {
            var r = service.search(SearchRequest.of(q, 20));
            return q + " " + r.total() + " " + r.hits().stream().map(h -> h.id() + ":" + h.score()).toList()
                + " " + service.suggest(q.substring(0, 1), 5).suggestions();
          })
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void manySegmentsBecomeOneThatAnswersTheSame() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Path index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "红十字会\n北京红十字会组织了疫苗接种 vaccination 活动。");
    assertEquals(Main.OK, CliTest.run("index", "--input", docs.toString(), "--index", index.toString()).code());
    Files.writeString(docs.resolve("b.txt"), "Stem cell centre\nThe hospital opened a stem cell centre.");
    assertEquals(Main.OK, CliTest.run("index", "--input", docs.toString(), "--index", index.toString()).code());
    Files.writeString(docs.resolve("c.txt"), "医院简介\n医院设有干细胞治疗中心。");
    assertEquals(Main.OK, CliTest.run("index", "--input", docs.toString(), "--index", index.toString()).code());
    java.util.Map<String, String> dataBefore;
    try (Directory dir = FSDirectory.open(index)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      assertTrue(infos.size() >= 3, "segments before: " + infos.size());
      dataBefore = infos.getUserData();
    }
    List<String> before = answers(index);

    CliTest.Run merged = CliTest.run("force-merge", "--index", index.toString());
    assertEquals(Main.OK, merged.code(), merged.err());
    assertTrue(merged.out().startsWith("force-merged " + index + ": 3 segment(s) -> at most 1"), merged.out());

    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(1, reader.leaves().size());
      assertEquals(dataBefore, reader.getIndexCommit().getUserData());
    }
    assertEquals(before, answers(index));
  }

  @Test
  void badInputIsACleanError() {
    CliTest.Run zero = CliTest.run("force-merge", "--index", tmp.toString(), "--max-segments", "0");
    assertEquals(Main.USAGE, zero.code());
    assertTrue(zero.err().contains("--max-segments must be at least 1, got 0"), zero.err());
    Path missing = tmp.resolve("none");
    CliTest.Run none = CliTest.run("force-merge", "--index", missing.toString());
    assertEquals(Main.FAILED, none.code());
    assertEquals("error: " + missing + ": no index here (build one with the index command)", none.err().strip());
  }

  @Test
  void theIndexerRefusesZeroSegments() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Indexer.forceMerge(tmp, 0));
  }
}

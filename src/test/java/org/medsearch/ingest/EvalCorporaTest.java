package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/** The public evaluation corpora (JSON Lines) read with the shipped mapping. */
class EvalCorporaTest {
  private static final Path EVAL = Path.of("..", "shared", "eval");
  private static final int LINES = 200;

  private final Ingestor ingestor = new Ingestor(TestData.config());

  @TempDir Path dir;

  /** The first {@link #LINES} lines of a corpus, copied into the temporary folder. */
  private SourceFile head(String corpus) throws IOException {
    Path source = EVAL.resolve(corpus).resolve("corpus.jsonl");
    assumeTrue(Files.isRegularFile(source), "skipped: " + source.toAbsolutePath().normalize() + " is absent (the evaluation corpora live in ../shared/eval)");
    Path copy = Files.createDirectories(dir.resolve("input")).resolve(corpus + ".jsonl");
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      Files.writeString(copy, in.lines().limit(LINES).collect(Collectors.joining("\n")));
    }
    return new SourceFile(copy.getFileName().toString(), copy);
  }

  @Test
  void bothCorporaIndexAndAreFound() throws Exception {
    head("en-medquad");
    head("zh-kuake-qtr");
    Path index = TestData.index(dir.resolve("input"), dir.resolve("index"));
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      assertTrue(service.status().documents() >= 2 * (LINES - 5), service.status().toString());
      assertEquals("en-medquad.jsonl#ADAM_0000011_Sec1.txt", service.search(SearchRequest.of("abdominal CT scan", 1)).hits().getFirst().id());
      assertEquals("zh-kuake-qtr.jsonl#T00001", service.search(SearchRequest.of("孕妇出血", 1)).hits().getFirst().id());
    }
  }

  @Test
  void medquadAnswersIndexWithTheirQuestionAsTitle() throws Exception {
    IngestedFile file = ingestor.ingest(head("en-medquad"));
    assertEquals(LINES, file.documents().size() + file.skippedRecords().size());
    assertTrue(file.documents().size() >= LINES - 5, file.skippedRecords().toString());
    SourceDocument first = file.page();
    assertEquals("en-medquad.jsonl#ADAM_0000011_Sec1.txt", first.id());
    assertTrue(first.title().startsWith("Do you have information about Abdominal CT scan"), first.title());
    assertTrue(first.body().contains("An abdominal CT scan is an imaging method"), first.body());
    assertEquals(Language.EN, first.language());
  }

  @Test
  void kuakeTitlesWithoutTextIndexByTheirTitle() throws Exception {
    IngestedFile file = ingestor.ingest(head("zh-kuake-qtr"));
    assertEquals(LINES, file.documents().size() + file.skippedRecords().size());
    assertTrue(file.documents().size() >= LINES - 5, file.skippedRecords().toString());
    SourceDocument doc = file.documents().stream().filter(d -> d.id().endsWith("#T00001")).findFirst().orElseThrow();
    assertTrue(doc.title().contains("孕妇出血是什么原因"), doc.title());
    assertEquals(Language.ZH, doc.language());
    assertTrue(file.skippedRecords().stream().anyMatch(s -> s.contains("line 1: no 'text' or 'title'")), file.skippedRecords().toString());
  }
}

package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig.JsonLinesConfig;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader(new JsonLinesConfig("id", "title", "text", "date", "source"));

  @TempDir Path dir;

  private DocumentReader.Read read(String jsonl) throws IngestException {
    return reader.readAll("news.jsonl", jsonl.getBytes(UTF_8));
  }

  @Test
  void eachLineIsADocumentKeyedByItsId() throws IngestException {
    DocumentReader.Read read =
        read("""
            {"id": "n1", "title": "Clinic opens", "text": "The clinic opens on Monday.", "date": "2024-05-02", "source": "City News"}
            {"id": 2, "text": "Flu shots are free."}
            """);
    assertEquals(
        List.of(
            new RawDocument("n1", "The clinic opens on Monday.", Map.of("title", "Clinic opens", "date", "2024-05-02", "source", "City News")),
            new RawDocument("2", "Flu shots are free.", Map.of())),
        read.documents());
    assertEquals(List.of(), read.skipped());
  }

  @Test
  void fieldNamesComeFromTheMapping() throws IngestException {
    JsonLinesReader mapped = new JsonLinesReader(new JsonLinesConfig("uid", "headline", "body", "published", "outlet"));
    RawDocument doc =
        mapped.read("m.jsonl", "{\"uid\": \"a7\", \"headline\": \"Clinic opens\", \"body\": \"On Monday.\", \"published\": \"2024-05-02\", \"outlet\": \"City News\", \"text\": \"ignored\"}".getBytes(UTF_8)).getFirst();
    assertEquals(new RawDocument("a7", "On Monday.", Map.of("title", "Clinic opens", "date", "2024-05-02", "source", "City News")), doc);
  }

  @Test
  void malformedLineIsSkippedAndTheOthersKept() throws IngestException {
    DocumentReader.Read read = read("{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"b\", \"text\": \"broken\n{\"id\": \"c\", \"text\": \"Third.\"}\n");
    assertEquals(List.of("a", "c"), read.documents().stream().map(RawDocument::key).toList());
    assertEquals(List.of("news.jsonl line 2: not valid JSON"), read.skipped());
  }

  @Test
  void recordWithoutTextIsReadFromItsTitle() throws IngestException {
    RawDocument doc = read("{\"id\": \"T1\", \"title\": \"孕妇出血是什么原因？\"}").documents().getFirst();
    assertEquals(new RawDocument("T1", "孕妇出血是什么原因？", Map.of("title", "孕妇出血是什么原因？")), doc);
  }

  @Test
  void recordWithNeitherTextNorTitleIsSkipped() throws IngestException {
    DocumentReader.Read read = read("{\"id\": \"T0\", \"title\": \"\"}\n{\"id\": \"T1\", \"title\": \"头痛\"}");
    assertEquals(List.of("T1"), read.documents().stream().map(RawDocument::key).toList());
    assertEquals(List.of("news.jsonl line 1: no 'text' or 'title' field"), read.skipped());
  }

  @Test
  void lineThatIsNotAnObjectOrRepeatsAnIdIsSkipped() throws IngestException {
    DocumentReader.Read read = read("[1, 2]\n{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": \"Again.\"}");
    assertEquals(List.of("news.jsonl line 1: not a JSON object", "news.jsonl line 3: repeats the id a"), read.skipped());
  }

  @Test
  void recordWithoutAnIdIsKeyedByItsLineNumber() throws IngestException {
    assertEquals("2", read("\n{\"text\": \"No id here.\"}").documents().getFirst().key());
  }

  @Test
  void fileWithNoReadableLineIsCorrupt() {
    IngestException e = assertThrows(IngestException.class, () -> read("not json\nnor this"));
    assertEquals(IngestException.Reason.CORRUPT, e.reason());
    assertEquals("news.jsonl: damaged or not what its name says (2 lines skipped, first: news.jsonl line 1: not valid JSON)", e.getMessage());
  }

  @Test
  void ingestedRecordsAreDocumentsWithTheStatedMetadata() throws Exception {
    String jsonl =
        """
        {"id": "n1", "title": "Clinic opens", "text": "The clinic opens on Monday.", "date": "2024-05-02", "source": "City News"}
        {"id": "n2", "text": "broken
        {"id": "n3", "title": "Flu shots", "text": "Flu shots are free."}
        """;
    IngestedFile file = new Ingestor(TestData.config()).ingest(Documents.write(dir, "news.jsonl", jsonl.getBytes(UTF_8)));
    assertEquals(List.of("news.jsonl#n1", "news.jsonl#n3"), file.documents().stream().map(SourceDocument::id).toList());
    SourceDocument first = file.documents().getFirst();
    assertEquals("Clinic opens", first.title());
    assertEquals(LocalDate.of(2024, 5, 2), first.date());
    assertEquals("City News", first.source());
    assertEquals("news.jsonl", first.file());
    assertEquals(List.of("news.jsonl line 2: not valid JSON"), file.skippedRecords());
  }

  @Test
  void linesEndAtLineFeedsWithOrWithoutACarriageReturn() {
    assertEquals(List.of("a", "b", "", "c\rd", ""), JsonLinesReader.lines("a\r\nb\n\nc\rd\n"));
    assertEquals(List.of("only"), JsonLinesReader.lines("only"));
  }
}

package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** A page listing several dated news items yields one document per item besides the page. */
class ArticleSplitterTest {
  @TempDir Path tmp;
  private final Ingestor ingestor = new Ingestor(TestData.config());

  private IngestedFile ingest(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, text);
    return ingestor.ingest(new SourceFile(name, file));
  }

  @Test
  void seedCooperationSectionYieldsFourDatedArticles() throws Exception {
    Path seed = TestData.seed("000");
    IngestedFile page = ingestor.ingest(new SourceFile(seed.getFileName().toString(), seed));
    assertEquals(5, page.documents().size());
    SourceDocument talks = page.documents().get(2);
    assertEquals("China Red Cross Emergency General Hospital & ICRC Hold Talks to Deepen Humanitarian Cooperation", talks.title());
    assertEquals(LocalDate.of(2025, 6, 23), talks.date());
    assertEquals(page.page().id(), talks.parentId());
    assertEquals(page.page().id() + "#article-2", talks.id());
    assertTrue(talks.body().startsWith("On the afternoon of June 19, Liu Xiaochuan"), talks.body());
    assertEquals(
        List.of(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 6, 23), LocalDate.of(2025, 5, 15), LocalDate.of(2025, 4, 18)),
        page.documents().subList(1, 5).stream().map(SourceDocument::date).toList());
    assertNull(page.page().parentId());
    assertEquals("应急总医院", page.page().source(), "an About Us page is published by the hospital it introduces");
    assertEquals("应急总医院", talks.source(), "its articles are published by the same hospital");
    assertTrue(page.page().body().contains("ICRC"), "the page keeps its whole text");
  }

  @Test
  void datesUnderTheTitlesAreSplitToo() throws Exception {
    IngestedFile page =
        ingest(
            "list.txt",
            """
            News
            Clinic opens new wing
            2024-03-01
            The clinic opened a new outpatient wing with twelve rooms.
            Vaccination day draws crowds
            2024-02-10
            More than 300 residents were vaccinated on Saturday.
            """);
    assertEquals(3, page.documents().size());
    assertEquals("Vaccination day draws crowds", page.documents().get(2).title());
    assertEquals(LocalDate.of(2024, 2, 10), page.documents().get(2).date());
    assertEquals("More than 300 residents were vaccinated on Saturday.", page.documents().get(2).body());
  }

  @Test
  void aSingleDatedItemIsNotSplit() throws Exception {
    IngestedFile page =
        ingest("one.txt", "Clinic opens new wing\nThe clinic opened a new outpatient wing.\n2024-03-01\nMore text follows.\n");
    assertEquals(1, page.documents().size());
  }

  @Test
  void bundledNewsListPageIsSplitIntoItsThreeItems() throws Exception {
    Path file = FolderSourceFixtures.sampleFile("11-emergency-rescue-centre-news-list-en.txt");
    IngestedFile page = ingestor.ingest(new SourceFile(file.getFileName().toString(), file));
    assertEquals(4, page.documents().size());
    assertEquals(
        List.of(LocalDate.of(2024, 11, 28), LocalDate.of(2024, 10, 15), LocalDate.of(2024, 9, 3)),
        page.documents().subList(1, 4).stream().map(SourceDocument::date).toList());
  }

  /** The bundled sample corpus, as files. */
  static final class FolderSourceFixtures {
    static Path sampleFile(String name) {
      return FolderSource.sampleCorpus().resolve(name);
    }
  }
}

package org.medsearch.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.config.GlossaryFile;

class GlossaryTest {
  private static Glossary of(String tsv) throws Exception {
    return Glossary.of(GlossaryFile.read(new ByteArrayInputStream(tsv.getBytes(UTF_8)), "test.tsv"));
  }

  @Test
  void englishTermsMatchWholeWordsIgnoringCase() throws Exception {
    Glossary glossary = of("stem cell\t干细胞\nred cross\t红十字会\n");
    assertEquals(
        List.of(new Glossary.Translation("stem cell", List.of("干细胞"), true)), glossary.translate("Stem Cell therapy"));
    assertTrue(glossary.translate("stemcells").isEmpty());
  }

  @Test
  void chineseTermsMatchInsideTextAndTheLongestWins() throws Exception {
    Glossary glossary = of("stem cell\t干细胞\nhematopoietic stem cell\t造血干细胞\n");
    assertEquals(
        List.of(new Glossary.Translation("造血干细胞", List.of("hematopoietic stem cell"), false)),
        glossary.translate("北京造血干细胞捐献"));
  }

  @Test
  void traditionalChineseQueriesMatchSimplifiedEntries() throws Exception {
    Glossary glossary = of("hospital\t医院\n");
    assertEquals("hospital", glossary.translate("港灣聯合醫院").getFirst().translations().getFirst());
  }

  @Test
  void oneTermMayHaveSeveralTranslations() throws Exception {
    Glossary glossary = of("surgery\t外科\nsurgery\t手术\n");
    assertEquals(List.of("外科", "手术"), glossary.translate("surgery").getFirst().translations());
    assertEquals(2, glossary.size());
  }

  @Test
  void commentsAndBlankLinesAreIgnored() throws Exception {
    assertEquals(1, of("# departments\n\nicu\t重症监护室\n").size());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("icu\t重症监护室\nno tab here\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:2: expected 'english<TAB>chinese'"), e.getMessage());
  }

  @Test
  void shippedGlossaryLoadsThroughTheConfig() throws Exception {
    Glossary shipped = Glossary.load(TestData.config(), List.of());
    assertTrue(shipped.size() > 150, "starter glossary has " + shipped.size() + " pairs");
    assertEquals(List.of("红十字会", "红十字"), shipped.translate("Red Cross volunteers").getFirst().translations());
  }
}

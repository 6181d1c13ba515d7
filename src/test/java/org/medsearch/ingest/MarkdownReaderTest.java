package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  private String read(String markdown) throws IngestException {
    return reader.read("doc.md", markdown.getBytes(UTF_8)).getFirst().text();
  }

  @Test
  void headingsLoseTheirHashes() throws IngestException {
    assertEquals("南湖区启动适龄女生HPV疫苗免费接种工作\n接种程序", read("# 南湖区启动适龄女生HPV疫苗免费接种工作\n\n## 接种程序\n").strip());
  }

  @Test
  void emphasisLosesItsMarkup() throws IngestException {
    assertEquals("Huaxin University Affiliated Hospital", read("**Huaxin University Affiliated Hospital**").strip());
  }

  @Test
  void tableBecomesRowsOfCellText() throws IngestException {
    String text = read("| 片区 | 接种单位 |\n| --- | --- |\n| 东片 | 湖东社区卫生服务中心 |\n");
    assertFalse(text.contains("---"), text);
    assertTrue(text.matches("(?s).*片区\\|? *接种单位.*"), text);
    assertTrue(text.matches("(?s).*东片\\|? *湖东社区卫生服务中心.*"), text);
  }

  @Test
  void linkKeepsItsText() throws IngestException {
    assertTrue(read("See [the guide](https://example.org/guide).").contains("the guide"));
  }

  @Test
  void linkBecomesOnlyItsText() throws IngestException {
    assertEquals("See the guide.", read("See [the guide](https://example.org/guide).").strip());
  }

  @Test
  void listItemsLoseTheirBullets() throws IngestException {
    assertEquals("item one\nitem two", read("- item one\n- item two\n").strip());
  }

  @Test
  void invalidUtf8IsUndecodable() {
    byte[] gbk = "# 北京医院".getBytes(java.nio.charset.Charset.forName("GBK"));
    assertEquals(
        IngestException.Reason.UNDECODABLE, assertThrows(IngestException.class, () -> reader.read("gbk.md", gbk)).reason());
  }
}

package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    String csv = "department,title\r\n心血管科,\"a, \"\"b\"\"\nc\"\nx,y";
    assertEquals(List.of(List.of("department", "title"), List.of("心血管科", "a, \"b\"\nc"), List.of("x", "y")), Csv.parse(csv));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() {
    assertEquals(List.of(List.of("他说\"好\"的", "x")), Csv.parse("他说\"好\"的,x\n"));
  }
}

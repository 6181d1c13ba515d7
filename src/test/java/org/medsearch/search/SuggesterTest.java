package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matching rules of suggestions, on literal strings. */
class SuggesterTest {
  @Test
  void initialsTakeTheFirstPinyinLetterOfEachHanCharacter() {
    assertEquals("bjjhgjhyy", Suggester.initials("北京嘉会国际化医院"));
  }

  @Test
  void initialsKeepLatinLettersAndDropPunctuation() {
    assertEquals("bjicu", Suggester.initials("北京 icu!"));
  }

  @Test
  void textWithoutHanHasNoInitials() {
    assertNull(Suggester.initials("vaccination"));
  }

  @Test
  void oneLetterMissingFromTheTypedPrefixMatches() {
    assertTrue(Suggester.oneEditPrefix("vaccination", 0, "vacination"));
  }

  @Test
  void oneExtraLetterInTheTypedPrefixMatches() {
    assertTrue(Suggester.oneEditPrefix("vaccination", 0, "vaccinnat"));
  }

  @Test
  void oneWrongLetterInTheTypedPrefixMatches() {
    assertTrue(Suggester.oneEditPrefix("vaccination", 0, "vaccinetion"));
  }

  @Test
  void twoTyposDoNotMatch() {
    assertFalse(Suggester.oneEditPrefix("vaccination", 0, "vacinatoin"));
  }
}

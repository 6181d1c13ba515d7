package org.medsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {

  // ---- find: a date anywhere in a text ------------------------------------------------------

  @Test
  void isoDateWithTimeOfDay() {
    assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), DateParser.find("2023-12-18 20:00:08"));
  }

  @Test
  void labelledUsDate() {
    assertEquals(Optional.of(LocalDate.of(2024, 7, 19)), DateParser.find("Date:07/19/2024"));
  }

  @Test
  void plainIsoDate() {
    assertEquals(Optional.of(LocalDate.of(2025, 12, 15)), DateParser.find("2025-12-15"));
  }

  @Test
  void isoDateWithSlashesAndDots() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), DateParser.find("2024/03/05"));
    assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), DateParser.find("2023.12.18"));
  }

  @Test
  void chineseDate() {
    assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), DateParser.find("2023年12月18日"));
  }

  @Test
  void chineseDateWithHaoAndSpaces() {
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), DateParser.find("2024 年 6 月 1 号"));
  }

  @Test
  void monthDayYear() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), DateParser.find("March 8, 2024"));
  }

  @Test
  void abbreviatedMonthWithDot() {
    assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), DateParser.find("Sept. 3, 2024"));
  }

  @Test
  void dayMonthYear() {
    assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), DateParser.find("30 April 2024"));
  }

  @Test
  void ordinalDay() {
    assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), DateParser.find("July 1st, 2024"));
  }

  @Test
  void dateInsideASentence() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 7, 19)),
        DateParser.find("The conference was held in Beijing on July 19, 2024."));
  }

  @Test
  void impossibleMonthAndDayGiveNoDate() {
    assertEquals(Optional.empty(), DateParser.find("2023-13-45"));
  }

  @Test
  void thirtiethOfFebruaryGivesNoDate() {
    assertEquals(Optional.empty(), DateParser.find("2023/02/30"));
  }

  @Test
  void yearOutsideTheSupportedRangeGivesNoDate() {
    assertEquals(Optional.empty(), DateParser.find("1850-01-01"));
  }

  @Test
  void aBareYearIsNoDate() {
    assertEquals(Optional.empty(), DateParser.find("It opened in 1958 as a twenty-bed clinic."));
  }

  @Test
  void phoneNumberIsNoDate() {
    assertEquals(Optional.empty(), DateParser.find("Tel: 2024-1234-5678"));
  }

  @Test
  void firstDateInTheTextWins() {
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), DateParser.find("Posted 2024-01-05, updated 2024年2月1日"));
  }

  // ---- parseDateLine: a line that is a date and nothing else ---------------------------------

  @Test
  void dateLineWithTimeOfDay() {
    assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), DateParser.parseDateLine("2023-12-18 20:00:08"));
  }

  @Test
  void labelledDateLine() {
    assertEquals(Optional.of(LocalDate.of(2024, 7, 19)), DateParser.parseDateLine("Date:07/19/2024"));
  }

  @Test
  void chineseLabelledDateLineWithFullWidthColon() {
    assertEquals(Optional.of(LocalDate.of(2024, 9, 10)), DateParser.parseDateLine("发布时间：2024-09-10"));
  }

  @Test
  void bareIsoDateLine() {
    assertEquals(Optional.of(LocalDate.of(2025, 12, 15)), DateParser.parseDateLine("2025-12-15"));
  }

  @Test
  void chineseDateLine() {
    assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), DateParser.parseDateLine("2023年12月18日"));
  }

  @Test
  void englishDateLines() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), DateParser.parseDateLine("March 8, 2024"));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), DateParser.parseDateLine("30 April 2024"));
  }

  @Test
  void dateLineIsTrimmed() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), DateParser.parseDateLine("  2024-03-05 09:30  "));
  }

  @Test
  void invalidDateLineGivesNoDate() {
    assertEquals(Optional.empty(), DateParser.parseDateLine("2023-13-45"));
  }

  @Test
  void englishSentenceContainingADateIsNotADateLine() {
    assertEquals(
        Optional.empty(), DateParser.parseDateLine("The conference was held in Beijing on July 19, 2024."));
  }

  @Test
  void longChineseSentenceContainingADateIsNotADateLine() {
    assertEquals(
        Optional.empty(),
        DateParser.parseDateLine("2023年12月18日,北京嘉会国际化医院一期工程启动仪式在北京朝阳区中关村朝阳园北区举行。"));
  }

  @Test
  void shortChineseSentenceContainingADateIsNotADateLine() {
    assertEquals(Optional.empty(), DateParser.parseDateLine("会议于2024年3月4日召开。"));
  }

  @Test
  void headlineStartingWithAYearIsNotADateLine() {
    assertEquals(Optional.empty(), DateParser.parseDateLine("2024 Medtec创新展定档苏州"));
  }

  @Test
  void lineWithoutADateIsNotADateLine() {
    assertEquals(Optional.empty(), DateParser.parseDateLine("百姓健康网"));
  }
}

package org.medsearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates in the forms these sites print them, normalised to {@link LocalDate}:
 * "2023-12-18 20:00:08", "2025-12-15", "2024/03/05", "2023.12.18", "Date:07/19/2024",
 * "2023年12月18日", "March 8, 2024", "8 March 2024".
 */
public final class DateParser {
  private static final String MONTHS =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern US = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern CHINESE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  /** A line that is a date and nothing else, give or take a label and a time of day. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:date|published|posted|time|发布时间|发布日期|日期|时间)\\s*[:：]?\\s*)?(.{6,30}?)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$",
          Pattern.CASE_INSENSITIVE);

  /** What may stand beside a date on a date line: a time, a weekday, punctuation and spaces. */
  private static final Pattern NOT_PART_OF_A_DATE_LINE =
      Pattern.compile(
          "(?i)\\d{1,2}:\\d{2}(?::\\d{2})?|(?:星期|周|週)[一二三四五六日天]|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|[\\s\\p{P}]");

  private DateParser() {}

  /** The first date found anywhere in {@code text}. */
  public static Optional<LocalDate> find(String text) {
    return firstMatch(text).map(Found::date);
  }

  /** The date when {@code line} is a date line (a date, perhaps labelled, with a time or weekday). */
  public static Optional<LocalDate> parseDateLine(String line) {
    Matcher m = DATE_LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String candidate = m.group(1).strip();
    Optional<Found> found = firstMatch(candidate);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // Nothing but the date may be on the line: no words of a sentence around it.
    String rest = candidate.substring(0, found.get().start()) + " " + candidate.substring(found.get().end());
    return NOT_PART_OF_A_DATE_LINE.matcher(rest).replaceAll("").isEmpty() ? found.map(Found::date) : Optional.empty();
  }

  /** A date and where it stands in the text. */
  private record Found(LocalDate date, int start, int end) {}

  /** The valid date that starts first in {@code text}, whichever form it is written in. */
  private static Optional<Found> firstMatch(String text) {
    Found best = null;
    for (Pattern pattern : List.of(CHINESE, ISO, US, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        Optional<LocalDate> date = toDate(pattern, m);
        if (date.isPresent()) {
          best = new Found(date.get(), m.start(), m.end());
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
    if (pattern == CHINESE || pattern == ISO) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if (pattern == US) {
      return date(m.group(3), m.group(1), m.group(2));
    }
    if (pattern == MONTH_DAY_YEAR) {
      return month(m.group(1)).flatMap(mo -> date(m.group(3), mo, m.group(2)));
    }
    return month(m.group(2)).flatMap(mo -> date(m.group(3), mo, m.group(1)));
  }

  private static Optional<String> month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
        return Optional.of(Integer.toString(month.getValue()));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

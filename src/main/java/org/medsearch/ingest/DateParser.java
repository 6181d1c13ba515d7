package org.medsearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
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

  private DateParser() {}

  /** The first date found anywhere in {@code text}. */
  public static Optional<LocalDate> find(String text) {
    Matcher chinese = CHINESE.matcher(text);
    if (chinese.find()) {
      return date(chinese.group(1), chinese.group(2), chinese.group(3));
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher us = US.matcher(text);
    if (us.find()) {
      return date(us.group(3), us.group(1), us.group(2));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      return month(mdy.group(1)).flatMap(mo -> date(mdy.group(3), mo, mdy.group(2)));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      return month(dmy.group(2)).flatMap(mo -> date(dmy.group(3), mo, dmy.group(1)));
    }
    return Optional.empty();
  }

  /** The date when {@code line} is a date line (a date, perhaps labelled, perhaps with a time). */
  public static Optional<LocalDate> parseDateLine(String line) {
    Matcher m = DATE_LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String candidate = m.group(1).strip();
    Optional<LocalDate> date = find(candidate);
    // The date must be the whole candidate, not a number inside a sentence.
    if (date.isEmpty() || candidate.chars().filter(Character::isLetter).count() > 12) {
      return Optional.empty();
    }
    return date;
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

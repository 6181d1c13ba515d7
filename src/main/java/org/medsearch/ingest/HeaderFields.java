package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.config.IndexConfig.MetadataConfig;

/**
 * Reads header lines made of "Label: value" pairs, such as "From:Beijing Municipal Health
 * Commission", "Date:07/19/2024" or "发布时间：2024-09-10　来源：南湖区卫生健康局".
 */
final class HeaderFields {
  /** What one header line said; either part may be null. */
  record Found(LocalDate date, String source) {}

  private enum Kind {
    DATE,
    SOURCE,
    IGNORED
  }

  private record Label(String text, Kind kind) {}

  private final List<Label> labels = new ArrayList<>();
  private final Pattern pair;

  HeaderFields(MetadataConfig config) {
    config.dateLabels().forEach(l -> labels.add(new Label(l, Kind.DATE)));
    config.sourceLabels().forEach(l -> labels.add(new Label(l, Kind.SOURCE)));
    config.ignoredLabels().forEach(l -> labels.add(new Label(l, Kind.IGNORED)));
    // Longest first, so "Date of issue" wins over "Date".
    labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
    String any = String.join("|", labels.stream().map(l -> Pattern.quote(l.text())).toList());
    this.pair =
        labels.isEmpty()
            ? Pattern.compile("(?!)")
            : Pattern.compile("(?i)\\G\\s*(" + any + ")\\s*[:：]\\s*(.*?)\\s*(?=(?:" + any + ")\\s*[:：]|$)");
  }

  /** The fields of {@code line}, or empty when the line is not made only of label pairs. */
  Optional<Found> parse(String line) {
    Matcher m = pair.matcher(line);
    int expected = 0;
    LocalDate date = null;
    String source = null;
    boolean any = false;
    // \G: each pair starts where the previous one ended, so a line that does not begin with a label
    // is refused at its first character instead of being searched for labels further on.
    while (m.find()) {
      expected = m.end();
      String value = m.group(2).strip();
      switch (kindOf(m.group(1))) {
        case DATE -> {
          Optional<LocalDate> parsed = DateParser.find(value);
          if (parsed.isEmpty()) {
            return Optional.empty();
          }
          date = date == null ? parsed.get() : date;
        }
        case SOURCE -> source = source == null && !value.isEmpty() ? value : source;
        case IGNORED -> {}
      }
      any = true;
    }
    if (!any || !line.substring(expected).isBlank() || (date == null && source == null)) {
      return Optional.empty();
    }
    return Optional.of(new Found(date, source));
  }

  private Kind kindOf(String label) {
    return labels.stream().filter(l -> l.text().equalsIgnoreCase(label)).findFirst().orElseThrow().kind();
  }
}

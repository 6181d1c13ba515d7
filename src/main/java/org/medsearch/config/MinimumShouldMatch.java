package org.medsearch.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of n optional clauses must match, in Elasticsearch's {@code minimum_should_match}
 * notation: "3", "-1", "75%", "-25%", or conditions such as "3<-1 6<60%" (up to 3 clauses all
 * must match; above 3, all but one; above 6, 60%). Percentages round down; the result is at
 * least 1 and at most n.
 */
public record MinimumShouldMatch(List<Condition> conditions) {
  private static final Pattern CONDITION = Pattern.compile("(\\d+)<(-?\\d+%?)");
  private static final Pattern SPEC = Pattern.compile("-?\\d+%?");

  /** Above {@code above} clauses, {@code spec} applies. */
  public record Condition(int above, String spec) {}

  public static MinimumShouldMatch parse(String text) {
    List<Condition> conditions = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty");
    }
    if (!trimmed.contains("<")) {
      requireSpec(trimmed);
      conditions.add(new Condition(0, trimmed));
      return new MinimumShouldMatch(conditions);
    }
    int last = -1;
    for (String part : trimmed.split("\\s+")) {
      Matcher m = CONDITION.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("'" + part + "' is not of the form N<spec, e.g. 3<75%");
      }
      int above = Integer.parseInt(m.group(1));
      if (above <= last) {
        throw new IllegalArgumentException("conditions must grow: " + above + " after " + last);
      }
      last = above;
      conditions.add(new Condition(above, m.group(2)));
    }
    return new MinimumShouldMatch(conditions);
  }

  /** Clauses required out of {@code n}. */
  public int required(int n) {
    String spec = null;
    for (Condition c : conditions) {
      if (n > c.above()) {
        spec = c.spec();
      }
    }
    if (spec == null) {
      return n;
    }
    int value;
    if (spec.endsWith("%")) {
      int percent = Integer.parseInt(spec.substring(0, spec.length() - 1));
      value = percent < 0 ? n - (int) Math.floor(n * -percent / 100.0) : (int) Math.floor(n * percent / 100.0);
    } else {
      int count = Integer.parseInt(spec);
      value = count < 0 ? n + count : count;
    }
    return Math.max(1, Math.min(n, value));
  }

  private static void requireSpec(String spec) {
    if (!SPEC.matcher(spec).matches()) {
      throw new IllegalArgumentException("'" + spec + "' is not a count (3, -1) or percentage (75%, -25%)");
    }
  }
}

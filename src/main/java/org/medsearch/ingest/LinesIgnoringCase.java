package org.medsearch.ingest;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whole lines matched ignoring case (placeholder lines, link markers, section labels), asked of
 * every line of every document. A line longer than the longest of them is answered without
 * lower-casing it: lower-casing never shortens a string.
 */
final class LinesIgnoringCase {
  private final Set<String> lowerCased;
  private final int longest;

  LinesIgnoringCase(Collection<String> lines) {
    this.lowerCased = lines.stream().map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.longest = lowerCased.stream().mapToInt(String::length).max().orElse(-1);
  }

  boolean contains(String line) {
    return line.length() <= longest && lowerCased.contains(line.toLowerCase(Locale.ROOT));
  }
}

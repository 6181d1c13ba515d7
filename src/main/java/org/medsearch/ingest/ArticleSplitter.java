package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the dated news items of a page that lists several, such as a "Cooperation" section of
 * title / body / date blocks. Both layouts occur: the date after the body (title, body, date) and
 * the date under the title (title, date, body). A page is split only when at least two items are
 * found; each item keeps its own title, text and date.
 */
final class ArticleSplitter {
  /** One news item of a page. */
  record Article(String title, String body, LocalDate date) {}

  private static final int MIN_ARTICLES = 2;

  private final MetadataExtractor titles;

  ArticleSplitter(MetadataExtractor titles) {
    this.titles = titles;
  }

  List<Article> split(List<String> bodyLines) {
    List<String> lines = bodyLines.stream().filter(l -> !l.isEmpty()).toList();
    List<Article> after = dateAfterBody(lines);
    List<Article> before = dateUnderTitle(lines);
    List<Article> best = after.size() >= before.size() ? after : before;
    return best.size() >= MIN_ARTICLES ? best : List.of();
  }

  /** Title, one or more paragraphs, then a line holding only the date. */
  private List<Article> dateAfterBody(List<String> lines) {
    List<Article> articles = new ArrayList<>();
    int consumed = -1;
    for (int d = 0; d < lines.size(); d++) {
      Optional<LocalDate> date = DateParser.parseDateLine(lines.get(d));
      if (date.isEmpty()) {
        continue;
      }
      int title = d - 1;
      while (title > consumed && !titles.isTitle(lines.get(title))) {
        title--;
      }
      if (title > consumed && title < d - 1) {
        articles.add(new Article(lines.get(title), String.join("\n", lines.subList(title + 1, d)), date.get()));
        consumed = d;
      }
    }
    return articles;
  }

  /** Title, a line holding only the date, then paragraphs up to the next title-and-date pair. */
  private List<Article> dateUnderTitle(List<String> lines) {
    List<Integer> starts = new ArrayList<>();
    for (int d = 1; d < lines.size(); d++) {
      if (DateParser.parseDateLine(lines.get(d)).isPresent() && titles.isTitle(lines.get(d - 1))) {
        starts.add(d - 1);
      }
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
      if (end - start > 2) {
        LocalDate date = DateParser.parseDateLine(lines.get(start + 1)).orElseThrow();
        articles.add(new Article(lines.get(start), String.join("\n", lines.subList(start + 2, end)), date));
      }
    }
    return articles;
  }
}

package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medsearch.config.IndexConfig.DocTypeRule;

/** Tells a document's type (profile, news, report …) by the first rule in {@code metadata.doc_types} it meets. */
public final class DocTypeClassifier {
  private final List<Rule> rules;

  public DocTypeClassifier(List<DocTypeRule> rules) {
    this.rules = rules.stream().map(Rule::new).toList();
  }

  /**
   * The type of a document.
   *
   * @param label the section label nearest its content, or null
   * @param date its publication date, or null
   * @return the name of the first matching rule; empty when none matches
   */
  public Optional<String> classify(String title, String label, String body, LocalDate date) {
    return rules.stream().filter(r -> r.matches(title, label, body, date != null)).map(Rule::name).findFirst();
  }

  /** A rule with its expressions compiled once. */
  private record Rule(String name, List<Pattern> title, List<Pattern> label, List<Pattern> text, boolean requiresDate) {
    Rule(DocTypeRule rule) {
      this(rule.name(), compile(rule.title()), compile(rule.label()), compile(rule.text()), rule.requiresDate());
    }

    boolean matches(String titleText, String labelText, String bodyText, boolean dated) {
      if (requiresDate && !dated) {
        return false;
      }
      if (title.isEmpty() && label.isEmpty() && text.isEmpty()) {
        return true;
      }
      return foundIn(title, titleText) || (labelText != null && foundIn(label, labelText)) || foundIn(text, bodyText);
    }

    private static boolean foundIn(List<Pattern> patterns, String text) {
      return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static List<Pattern> compile(List<String> patterns) {
      return patterns.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    }
  }
}

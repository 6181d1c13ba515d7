package org.medsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
  private record Rule(String name, List<Expression> title, List<Expression> label, List<Expression> text, boolean requiresDate) {
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

    private static boolean foundIn(List<Expression> expressions, String text) {
      for (Expression expression : expressions) {
        if (expression.foundIn(text)) {
          return true;
        }
      }
      return false;
    }

    private static List<Expression> compile(List<String> patterns) {
      return patterns.stream().map(Expression::of).toList();
    }
  }

  /**
   * An expression, found case-insensitively. One that can only match where a line starts (it
   * begins with {@code (?m)^} and has no {@code |} outside a group) is tried at line starts alone:
   * {@code find()} would try it at every character of every body (3 % of indexing on one thread).
   */
  record Expression(Pattern pattern, boolean atLineStarts) {
    /** Inline flags that turn on multi-line mode and change nothing about where a match may start (not d, not x). */
    private static final Pattern MULTILINE_CARET = Pattern.compile("^\\(\\?[imsuU]*m[imsuU]*\\)\\^");

    static Expression of(String regex) {
      Matcher prefix = MULTILINE_CARET.matcher(regex);
      boolean atLineStarts = prefix.lookingAt() && !hasTopLevelAlternative(regex.substring(prefix.end()));
      return new Expression(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), atLineStarts);
    }

    boolean foundIn(String text) {
      Matcher matcher = pattern.matcher(text);
      if (!atLineStarts) {
        return matcher.find();
      }
      // Transparent bounds: a look-behind or \b at a line start still sees the text before it.
      matcher.useTransparentBounds(true);
      for (int start = 0; start < text.length(); start = nextLineStart(text, start)) {
        if (matcher.region(start, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    /** Where the line after {@code from}'s starts, as {@code (?m)^} sees lines; the text's length when none does. */
    private static int nextLineStart(String text, int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (TextCleaner.isLineTerminator(c)) {
          // "\r\n" is one line break: no line starts between its two characters.
          return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
      }
      return text.length();
    }

    /** Whether {@code regex} has a "|" outside every group, character class, escape and quotation; true when unsure. */
    static boolean hasTopLevelAlternative(String regex) {
      int depth = 0;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          if (regex.startsWith("Q", i + 1)) {
            int end = regex.indexOf("\\E", i + 2);
            if (end < 0) {
              return false; // quoted to the end
            }
            i = end + 1;
          } else {
            i++;
          }
        } else if (c == '[') {
          i = classEnd(regex, i);
          if (i < 0) {
            return true;
          }
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          return true;
        }
      }
      return depth != 0;
    }

    /** The index of the "]" closing the class opened at {@code open}, classes nested; -1 when none does. */
    private static int classEnd(String regex, int open) {
      int depth = 0;
      int i = open;
      while (i < regex.length()) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          i++;
          // A "]" first in a class (after an optional "^") is a literal.
          if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
          }
          if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
          }
          continue;
        }
        if (c == ']' && --depth == 0) {
          return i;
        }
        i++;
      }
      return -1;
    }
  }
}

package org.medsearch.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.medsearch.analysis.Glossary;
import org.medsearch.config.IndexConfig;
import org.medsearch.config.MinimumShouldMatch;
import org.medsearch.index.Fields;

/**
 * Turns query text into a Lucene query over the English and Chinese fields of title and body,
 * weighted by the configured boosts. Both syntaxes analyse each word with each field's own
 * analyzer, so one query string serves Chinese, English and mixed text.
 */
public final class QueryBuilder {
  private static final Pattern OR_WORD = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
  private static final Pattern AND_WORD = Pattern.compile("(?<=^|\\s)AND(?=\\s|$)");
  private static final Pattern NOT_WORD = Pattern.compile("(?<=^|\\s)NOT\\s+(?=\\S)");
  /** Characters that make a search-box query explicit: then it is taken exactly as written. */
  private static final Pattern OPERATORS = Pattern.compile("[\"|*~()]|(?:^|\\s)[+-]");
  /**
   * The same without the characters that, on their own, are punctuation in typed text: parentheses
   * and a dash (-, --) or + standing alone between spaces ({@code search.asides_as_text}).
   */
  private static final Pattern OPERATORS_BESIDE_ASIDES = Pattern.compile("[\"|*~]|(?:^|\\s)[+-]++(?=\\S)");
  /** Parentheses, and a run of + or - with a space or the end on either side: removed from plain text. */
  private static final Pattern ASIDES = Pattern.compile("[()]|(?<=^|\\s)[+-]++(?=\\s|$)");
  /** The most indexed terms one fuzzy term (word~) expands to. */
  static final int MAX_FUZZY_EXPANSIONS = 50;
  private static final Set<String> KEYWORD_FIELDS = Set.of(Fields.ID, Fields.LANGUAGE, Fields.YEAR, Fields.SOURCE);

  private final Analyzer analyzer;
  /** Phrases of the query text per field (glossary translations, phrase boost); it holds no state per query. */
  private final org.apache.lucene.util.QueryBuilder phraseBuilder;
  private final Map<String, Float> weights = new LinkedHashMap<>();
  private final IndexConfig.SearchConfig search;
  private final MinimumShouldMatch minimumShouldMatch;
  private final MinimumShouldMatch segmentMinimumShouldMatch;
  private final Glossary glossary;

  public QueryBuilder(Analyzer analyzer, IndexConfig config) {
    this(analyzer, config, Glossary.empty());
  }

  public QueryBuilder(Analyzer analyzer, IndexConfig config, Glossary glossary) {
    this.analyzer = analyzer;
    this.phraseBuilder = new org.apache.lucene.util.QueryBuilder(analyzer);
    this.glossary = glossary;
    weights.putAll(fieldWeights(config));
    this.search = config.search();
    this.minimumShouldMatch =
        search.defaultOperator() == IndexConfig.Operator.AND
            ? MinimumShouldMatch.parse("100%")
            : MinimumShouldMatch.parse(search.minimumShouldMatch());
    this.segmentMinimumShouldMatch =
        search.defaultOperator() == IndexConfig.Operator.AND
            ? MinimumShouldMatch.parse("100%")
            : MinimumShouldMatch.parse(search.segmentMinimumShouldMatch());
  }

  /** The query for {@code text}; blank text matches every document. */
  public Query build(String text, SearchRequest.QuerySyntax syntax) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query query =
        switch (syntax) {
          case SIMPLE -> simple(text);
          case LUCENE -> lucene(text);
        };
    int clauses = leafCount(query);
    if (clauses > search.maxClauses()) {
      throw new InvalidRequestException(
          "query too complex: it expands to " + clauses + " clauses, at most " + search.maxClauses() + " allowed");
    }
    return query;
  }

  /** How many terms and other leaf queries {@code query} holds, over all its fields. */
  static int leafCount(Query query) {
    int[] count = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            count[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
            count[0]++;
          }

          @Override
          public void visitLeaf(Query q) {
            count[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return count[0];
  }

  /**
   * The analysed fields a query searches and the weight of each: the text field's boost, times
   * {@code analysis.chinese.bigram_weight} for the character pairs.
   */
  public static Map<String, Float> fieldWeights(IndexConfig config) {
    Map<String, Float> weights = new LinkedHashMap<>();
    float bigramWeight = config.analysis().chinese().bigramWeight();
    for (String field : Fields.TEXT) {
      float boost = config.fields().get(field).boost();
      weights.put(Fields.english(field), boost);
      weights.put(Fields.chinese(field), boost);
      if (bigramWeight > 0) {
        weights.put(Fields.bigrams(field), boost * bigramWeight);
      }
    }
    return weights;
  }

  /**
   * The search-box syntax: it never fails, whatever was typed. Any operator makes the query
   * explicit: every word not marked optional is then required. With {@code search.asides_as_text},
   * parentheses and a lone dash are not operators by themselves: a typed question puts a date or a
   * remark in parentheses ("I found 4 cases of expired (04/2010) Hydrogen Peroxide. How do I safely
   * dispose of this product?") and separates its parts with " - ", and requiring each of its twenty
   * or more words found nothing. Such a query stays plain, those characters dropped; grouping still
   * works with the operators it groups ({@code (a | b) c}, {@code -(a b)}).
   */
  private Query simple(String text) {
    String prepared = OR_WORD.matcher(text).replaceAll("|");
    prepared = AND_WORD.matcher(prepared).replaceAll("+");
    prepared = NOT_WORD.matcher(prepared).replaceAll("-");
    boolean plain = !(search.asidesAsText() ? OPERATORS_BESIDE_ASIDES : OPERATORS).matcher(prepared).find();
    if (plain && search.asidesAsText()) {
      prepared = ASIDES.matcher(prepared).replaceAll(" ");
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    // Plain words are OR'ed and then a minimum of them required; explicit operators keep AND.
    parser.setDefaultOperator(plain ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
    Query query = parser.parse(prepared);
    if (query == null) {
      return new MatchNoDocsQuery("no searchable words");
    }
    if (!plain) {
      return query;
    }
    Query required = requireMinimum(query);
    Query phrases = phrases(prepared);
    Query ranked =
        phrases == null
            ? required
            : new BooleanQuery.Builder()
                .add(required, BooleanClause.Occur.MUST)
                .add(phrases, BooleanClause.Occur.SHOULD)
                .build();
    Query translated = translations(prepared);
    if (translated == null) {
      return ranked;
    }
    // The translation is an alternative: a Chinese query also finds English documents, and back.
    return new BooleanQuery.Builder()
        .add(ranked, BooleanClause.Occur.SHOULD)
        .add(translated, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The glossary translations of the terms in {@code text}, searched as phrases in the other language's fields. */
  private Query translations(String text) {
    List<Glossary.Translation> found = glossary.translate(text);
    if (found.isEmpty() || search.glossaryBoost() <= 0) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int added = 0;
    for (Glossary.Translation translation : found) {
      for (String target : translation.translations()) {
        for (String textField : Fields.TEXT) {
          String field = translation.toChinese() ? Fields.chinese(textField) : Fields.english(textField);
          Query phrase = phraseBuilder.createPhraseQuery(field, target, 0);
          if (phrase != null) {
            any.add(new BoostQuery(phrase, weights.get(field) * search.glossaryBoost()), BooleanClause.Occur.SHOULD);
            added++;
          }
        }
      }
    }
    // One translation is enough; marking them as a group with a minimum lets CommonTerms keep a
    // common word's translation ("symptoms") from finding documents on its own.
    return added == 0 ? null : any.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * Applies minimum-should-match to the groups of optional clauses that stand for the query's
   * words: {@code minimum_should_match} to the words of the query, {@code
   * segment_minimum_should_match} to the pieces one word is cut into within a field (a Chinese
   * phrase's segments and character pairs). Groups that offer the same word in several fields need
   * only one of them.
   */
  private Query requireMinimum(Query query) {
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(requireMinimum(boost.getQuery()), boost.getBoost());
    }
    if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) {
      return query;
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
    boolean allShould = true;
    for (BooleanClause clause : bool.clauses()) {
      rebuilt.add(requireMinimum(clause.query()), clause.occur());
      allShould &= clause.occur() == BooleanClause.Occur.SHOULD;
    }
    int n = bool.clauses().size();
    if (allShould && n > 1 && !isFieldAlternatives(bool)) {
      MinimumShouldMatch rule = fieldsOf(bool).size() == 1 ? segmentMinimumShouldMatch : minimumShouldMatch;
      rebuilt.setMinimumNumberShouldMatch(rule.required(n));
    }
    return rebuilt.build();
  }

  /** True when each clause searches a different field: one word offered in several fields. */
  private static boolean isFieldAlternatives(BooleanQuery bool) {
    Set<String> seen = new HashSet<>();
    for (BooleanClause clause : bool.clauses()) {
      Set<String> fields = fieldsOf(clause.query());
      if (fields.size() != 1 || !seen.addAll(fields)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              fields.add(t.field());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields;
  }

  /** Documents holding the query's words close together score higher, in every field. */
  private Query phrases(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int added = 0;
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      Query phrase = phrase(field.getKey(), text);
      if (phrase != null) {
        any.add(new BoostQuery(phrase, field.getValue() * search.phraseBoost()), BooleanClause.Occur.SHOULD);
        added++;
      }
    }
    return added == 0 ? null : any.build();
  }

  /** The fields in which plain {@code text} also gets the phrase boost (the benchmark's peer mirrors them). */
  public Set<String> phraseFields(String text) {
    Set<String> fields = new LinkedHashSet<>();
    for (String field : weights.keySet()) {
      if (phrase(field, text) != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  /**
   * The sloppy phrase of {@code text}'s words in {@code field}, or null: phrase boost off, fewer
   * than two words, or more than {@code search.phrase_max_words}.
   */
  private Query phrase(String field, String text) {
    if (search.phraseBoost() <= 0) {
      return null;
    }
    Query phrase = phraseBuilder.createPhraseQuery(field, text, search.phraseSlop());
    return phrase == null || phrase instanceof org.apache.lucene.search.TermQuery || !withinPhraseMaxWords(phrase) ? null : phrase;
  }

  /** True when {@code search.phrase_max_words} allows a phrase of this many positions. */
  private boolean withinPhraseMaxWords(Query phrase) {
    int limit = search.phraseMaxWords();
    int positions =
        switch (phrase) {
          case PhraseQuery p -> p.getTerms().length;
          case MultiPhraseQuery p -> p.getTermArrays().length;
          default -> 0; // a graph of alternatives (synonyms): kept, as before the limit
        };
    return limit == 0 || positions <= limit;
  }

  private Query lucene(String text) {
    FieldAwareParser parser = new FieldAwareParser(analyzer, weights);
    // Prefix, wildcard, regexp and range queries match as one constant-score filter, never one clause per term.
    parser.setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    parser.setAllowLeadingWildcard(false);
    parser.setDefaultOperator(
        search.defaultOperator() == IndexConfig.Operator.AND ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    try {
      Query query = parser.parse(text);
      return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    } catch (ParseException e) {
      throw new InvalidRequestException("malformed query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("query too complex: " + e.getMessage());
    }
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * Lucene syntax where {@code title:} and {@code body:} mean both language fields of that text,
   * metadata fields are exact keywords, and an unknown field is an error rather than no hits.
   */
  private static final class FieldAwareParser extends MultiFieldQueryParser {
    private final Map<String, Float> weights;

    FieldAwareParser(Analyzer analyzer, Map<String, Float> weights) {
      super(weights.keySet().toArray(String[]::new), analyzer, weights);
      this.weights = weights;
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
    }

    @FunctionalInterface
    private interface PerField {
      Query build(String field) throws ParseException;
    }

    private Query expand(String field, PerField build) throws ParseException {
      if (field == null || weights.containsKey(field) || KEYWORD_FIELDS.contains(field) || "*".equals(field)) {
        return build.build(field); // "*" only as in *:*, every document
      }
      if (!Fields.TEXT.contains(field)) {
        throw new ParseException(
            "unknown field '" + field + "' (searchable: title, body, " + String.join(", ", KEYWORD_FIELDS.stream().sorted().toList()) + ")");
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String physical : List.of(Fields.english(field), Fields.chinese(field), Fields.bigrams(field))) {
        if (!weights.containsKey(physical)) {
          continue;
        }
        Query q = build.build(physical);
        if (q != null) {
          either.add(new BoostQuery(q, weights.get(physical)), BooleanClause.Occur.SHOULD);
        }
      }
      BooleanQuery built = either.build();
      return built.clauses().isEmpty() ? null : built;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      return expand(field, f -> super.getFieldQuery(f, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return expand(field, f -> super.getFieldQuery(f, queryText, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return expand(field, f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return expand(field, f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
      int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
      return new FuzzyQuery(term, edits, prefixLength, MAX_FUZZY_EXPANSIONS, true);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      return expand(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return expand(field, f -> super.getRegexpQuery(f, termStr));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return expand(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
    }
  }
}

package org.medsearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.medsearch.config.IndexConfig;
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
  private static final Set<String> KEYWORD_FIELDS = Set.of(Fields.ID, Fields.LANGUAGE, Fields.YEAR, Fields.SOURCE);

  private final Analyzer analyzer;
  private final Map<String, Float> weights = new LinkedHashMap<>();
  private final IndexConfig.Operator defaultOperator;

  public QueryBuilder(Analyzer analyzer, IndexConfig config) {
    this.analyzer = analyzer;
    for (String field : Fields.TEXT) {
      float boost = config.fields().get(field).boost();
      weights.put(Fields.english(field), boost);
      weights.put(Fields.chinese(field), boost);
    }
    this.defaultOperator = config.search().defaultOperator();
  }

  /** The query for {@code text}; blank text matches every document. */
  public Query build(String text, SearchRequest.QuerySyntax syntax) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    return switch (syntax) {
      case SIMPLE -> simple(text);
      case LUCENE -> lucene(text);
    };
  }

  /** The search-box syntax: it never fails, whatever was typed. */
  private Query simple(String text) {
    String prepared = OR_WORD.matcher(text).replaceAll("|");
    prepared = AND_WORD.matcher(prepared).replaceAll("+");
    prepared = NOT_WORD.matcher(prepared).replaceAll("-");
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
    parser.setDefaultOperator(occur());
    Query query = parser.parse(prepared);
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  private Query lucene(String text) {
    FieldAwareParser parser = new FieldAwareParser(analyzer, weights);
    parser.setDefaultOperator(defaultOperator == IndexConfig.Operator.AND ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    try {
      Query query = parser.parse(text);
      return query == null ? new MatchNoDocsQuery("no searchable words") : query;
    } catch (ParseException e) {
      throw new InvalidRequestException("malformed query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("query too complex: " + e.getMessage());
    }
  }

  private BooleanClause.Occur occur() {
    return defaultOperator == IndexConfig.Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
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
      if (field == null || weights.containsKey(field) || KEYWORD_FIELDS.contains(field)) {
        return build.build(field);
      }
      if (!Fields.TEXT.contains(field)) {
        throw new ParseException(
            "unknown field '" + field + "' (searchable: title, body, " + String.join(", ", KEYWORD_FIELDS.stream().sorted().toList()) + ")");
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String physical : List.of(Fields.english(field), Fields.chinese(field))) {
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

package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Elasticsearch's {@code cutoff_frequency}: in a group of optional words where only some must
 * match, a word held by more than the cutoff of documents (可以, 吃, "doctor") no longer finds
 * documents by itself; it only adds to the score of documents the rarer words found. Scores of
 * the documents still found are unchanged — a word's field terms are split into a rare and a
 * common part whose scores add up to the word's — and far fewer documents are scored and counted
 * for facets: a colloquial question no longer matches most of the corpus through its filler words.
 * In a group of only common words of which any one would do, the rarest one finds the documents.
 *
 * <p>Each word's term is looked up in the terms dictionary once: the term query it becomes carries
 * the {@link TermStates} its document frequency was read from, so the search does not look it up
 * again.
 */
final class CommonTerms {
  private final IndexSearcher searcher;
  private final long maxDocFreq;
  private final Map<Term, TermStates> looked = new HashMap<>();

  private CommonTerms(IndexSearcher searcher, long maxDocFreq) {
    this.searcher = searcher;
    this.maxDocFreq = maxDocFreq;
  }

  /**
   * {@code query} with its word groups split at {@code cutoff} — a fraction of the documents when
   * below 1, a number of documents otherwise — but never at fewer than {@code minDocuments}: in a
   * small index every document is scored quickly anyway, and a word in 1% of 3,000 documents is
   * not filler. A cutoff of 0 leaves the query unchanged.
   */
  static Query split(Query query, IndexSearcher searcher, double cutoff, long minDocuments) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (cutoff <= 0 || reader.maxDoc() <= minDocuments) {
      return query;
    }
    long maxDocFreq = Math.max(minDocuments, cutoff < 1 ? (long) Math.ceil(cutoff * reader.maxDoc()) : (long) cutoff);
    return new CommonTerms(searcher, maxDocFreq).rewrite(query);
  }

  /** The term's statistics over {@code searcher}'s reader, read from the terms dictionary once per term. */
  private TermStates states(Term term) throws IOException {
    TermStates states = looked.get(term);
    if (states == null) {
      states = TermStates.build(searcher, term, true);
      looked.put(term, states);
    }
    return states;
  }

  private Query rewrite(Query query) throws IOException {
    if (query instanceof BoostQuery boost) {
      Query inner = rewrite(boost.getQuery());
      return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
    }
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    if (isPartialGroup(bool)) {
      return splitGroup(bool);
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean changed = false;
    for (BooleanClause clause : bool.clauses()) {
      Query inner = rewrite(clause.query());
      changed |= inner != clause.query();
      rebuilt.add(inner, clause.occur());
    }
    return changed ? rebuilt.build() : query;
  }

  /** Optional clauses of which some, not all, must match: the words of a question, the pieces of a Chinese phrase. */
  private static boolean isPartialGroup(BooleanQuery bool) {
    int msm = bool.getMinimumNumberShouldMatch();
    return msm >= 1 && msm < bool.clauses().size() && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }

  private Query splitGroup(BooleanQuery group) throws IOException {
    List<Query> clauses = new ArrayList<>();
    for (BooleanClause clause : group.clauses()) {
      clauses.add(rewrite(clause.query()));
    }
    Sorted sorted = sort(clauses);
    List<Query> rare = sorted.rare();
    List<Query> common = sorted.common();
    if (rare.isEmpty()) {
      if (group.getMinimumNumberShouldMatch() > 1) {
        return group;
      }
      // Only common words, any one enough: the rarest one finds the documents, the others add to their scores.
      int rarest = rarestClause(clauses);
      rare.add(clauses.get(rarest));
      common.clear();
      for (int i = 0; i < clauses.size(); i++) {
        if (i != rarest) {
          common.add(clauses.get(i));
        }
      }
    }
    if (common.isEmpty()) {
      return anyOf(clauses, group.getMinimumNumberShouldMatch());
    }
    Query required = anyOf(rare, Math.min(group.getMinimumNumberShouldMatch(), rare.size()));
    BooleanQuery.Builder split = new BooleanQuery.Builder().add(required, BooleanClause.Occur.MUST);
    common.forEach(q -> split.add(q, BooleanClause.Occur.SHOULD));
    return split.build();
  }

  /** The index of the clause whose rarest term is held by the fewest documents; the first of equals. */
  private int rarestClause(List<Query> clauses) throws IOException {
    int rarest = 0;
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < clauses.size(); i++) {
      long docFreq = fewestDocuments(clauses.get(i));
      if (docFreq < fewest) {
        fewest = docFreq;
        rarest = i;
      }
    }
    return rarest;
  }

  private long fewestDocuments(Query query) throws IOException {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    long fewest = Long.MAX_VALUE;
    for (Term term : terms) {
      fewest = Math.min(fewest, states(term).docFreq());
    }
    return fewest;
  }

  /** Optional {@code queries} of which {@code minimum} must match. */
  private static Query anyOf(List<Query> queries, int minimum) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
    queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** A query's rare and common part (either may be null); the parts' scores add up to the query's. */
  private record Parts(Query rare, Query common) {}

  /** The rare and the common parts of several queries. */
  private record Sorted(List<Query> rare, List<Query> common) {}

  private Sorted sort(List<Query> queries) throws IOException {
    Sorted sorted = new Sorted(new ArrayList<>(), new ArrayList<>());
    for (Query query : queries) {
      Parts parts = parts(query);
      if (parts.rare() != null) {
        sorted.rare().add(parts.rare());
      }
      if (parts.common() != null) {
        sorted.common().add(parts.common());
      }
    }
    return sorted;
  }

  /**
   * Splits a word's query: a term, a boosted one, or one word offered in several fields (a plain
   * disjunction, whose score is the sum of the fields that match). Anything else counts as rare.
   */
  private Parts parts(Query query) throws IOException {
    if (query instanceof TermQuery term) {
      TermStates states = states(term.getTerm());
      TermQuery withStates = new TermQuery(term.getTerm(), states);
      return states.docFreq() > maxDocFreq ? new Parts(null, withStates) : new Parts(withStates, null);
    }
    if (query instanceof BoostQuery boost) {
      Parts inner = parts(boost.getQuery());
      return new Parts(boosted(inner.rare(), boost.getBoost()), boosted(inner.common(), boost.getBoost()));
    }
    if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      Sorted sorted = sort(bool.clauses().stream().map(BooleanClause::query).toList());
      if (sorted.common().isEmpty()) {
        return new Parts(query, null);
      }
      return new Parts(disjunction(sorted.rare()), sorted.rare().isEmpty() ? query : disjunction(sorted.common()));
    }
    return new Parts(query, null);
  }

  private static Query boosted(Query query, float boost) {
    return query == null ? null : new BoostQuery(query, boost);
  }

  private static Query disjunction(List<Query> queries) {
    if (queries.isEmpty()) {
      return null;
    }
    return queries.size() == 1 ? queries.get(0) : anyOf(queries, 0);
  }
}

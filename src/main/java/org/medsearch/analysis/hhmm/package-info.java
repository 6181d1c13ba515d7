/**
 * Our own implementation of smartcn's hidden-Markov-model word segmentation (lucene-analysis-smartcn
 * 10.5.0), over the dictionaries shipped in smartcn's jar: the same words, chosen by the same
 * shortest path with the same ties, without the object graphs, boxing and per-pair strings that
 * make the original slow. {@link org.medsearch.analysis.ChineseTokenizer} is its tokenizer; the
 * tests compare it token for token with smartcn's own.
 */
package org.medsearch.analysis.hhmm;

/**
 * The benchmark suite (README "Benchmarks"): a corpus builder over real public text, indexing and
 * analysis throughput, HTTP search and suggest load from a separate load-generator JVM, the
 * in-process Lucene search beside it, and the same corpus and queries on OpenSearch as a peer.
 * Not part of the product's jar.
 */
package org.medsearch.bench;

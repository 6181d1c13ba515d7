package org.medsearch.search;

/**
 * What the server is serving.
 *
 * @param documents documents in the index
 * @param generation the Lucene commit generation; grows with every commit
 * @param builtAt when the served index was committed (ISO-8601), or null if unknown
 */
public record IndexStatus(long documents, long generation, String builtAt) {}

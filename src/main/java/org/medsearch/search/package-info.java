/**
 * Answering queries: the {@link org.medsearch.search.SearchService} interface that the HTTP layer
 * and the CLI call, its Lucene implementation, query building, facets and highlighting.
 */
package org.medsearch.search;

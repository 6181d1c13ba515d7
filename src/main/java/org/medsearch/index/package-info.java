/** Writing the Lucene index: field names, the document mapping and the indexer. */
package org.medsearch.index;

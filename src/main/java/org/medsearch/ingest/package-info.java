/**
 * From files to {@link org.medsearch.ingest.SourceDocument} records: reading, cleaning, metadata
 * extraction. Knows nothing of Lucene.
 */
package org.medsearch.ingest;

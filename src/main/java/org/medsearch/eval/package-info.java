/** Measuring ranking quality: TREC topics, qrels and run files, and the standard metrics. */
package org.medsearch.eval;

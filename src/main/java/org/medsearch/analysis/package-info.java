/** Analyzers for Chinese and English text and the character folding both share. */
package org.medsearch.analysis;

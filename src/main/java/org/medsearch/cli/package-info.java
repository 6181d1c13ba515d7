/** One class per command: index, serve, search. Each parses its options and returns an exit code. */
package org.medsearch.cli;

/** The index configuration: records read from {@code index-config/}, validated once at start. */
package org.medsearch.config;

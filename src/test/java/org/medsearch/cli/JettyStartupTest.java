package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.util.RamUsageEstimator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * serve tells Jetty the references per cache line, from Lucene's measure of the reference size,
 * so Jetty does not start the platform MBean server to ask the JVM; an operator's own value stays.
 */
class JettyStartupTest {
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE);
    System.clearProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE);
    } else {
      System.setProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE, saved);
    }
  }

  @Test
  void setsTheReferencesPerCacheLineFromTheReferenceSize() {
    ServeCommand.skipJettyPlatformMBeanServer();
    assertEquals(
        Integer.toString(64 / RamUsageEstimator.NUM_BYTES_OBJECT_REF),
        System.getProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE));
  }

  @Test
  void keepsAValueTheOperatorSet() {
    System.setProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE, "8");
    ServeCommand.skipJettyPlatformMBeanServer();
    assertEquals("8", System.getProperty(ServeCommand.JETTY_REFERENCES_PER_CACHE_LINE));
  }
}

package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where serve takes the admin key from. */
class ServeAdminKeyTest {
  @TempDir Path tmp;

  @Test
  void keyFileWinsAndOnlyItsFirstLineTrimmedCounts() throws Exception {
    Path file = Files.writeString(tmp.resolve("key"), "  file-key \nsecond line\n");
    assertEquals("file-key", ServeCommand.adminKey(file, "env-key"));
  }

  @Test
  void environmentKeyWithoutAFile() throws Exception {
    assertEquals("env-key", ServeCommand.adminKey(null, " env-key "));
  }

  @Test
  void noKeyAnywhereMeansAdminOff() throws Exception {
    assertNull(ServeCommand.adminKey(null, null));
    assertNull(ServeCommand.adminKey(null, "  "));
  }

  @Test
  void anEmptyKeyFileIsAnError() throws Exception {
    Path file = Files.writeString(tmp.resolve("key"), "\n");
    assertThrows(IllegalArgumentException.class, () -> ServeCommand.adminKey(file, "env-key"));
  }
}

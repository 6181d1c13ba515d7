package org.medsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A committed resource that is generated (from ICU): the test proves it equal to a fresh generation. */
public final class GeneratedResource {
  private GeneratedResource() {}

  /**
   * Asserts that the resource {@code name} beside {@code owner} is {@code generated}; when not (an
   * ICU upgrade), leaves the fresh one in {@code target/generated-tables/} to copy over it.
   */
  public static void assertCommitted(Class<?> owner, String name, String generated) throws IOException {
    String committed;
    try (InputStream in = owner.getResourceAsStream(name)) {
      committed = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!generated.equals(committed)) {
      Path out = Path.of("target/generated-tables", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, generated);
    }
    assertEquals(generated, committed, "regenerated table left in target/generated-tables/");
  }
}

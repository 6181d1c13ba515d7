package org.medsearch.cli;

import org.medsearch.config.IndexConfig;
import picocli.CommandLine.Mixin;

/** Options of the commands that work on one index: {@code --config} and {@code --index}. */
public final class CommonOptions {
  @Mixin ConfigOption configOption;

  @Mixin IndexDirOption index;

  IndexConfig config() {
    return configOption.config();
  }
}

package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where figures were measured.
 *
 * @param cores processors the JVM sees
 * @param ramGb physical memory
 * @param cpu the CPU model, where /proc says
 * @param jdk runtime version and vendor
 * @param os operating system and architecture
 * @param date UTC date of the run
 */
public record MachineInfo(int cores, double ramGb, String cpu, String jdk, String os, String date) {
  public static MachineInfo current() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        procValue("/proc/meminfo", "MemTotal:\\s+(\\d+) kB").map(kb -> Long.parseLong(kb) / 1024.0 / 1024.0).orElse(Double.NaN),
        procValue("/proc/cpuinfo", "model name\\s*:\\s*(.+)").orElse("unknown CPU"),
        System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        LocalDate.now(ZoneOffset.UTC).toString());
  }

  public String line() {
    return String.format(Locale.ROOT, "machine: %d cores (%s), %.1f GB RAM, %s, %s, %s", cores, cpu, ramGb, jdk, os, date);
  }

  private static java.util.Optional<String> procValue(String file, String regex) {
    try {
      Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
      return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}

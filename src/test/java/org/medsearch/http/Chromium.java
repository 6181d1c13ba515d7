package org.medsearch.http;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless chromium through its chromedriver, for the browser tests; they skip without it. */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the calling test class unless both are installed. */
  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BROWSER), "skipped: " + BROWSER + " is absent (apt-get install chromium)");
    assumeTrue(Files.isExecutable(DRIVER), "skipped: " + DRIVER + " is absent (apt-get install chromium-driver)");
  }

  /** A fresh browser with its own profile folder; the machine has no network beyond loopback. */
  static ChromeDriver start(Path profile, String... extraArguments) {
    // The driver is named, so Selenium Manager is never run (and downloads nothing).
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toString());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
    options.addArguments(extraArguments);
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
  }
}

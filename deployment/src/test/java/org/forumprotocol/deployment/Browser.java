package org.forumprotocol.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from Debian's packages, driven by Debian's chromedriver. */
public final class Browser {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String INSTALL_HINT = "Chromium and its driver are needed for the browser test but "
            + CHROMEDRIVER + " or " + CHROMIUM + " is missing: apt-get install -y chromium chromium-driver";

    /**
     * Selenium looks for DevTools bindings of the browser's exact version and warns at every start when a
     * newer Chromium has none; the tests use WebDriver only, so the warning is noise. Kept in a field because
     * java.util.logging holds loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_LOG = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        CHROMIUM_LOG.setLevel(Level.SEVERE);
    }

    private Browser() {
    }

    /**
     * Makes sure the browser is there before a test uses it. On CI (CI=true) a missing browser is a broken
     * machine set-up and fails the build: skipping there would let the login page go untested unnoticed.
     * Elsewhere the test is skipped, loudly, so that a developer with only a JDK and Maven can still run
     * {@code mvn verify}.
     */
    public static void requireChromium() {
        if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(INSTALL_HINT);
        }
        // Failsafe reports the reason of a skip only in its report files; the build log should say it too.
        System.err.println("[SKIPPED] " + INSTALL_HINT);
        Assumptions.abort(INSTALL_HINT);
    }

    /** A new headless browser; quit it when done. */
    public static WebDriver open() {
        requireChromium();
        // The driver's path is given explicitly, and so is the browser's, so that Selenium Manager never
        // looks for (or downloads) a driver or a browser of its own.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}

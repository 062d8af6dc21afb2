package com.tradesense.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the Playwright browser tests of {@code src/main/frontend/e2e} in real Chromium against this application,
 * started on a random port with the built web client. In CI a missing Chromium or web client fails the build;
 * elsewhere the test is reported as not run, loudly.
 */
// The simulated exchange is on (the test profile turns it off) with a short history, so that the instrument page
// has bars and a live feed; the e2e tests wait for the backfill where they need it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tradesense.rate-limit.groups.auth.capacity=500",
        "tradesense.marketdata.simulator.enabled=true",
        "tradesense.marketdata.simulator.intraday-days=2",
        "tradesense.marketdata.simulator.daily-years=1"})
@ActiveProfiles("test")
class BrowserTests {

    private static final Path FRONTEND = Path.of(System.getenv().getOrDefault("TRADESENSE_FRONTEND_DIR",
            "src/main/frontend"));

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireBrowserAndWebClient() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        requireThat(new File(chromium).canExecute(), "Chromium not found at " + chromium
                + " (apt-get install chromium, or set CHROMIUM_PATH)");
        requireThat(BrowserTests.class.getResource("/static/index.html") != null,
                "the web client is not built into target/classes/static (run without -Dskip.frontend)");
        requireThat(Files.isDirectory(FRONTEND.resolve("node_modules/@playwright/test")),
                "npm dependencies of the web client are not installed (npm ci in src/main/frontend)");
    }

    @Test
    void memberJourneysPassInChromium() throws Exception {
        ProcessBuilder playwright = new ProcessBuilder("npm", "run", "e2e", "--", "--reporter=list")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true);
        playwright.environment().put("BASE_URL", "http://localhost:" + port);
        Process process = playwright.start();
        // Relayed line by line: letting the child write to this JVM's stdout directly corrupts Surefire's channel.
        Thread relay = new Thread(() -> process.inputReader().lines().forEach(System.out::println), "playwright-output");
        relay.start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        relay.join(10_000);
        assertThat(finished).as("Playwright finished within 8 minutes").isTrue();
        assertThat(process.exitValue()).as("Playwright exit code (see its output above)").isZero();
    }

    private static void requireThat(boolean condition, String reason) {
        if (condition) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail("Browser tests cannot run in CI: " + reason);
        }
        Assumptions.abort("Browser tests NOT RUN: " + reason);
    }
}

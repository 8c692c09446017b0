package org.algos.web.it;

import java.nio.file.Path;
import org.algos.web.it.portal.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A browser test: the clinic fixture and a headless Chromium of its own for each test, which
 * leaves a screenshot named after the test and fails on any script error or stack trace.
 */
abstract class InBrowser {

    protected Clinic clinic;
    protected Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        clinic = Clinic.builtIn();
        browser = new Browser(clinic.base().toString());
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() {
        browser.finish(Path.of("target", "screenshots", testName + ".png"));
    }

    /** A screenshot of an intermediate page, beside the one taken when the test ends. */
    protected void screenshot(String suffix) {
        browser.screenshot(Path.of("target", "screenshots", testName + "-" + suffix + ".png"));
    }

    protected void assertNoScriptErrorsOrStackTraces() {
        browser.assertNoScriptErrorsOrStackTraces();
    }
}

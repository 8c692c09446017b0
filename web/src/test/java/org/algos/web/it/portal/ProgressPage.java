package org.algos.web.it.portal;

import java.util.ArrayList;
import java.util.List;

/** The patient's own trends, each questionnaire explained in plain words, and the diary's pain. */
public final class ProgressPage {

    private final Browser browser;

    public ProgressPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me/progress.xhtml");
        browser.find("progressTitle");
    }

    /** The explanation of a questionnaire's latest result and of its change, by its name as shown (e.g. "PHQ-9"). */
    public List<String> explanation(String name) {
        for (int i = 0; browser.isPresent("progressForm:results:" + i + ":name"); i++) {
            if (browser.find("progressForm:results:" + i + ":name").getText().equals(name)) {
                List<String> lines = new ArrayList<>();
                lines.add(browser.find("progressForm:results:" + i + ":latest").getText());
                lines.add(browser.find("progressForm:results:" + i + ":change").getText());
                return lines;
            }
        }
        throw new AssertionError("No results for " + name + " on " + browser.pageText());
    }

    public String diaryExplanation() {
        return browser.find("diaryExplanation").getText();
    }

    public boolean showsDiaryChart() {
        return browser.isPresent("progressForm:diaryChart");
    }

    public String pageText() {
        return browser.pageText();
    }
}

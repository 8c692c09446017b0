package org.algos.web.it.portal;

import org.openqa.selenium.By;

/** The patient's preferences for shared decisions. */
public final class PreferencesPage {

    private final Browser browser;

    public PreferencesPage(Browser browser) {
        this.browser = browser;
        browser.waitForUrlContaining("/app/me/preferences.xhtml");
        browser.find("preferencesForm:save");
    }

    /** Ticks the choice whose label is {@code label} in a radio or checkbox group. */
    public PreferencesPage choose(String groupId, String label) {
        browser.waiting().until(d -> d.findElements(By.cssSelector("[id='preferencesForm:" + groupId + "'] label"))
                .stream().filter(l -> l.getText().strip().equals(label)).findFirst().map(l -> {
                    l.click();
                    return true;
                }).orElse(false));
        return this;
    }

    public PreferencesPage whatMatters(String text) {
        browser.type("preferencesForm:whatMatters", text);
        return this;
    }

    public PreferencesPage save() {
        browser.click("preferencesForm:save");
        browser.waiting().until(d -> browser.isPresent("messages")
                && browser.find("messages").getText().contains("preferences are saved"));
        return this;
    }

    public String savedAt() {
        return browser.find("savedAt").getText();
    }
}

package org.privacyportal.systemtests.support;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every browser test shares (used through {@link BrowserTest}). Starting the stack before
 * all tests makes a stack that fails to start fail the class, not the first test's page load. Closing
 * the browser runs after Selenide's screenshot of a failed test, which needs the browser still open.
 */
public final class BrowserTestExtension implements BeforeAllCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestStack.get();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Selenide.closeWebDriver();
    }
}

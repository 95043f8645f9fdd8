package org.privacyportal.systemtests.support;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every browser test shares (used through {@link BrowserTest}). Starting the stack
 * before all tests makes a stack that fails to start fail the class, not the first test's page
 * load. After each test that passed, the page it ended on is checked at phone width (360 px): it
 * must not scroll sideways, whatever window size the test used ({@link
 * Browser#assertNoSidewaysScrollOnPhone}); the pages it went through were checked each time it
 * waited for Vaadin ({@link Browser#waitForVaadin}). Closing the browser runs after Selenide's
 * screenshot of a failed test, which needs the browser still open.
 */
public final class BrowserTestExtension implements BeforeAllCallback, AfterEachCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestStack.get();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (context.getExecutionException().isEmpty()) {
        Browser.assertNoSidewaysScrollOnPhone(
            context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName()
                + "-"
                + context.getDisplayName());
      }
    } finally {
      Selenide.closeWebDriver();
    }
  }
}

package org.privacyportal.systemtests.support;

import com.codeborne.selenide.junit5.ScreenShooterExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives a real browser against the test stack: a screenshot and the page source
 * when a test fails (Selenide's {@link ScreenShooterExtension}), the stack started before the first
 * test, and the browser closed after each test (so every test starts signed out, with a fresh
 * profile). Open the browser with {@link Browser#open} and a page with {@link Browser#visit}.
 *
 * <p>Test classes run two at a time against the one stack, each in a browser of its own; the tests
 * of a class run one after another. A class that changes a demo user's records where another class
 * checks them exactly takes a lock ({@link SharedDemoData}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ScreenShooterExtension.class, BrowserTestExtension.class})
public @interface BrowserTest {}

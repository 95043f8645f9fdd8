package org.privacyportal.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Checks that a page can be used by keyboard alone: every visible control is reached with real Tab
 * key presses, Shift+Tab walks back through all of them (no keyboard trap), and the focused control
 * looks different from the unfocused one (a visible focus indicator).
 *
 * <p>"Control" means a link with an address, a button, a Vaadin field, checkbox, select, combo box,
 * date picker or details summary, and a native input, select or text area that is not part of one
 * of those. Disabled controls are left out (they are not meant to be reached). Composite widgets
 * with arrow-key navigation inside count as one Tab stop, as the ARIA authoring practices have it:
 * a grid (its cells are reached with the arrow keys), a tab strip and a radio group; the widget
 * itself must be reached. Controls inside another control are not counted apart (a field's own
 * input is the field).
 */
public final class Keyboard {

  /** The attribute that marks each control, its value the control's number. */
  private static final String MARK = "data-keyboard-stop";

  private static final String GROUPS = "vaadin-grid, vaadin-tabs, vaadin-radio-group";
  private static final String CONTROLS =
      "a[href], button, vaadin-button, vaadin-text-field, vaadin-email-field,"
          + " vaadin-password-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field,"
          + " vaadin-big-decimal-field, vaadin-checkbox, vaadin-select, vaadin-combo-box,"
          + " vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-time-picker, vaadin-date-time-picker,"
          + " vaadin-radio-button, vaadin-tab, vaadin-details-summary, vaadin-details > [slot=summary],"
          + " input:not([type=hidden]), select, textarea, "
          + GROUPS;

  /**
   * Marks the controls and returns their descriptions ("tag#id 'text'"), in document order. A
   * control's look (outline, shadow, border and background of it, its shadow parts and their
   * pseudo-elements) is kept unfocused, to compare with its look when focused.
   */
  private static final String MARK_CONTROLS =
      """
            const MARK = arguments[0], SELECTOR = arguments[1];
            const scope = arguments[2] ? document.querySelector(arguments[2]) : document;
            if (scope === null) return [];
            // a Vaadin overlay (a dialog's) may render its content apart from the element
            const roots = scope.$ && scope.$.overlay ? [scope, scope.$.overlay] : [scope];
            if (document.activeElement) document.activeElement.blur();
            document.querySelectorAll('[' + MARK + ']').forEach(e => e.removeAttribute(MARK));
            const visible = e => e.getClientRects().length > 0
                && e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
            const disabled = e => e.matches(':disabled') || e.hasAttribute('disabled') || e.closest('[inert]') !== null;
            const insideAnother = e => e.parentElement !== null && e.parentElement.closest(SELECTOR) !== null;
            const controls = roots.flatMap(root => [...root.querySelectorAll(SELECTOR)])
                .filter(e => visible(e) && !disabled(e) && !insideAnother(e));
            const text = e => (e.getAttribute('aria-label') || e.getAttribute('label') || e.innerText || '')
                .replace(/\\s+/g, ' ').trim().slice(0, 40);
            window.__keyboardLooks = [];
            return controls.map((e, i) => {
                e.setAttribute(MARK, String(i));
                window.__keyboardLooks[i] = window.__keyboardLook(e);
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + " '" + text(e) + "'";
            });
            """;

  /**
   * How a control looks, as far as a focus indicator goes: outline, box shadow, borders (only where
   * drawn: an undrawn border's color follows the text color, which Lumo changes on focus for labels
   * only), background and underline, of it, its shadow parts and their pseudo-elements.
   */
  private static final String DEFINE_LOOK =
      """
            window.__keyboardLook = host => {
              const parts = [host, ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('[part]') : [])];
              const drawn = (style, width) => style !== 'none' && style !== 'hidden' && parseFloat(width) > 0;
              return parts.map(p => [null, '::before', '::after'].map(pseudo => {
                const s = getComputedStyle(p, pseudo);
                const outline = drawn(s.outlineStyle, s.outlineWidth)
                    ? [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(' ') : '';
                const borders = ['Top', 'Right', 'Bottom', 'Left'].map(side =>
                    drawn(s['border' + side + 'Style'], s['border' + side + 'Width'])
                        ? s['border' + side + 'Width'] + ' ' + s['border' + side + 'Color'] : '').join(',');
                return [outline, s.boxShadow, borders, s.backgroundColor, s.textDecorationLine].join('|');
              }).join(';')).join('/');
            };
            """;

  /**
   * The number of the marked control that has the focus, following open shadow roots to the
   * innermost focused element and out of them again; -1 for an unmarked element, -2 for none (the
   * body).
   */
  private static final String FOCUSED =
      """
            const MARK = arguments[0];
            let e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return -2;
            while (e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
            for (let n = e; n; ) {
              const marked = n.closest('[' + MARK + ']');
              if (marked) return Number(marked.getAttribute(MARK));
              const root = n.getRootNode();
              n = root && root.host ? root.host : null;
            }
            return -1;
            """;

  /**
   * After the focus ring had time to appear (Lumo animates some), whether control {@code
   * arguments[1]} looks focused.
   */
  private static final String LOOKS_FOCUSED =
      """
            const MARK = arguments[0], i = arguments[1], done = arguments[arguments.length - 1];
            setTimeout(() => {
              const e = document.querySelector('[' + MARK + '="' + i + '"]');
              done(e !== null && window.__keyboardLook(e) !== window.__keyboardLooks[i]);
            }, 250);
            """;

  /**
   * A focusable spot at the very top of the page, so that the first Tab goes to the first control.
   */
  private static final String FOCUS_TOP =
      """
            window.scrollTo(0, 0);
            let start = document.getElementById('keyboard-start');
            if (!start) {
              start = document.createElement('span');
              start.id = 'keyboard-start';
              start.tabIndex = -1;
              document.body.prepend(start);
            }
            start.focus();
            """;

  private Keyboard() {}

  /**
   * Walks the current page with the Tab key and fails, naming {@code page}, if a control is never
   * reached, if Shift+Tab does not walk back through all of them, or if a sampled control (the
   * first of each kind) shows no visible change when focused.
   *
   * @return the controls found, each as "tag#id 'text'", for the caller to check that the ones it
   *     expects are among them
   */
  public static List<String> assertEveryControlReachedByTab(String page) {
    return walk(page, null);
  }

  /**
   * The same walk inside an open modal dialog (found by {@code dialogSelector}), which keeps the
   * focus inside by design: the walk starts at its first control and goes round within it. Then
   * Escape must close it (the way out of the dialog for a keyboard user).
   */
  public static List<String> assertEveryControlOfTheDialogReachedByTab(
      String page, String dialogSelector) {
    List<String> controls = walk(page, dialogSelector);
    new Actions(WebDriverRunner.getWebDriver()).sendKeys(Keys.ESCAPE).perform();
    Browser.waitForVaadin();
    assertThat(
            Selenide.<Boolean>executeJavaScript(
                "const d = document.querySelector(arguments[0]);"
                    + " return d !== null && d.opened === true;",
                dialogSelector))
        .as("the dialog %s on %s is still open after Escape", dialogSelector, page)
        .isFalse();
    return controls;
  }

  private static List<String> walk(String page, String scope) {
    Browser.waitForVaadin();
    Selenide.executeJavaScript(DEFINE_LOOK);
    List<String> controls = Selenide.executeJavaScript(MARK_CONTROLS, MARK, CONTROLS, scope);
    assertThat(controls).as("controls on %s", page).isNotEmpty();
    int limit = controls.size() * 2 + 20;

    if (scope == null) {
      Selenide.executeJavaScript(FOCUS_TOP);
    } else {
      Selenide.executeJavaScript(
          "document.querySelector('[' + arguments[0] + '=\"0\"]').focus();", MARK);
    }
    List<Integer> forward = new ArrayList<>();
    Set<String> sampledKinds = new LinkedHashSet<>();
    List<String> noFocusIndicator = new ArrayList<>();
    for (int press = 0;
        press < limit && new LinkedHashSet<>(forward).size() < controls.size();
        press++) {
      pressTab(false);
      int focused = focused();
      if (focused >= 0 && !forward.contains(focused)) {
        forward.add(focused);
        String kind = controls.get(focused).replaceAll("[#' ].*", "");
        if (sampledKinds.add(kind) && !looksFocused(focused)) {
          noFocusIndicator.add(controls.get(focused));
        }
      }
    }
    List<String> unreached = new ArrayList<>();
    for (int i = 0; i < controls.size(); i++) {
      if (!forward.contains(i)) {
        unreached.add(controls.get(i));
      }
    }
    assertThat(unreached)
        .as("controls on %s never reached with Tab (%d presses)", page, limit)
        .isEmpty();
    assertThat(noFocusIndicator)
        .as("controls on %s that look the same focused and unfocused", page)
        .isEmpty();

    assertShiftTabWalksBack(page, controls, forward, limit);
    return controls;
  }

  /**
   * From the last control reached, Shift+Tab must first go to a control reached before it and then,
   * step by step, get back to the first one: nothing holds the focus going backwards.
   */
  private static void assertShiftTabWalksBack(
      String page, List<String> controls, List<Integer> forward, int limit) {
    int last = forward.getLast();
    Set<Integer> backward = new LinkedHashSet<>();
    int first = -2;
    for (int press = 0; press < limit && !backward.contains(forward.getFirst()); press++) {
      pressTab(true);
      int focused = focused();
      if (focused >= 0 && focused != last) {
        if (first == -2) {
          first = focused;
        }
        backward.add(focused);
      }
    }
    assertThat(first)
        .as(
            "on %s, Shift+Tab from %s goes to a control reached before it",
            page, controls.get(last))
        .isIn(forward.subList(0, forward.size() - 1));
    List<String> notReachedBack =
        forward.stream()
            .filter(i -> i != last && !backward.contains(i))
            .map(controls::get)
            .toList();
    assertThat(notReachedBack)
        .as("controls on %s not reached again with Shift+Tab from %s", page, controls.get(last))
        .isEmpty();
  }

  private static void pressTab(boolean shift) {
    Actions keys = new Actions(WebDriverRunner.getWebDriver());
    if (shift) {
      keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    } else {
      keys.sendKeys(Keys.TAB).perform();
    }
  }

  private static int focused() {
    Number n = Selenide.executeJavaScript(FOCUSED, MARK);
    return n == null ? -2 : n.intValue();
  }

  private static boolean looksFocused(int control) {
    return Boolean.TRUE.equals(Selenide.executeAsyncJavaScript(LOOKS_FOCUSED, MARK, control));
  }
}

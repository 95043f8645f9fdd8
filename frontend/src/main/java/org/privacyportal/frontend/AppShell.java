package org.privacyportal.frontend;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo (without it there is no theme at all in Vaadin 25) and the portal's own
 * small style sheet from {@code META-INF/resources/styles/portal.css}. Only plain CSS and Vaadin's
 * own components are used, so the production build uses Vaadin's pre-compiled bundle and needs no
 * Node.js.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class AppShell implements AppShellConfigurator {}

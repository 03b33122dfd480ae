package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the portal's stylesheet, served as a static resource so no client bundle rebuild is needed. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "strict-origin-when-cross-origin")
public class AppShell implements AppShellConfigurator {
}

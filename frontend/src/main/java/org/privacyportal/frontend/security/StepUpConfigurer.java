package org.privacyportal.frontend.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Puts {@link StepUpReturn} in front of the sign-in's success handler. Vaadin's configurer sets its
 * own handler while the filter chain is built, so this must be applied after it: its {@code init}
 * runs after Vaadin's and wraps the handler Vaadin left as a shared object.
 */
final class StepUpConfigurer extends AbstractHttpConfigurer<StepUpConfigurer, HttpSecurity> {

  @Override
  public void init(HttpSecurity http) {
    AuthenticationSuccessHandler usual =
        http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
    AuthenticationSuccessHandler handler =
        new StepUpReturn(
            usual != null ? usual : new SavedRequestAwareAuthenticationSuccessHandler());
    http.oauth2Login(login -> login.successHandler(handler));
  }
}

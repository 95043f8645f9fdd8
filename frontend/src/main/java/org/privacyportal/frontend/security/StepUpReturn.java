package org.privacyportal.frontend.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a sign-in: back to the page that asked for a fresh one ({@link StepUp#returnTo}), else
 * wherever the usual handler (Vaadin's, the saved request or the start page) sends the browser.
 */
final class StepUpReturn implements AuthenticationSuccessHandler {

  private final AuthenticationSuccessHandler usual;

  StepUpReturn(AuthenticationSuccessHandler usual) {
    this.usual = usual;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    Optional<String> back = StepUp.takeReturnPath(request);
    if (back.isPresent()) {
      response.sendRedirect(request.getContextPath() + back.get());
      return;
    }
    usual.onAuthenticationSuccess(request, response, authentication);
  }
}

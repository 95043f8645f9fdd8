package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.privacyportal.frontend.backend.BackendAnswer;

/**
 * "Download PDF": the printable authorization as the backend writes it (the signed text, scope,
 * period, verification code and its QR code), headings in the page's language. Fetched when
 * clicked, outside the UI's lock: the patron id is passed in, not read from the page.
 */
final class DocumentLink {

  private DocumentLink() {}

  static Anchor of(
      AuthorizationsClient client,
      String patronId,
      String authorizationId,
      String language,
      String text) {
    String fileName = "authorization-" + authorizationId + ".pdf";
    var anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event ->
                    switch (client.document(patronId, authorizationId, language)) {
                      case BackendAnswer.Found<byte[]> found ->
                          new DownloadResponse(
                              new ByteArrayInputStream(found.value()),
                              fileName,
                              "application/pdf",
                              found.value().length);
                      case BackendAnswer.NotFound<byte[]> none -> DownloadResponse.error(404);
                      case BackendAnswer.Failed<byte[]> failed ->
                          DownloadResponse.error(
                              failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN ? 401 : 503);
                    }),
            AttachmentType.DOWNLOAD,
            text);
    anchor.addClassName("portal-button-link");
    return anchor;
  }
}

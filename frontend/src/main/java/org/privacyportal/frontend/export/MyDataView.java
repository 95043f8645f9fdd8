package org.privacyportal.frontend.export;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.privacyportal.frontend.account.AccountPage;
import org.privacyportal.frontend.account.ActingAccount;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * "Download all my data": what the archive holds, a button that has the backend prepare it, the
 * progress while it gathers (the UI polls every second, and stops when the archive is ready or
 * failed, or the page is left), then a download link. For the account being acted on (a guardian
 * may act for a minor); the backend decides who may export.
 */
@Route("my-data")
@PermitAll
@StyleSheet("styles/export.css")
public final class MyDataView extends Div implements HasDynamicTitle {

  static final int POLL_MILLIS = 1000;

  private final transient ExportClient exports;
  private final Div status = new Div();
  private final Paragraph progressText = new Paragraph();
  private final ProgressBar progressBar = new ProgressBar();
  private final Div outcome = new Div();
  private final Button start = new Button();
  private transient Registration polling;

  /** Read by the download, which runs outside the UI's lock. */
  private volatile String patronId;

  private volatile String exportId;

  public MyDataView(BackendClient backend) {
    this.exports = new ExportClient(backend);
    addClassName("portal-page");
    addClassName("export-page");
    var back = AccountPage.backLink(getTranslation("export.back"));
    back.setId("export-back");
    back.addClassName("portal-back");
    add(back, new H1(getTranslation("export.title")));
    add(explanation());

    start.setText(getTranslation("export.start"));
    start.setId("export-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(click -> startExport());

    progressBar.setId("export-progress-bar");
    progressBar.getElement().setAttribute("aria-label", getTranslation("export.progress.label"));
    progressBar.setVisible(false);
    progressText.setId("export-progress");
    // one polite live region: progress, completion and failure are announced as they come
    status.setId("export-status");
    status.addClassName("export-status");
    status.getElement().setAttribute("role", "status");
    status.getElement().setAttribute("aria-live", "polite");
    status.add(progressText);
    outcome.setId("export-outcome");
    outcome.addClassName("export-outcome");
    add(start, progressBar, status, outcome);

    switch (ActingAccount.patronId(backend)) {
      case BackendAnswer.Found<String> found -> patronId = found.value();
      case BackendAnswer.NotFound<String> none -> unavailable("export.not-available");
      case BackendAnswer.Failed<String> failed -> unavailable(failureKey(failed.reason()));
    }
  }

  private Div explanation() {
    var lead = new Paragraph(getTranslation("export.lead"));
    lead.addClassName("portal-lead");
    var heading = new H2(getTranslation("export.contents.heading"));
    var contents =
        new UnorderedList(
            new ListItem(getTranslation("export.contents.json")),
            new ListItem(getTranslation("export.contents.pdf")),
            new ListItem(getTranslation("export.contents.manifest")));
    contents.setId("export-contents");
    var keep = new Paragraph(getTranslation("export.keep"));
    keep.addClassName("portal-hint");
    var card = new Div(lead, heading, contents, keep);
    card.addClassName("portal-card");
    return card;
  }

  private void startExport() {
    outcome.removeAll();
    switch (exports.start(patronId, language(getLocale()))) {
      case BackendAnswer.Found<ExportStatus> found -> {
        exportId = found.value().exportId();
        start.setEnabled(false);
        show(found.value());
        poll(true);
      }
      case BackendAnswer.NotFound<ExportStatus> none -> unavailable("export.not-available");
      case BackendAnswer.Failed<ExportStatus> failed -> problem(failed);
    }
  }

  private void refresh() {
    if (exportId == null) {
      poll(false);
      return;
    }
    switch (exports.status(patronId, exportId)) {
      case BackendAnswer.Found<ExportStatus> found -> show(found.value());
      case BackendAnswer.NotFound<ExportStatus> none -> failed("export.expired");
      case BackendAnswer.Failed<ExportStatus> failed -> {
        // a missed poll is not a failed export: the next one asks again, unless the session ended
        if (failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN) {
          failed("export.sign-in-again");
        }
      }
    }
  }

  private void show(ExportStatus export) {
    if (export.ready()) {
      poll(false);
      progressBar.setVisible(false);
      progressText.setText(
          getTranslation("export.ready", export.recordsGathered(), export.categoriesTotal()));
      outcome.removeAll();
      var download =
          new Anchor(download(), AttachmentType.DOWNLOAD, getTranslation("export.download"));
      download.setId("export-download");
      download.addClassName("portal-button-link");
      outcome.add(download);
      start.setEnabled(true);
      start.setText(getTranslation("export.start-again"));
      start.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
      return;
    }
    if (!export.gathering()) {
      failed("export.failed");
      return;
    }
    progressBar.setVisible(true);
    progressBar.setMin(0);
    progressBar.setMax(Math.max(1, export.categoriesTotal()));
    progressBar.setValue(Math.min(export.categoriesDone(), export.categoriesTotal()));
    if (export.category() == null) {
      progressText.setText(getTranslation("export.progress.writing", export.recordsGathered()));
    } else {
      String categoryKey =
          "category." + export.category(); // the dashboard's names of the categories
      progressText.setText(
          getTranslation(
              "export.progress.gathering",
              getTranslation(categoryKey),
              export.categoriesDone(),
              export.categoriesTotal(),
              export.recordsGathered()));
    }
  }

  private void failed(String key) {
    poll(false);
    exportId = null;
    progressBar.setVisible(false);
    progressText.setText("");
    outcome.removeAll();
    var message = new Div(new Paragraph(getTranslation(key)));
    message.setId("export-failed");
    message.addClassName("portal-notice");
    message.getElement().setAttribute("role", "alert");
    var retry = new Button(getTranslation("export.retry"), click -> startExport());
    retry.setId("export-retry");
    message.add(retry);
    outcome.add(message);
    start.setEnabled(true);
  }

  /**
   * 409: the ward or the guardian is preparing this account's archive; a busy backend (503) is
   * "unavailable".
   */
  private void problem(BackendAnswer.Failed<ExportStatus> failed) {
    if (failed.reason() == BackendAnswer.Reason.REJECTED
        && failed.problem().is(ApiProblem.CONFLICT)) {
      failed("export.conflict");
    } else {
      failed(failureKey(failed.reason()));
    }
  }

  private void unavailable(String key) {
    start.setVisible(false);
    outcome.removeAll();
    var notice = new Div(new Paragraph(getTranslation(key)));
    notice.setId("export-unavailable");
    notice.addClassName("portal-notice");
    notice.getElement().setAttribute("role", "status");
    outcome.add(notice);
  }

  private static String failureKey(BackendAnswer.Reason reason) {
    return reason == BackendAnswer.Reason.SIGN_IN_AGAIN
        ? "export.sign-in-again"
        : "export.unavailable";
  }

  /** Polls while an export gathers; {@code false} stops it (and it stops when the view is left). */
  private void poll(boolean on) {
    getUI()
        .ifPresent(
            ui -> {
              if (on && polling == null) {
                polling = ui.addPollListener(event -> refresh());
                ui.setPollInterval(POLL_MILLIS);
              } else if (!on && polling != null) {
                polling.remove();
                polling = null;
                ui.setPollInterval(-1);
              }
            });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    if (exportId != null && progressBar.isVisible()) {
      poll(true);
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      polling.remove();
      polling = null;
      event.getUI().setPollInterval(-1);
    }
  }

  /**
   * Streams the zip from the backend to the browser as it arrives (an archive of a long history is
   * megabytes; holding it would cost that much per download). The backend deletes its copy once it
   * has all been sent, so after a complete download the link is replaced by a note saying so.
   */
  private DownloadHandler download() {
    LocalDate today = LocalDate.now();
    return event -> {
      String patron = patronId;
      String id = exportId;
      if (patron == null || id == null) {
        event.getResponse().setStatus(404);
        return;
      }
      BackendAnswer<Long> sent =
          exports.archive(
              patron,
              id,
              (zip, length) -> {
                event.setFileName("my-data-" + today + ".zip");
                event.setContentType("application/zip");
                if (length >= 0) {
                  event.setContentLength(length);
                }
                try (OutputStream out = event.getOutputStream()) {
                  return zip.transferTo(out);
                }
              });
      switch (sent) {
        case BackendAnswer.Found<Long> done -> event.getUI().access(this::downloaded);
        case BackendAnswer.NotFound<Long> none -> event.getResponse().setStatus(404);
        case BackendAnswer.Failed<Long> failed ->
            event
                .getResponse()
                .setStatus(failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN ? 401 : 503);
      }
    };
  }

  /** The archive went out whole and the backend deleted it: a second click would find nothing. */
  private void downloaded() {
    outcome.removeAll();
    var note = new Paragraph(getTranslation("export.downloaded"));
    note.setId("export-downloaded");
    note.addClassName("portal-hint");
    outcome.add(note);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("export.title");
  }

  /** The PDF's language: the UI's when the backend has it, else English. */
  static String language(Locale locale) {
    return "es".equals(locale.getLanguage()) ? "es" : "en";
  }
}

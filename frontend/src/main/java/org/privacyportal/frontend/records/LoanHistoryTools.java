package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.backend.LoanHistoryQuery;
import org.privacyportal.frontend.backend.LoanHistoryQuery.Sort;
import org.privacyportal.frontend.backend.ReadingHistoryConsent;

/**
 * Above the reading history: a search (title or author), an order, and "Download CSV". The backend
 * searches, sorts and writes the file; the download asks it with the signed-in user's token at the
 * moment the patron clicks, with the search and order then shown.
 *
 * <p>Also the reading-history opt-in, shown only when the backend answers it for this user (the
 * patron or their guardian). Turning it off deletes the history, so a plain dialog says so and
 * offers the download first; the backend still checks who may change it and requires the
 * confirmation.
 */
final class LoanHistoryTools extends Composite<Div> {

  static final String FILE_NAME = "reading-history.csv";

  private static final List<LoanHistoryQuery> ORDERS =
      List.of(
          new LoanHistoryQuery("", Sort.RETURNED, false),
              new LoanHistoryQuery("", Sort.RETURNED, true),
          new LoanHistoryQuery("", Sort.TITLE, true), new LoanHistoryQuery("", Sort.TITLE, false),
          new LoanHistoryQuery("", Sort.AUTHOR, true),
              new LoanHistoryQuery("", Sort.AUTHOR, false));

  private final TextField search = new TextField();
  private final Select<LoanHistoryQuery> order = new Select<>();
  private final Checkbox keep = new Checkbox();
  private final BackendClient backend;
  private final Supplier<String> patronId;
  private final Consumer<LoanHistoryQuery> changed;

  /**
   * The query shown, kept for the download, which runs outside the UI's lock and must not read
   * fields.
   */
  private volatile LoanHistoryQuery current = LoanHistoryQuery.ALL;

  /**
   * @param changed called with the new query when the patron changes the search or the order
   * @param patronId whose history (the signed-in person's, or the minor's they act for) when the
   *     download is asked for
   */
  LoanHistoryTools(
      BackendClient backend, Supplier<String> patronId, Consumer<LoanHistoryQuery> changed) {
    this.backend = backend;
    this.patronId = patronId;
    this.changed = changed;
    keep.setId("history-keep");
    keep.setLabel(getTranslation("records.history.keep"));
    keep.setHelperText(getTranslation("records.history.keep-hint"));
    keep.setVisible(false); // until the backend says this user may see it
    keep.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          if (e.getValue()) {
            save(true, false);
          } else {
            keep.setValue(true); // stays on until the patron confirms the deletion
            confirmTurningOff();
          }
        });

    search.setId("history-search");
    search.setLabel(getTranslation("records.history.search"));
    search.setHelperText(getTranslation("records.history.search-hint"));
    search.setClearButtonVisible(true);
    search.setMaxLength(100);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    // on Enter or leaving the field: one backend call per search, not one per keystroke
    search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    search.addValueChangeListener(e -> changed.accept(update()));

    order.setId("history-sort");
    order.setLabel(getTranslation("records.history.sort"));
    order.setItems(ORDERS);
    order.setItemLabelGenerator(this::orderLabel);
    order.setValue(ORDERS.getFirst());
    order.addValueChangeListener(e -> changed.accept(update()));

    var download =
        new Anchor(
            csv(backend, patronId),
            AttachmentType.DOWNLOAD,
            getTranslation("records.history.download"));
    download.setId("history-download");
    download.addClassName("portal-button-link");

    var fields = new Div(search, order);
    fields.addClassName("portal-history-fields");
    getContent().addClassName("portal-history-tools");
    getContent().add(keep, fields, download);
  }

  /** Shows the opt-in as the backend has it; stays hidden when the backend does not answer it. */
  void showConsent() {
    String id = patronId.get();
    if (id != null
        && backend.readingHistory(id) instanceof BackendAnswer.Found<ReadingHistoryConsent> found) {
      keep.setValue(found.value().enabled());
      keep.setVisible(true);
    }
  }

  private void confirmTurningOff() {
    var dialog = new Dialog();
    dialog.setId("history-off-dialog");
    dialog.setHeaderTitle(getTranslation("records.history.off.title"));
    dialog.add(new Paragraph(getTranslation("records.history.off.text")));
    var download =
        new Anchor(
            csv(backend, patronId),
            AttachmentType.DOWNLOAD,
            getTranslation("records.history.off.download"));
    download.setId("history-off-download");
    download.addClassName("portal-button-link");
    var cancel = new Button(getTranslation("records.history.off.cancel"), click -> dialog.close());
    cancel.setId("history-off-cancel");
    var confirm =
        new Button(
            getTranslation("records.history.off.confirm"),
            click -> {
              dialog.close();
              save(false, true);
            });
    confirm.setId("history-off-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(download, cancel, confirm);
    dialog.open();
    cancel.focus(); // the safe choice first for keyboard users
  }

  private void save(boolean enabled, boolean confirmDeletion) {
    String id = patronId.get();
    var answer = id == null ? null : backend.setReadingHistory(id, enabled, confirmDeletion);
    if (answer instanceof BackendAnswer.Found<ReadingHistoryConsent> found) {
      keep.setValue(found.value().enabled());
      if (!found.value().enabled()) {
        changed.accept(current); // the history is gone: show the (now empty) list again
      }
    } else {
      keep.setValue(!enabled);
      Notification.show(getTranslation("records.history.keep-failed"));
    }
  }

  LoanHistoryQuery query() {
    return current;
  }

  private LoanHistoryQuery update() {
    LoanHistoryQuery chosen = order.getValue() == null ? LoanHistoryQuery.ALL : order.getValue();
    current = new LoanHistoryQuery(search.getValue(), chosen.sort(), chosen.ascending());
    return current;
  }

  private DownloadHandler csv(BackendClient backend, Supplier<String> patronId) {
    return DownloadHandler.fromInputStream(
        event -> {
          String id = patronId.get();
          if (id == null) {
            return DownloadResponse.error(404);
          }
          return switch (backend.loanHistoryCsv(id, current)) {
            case BackendAnswer.Found<byte[]> found ->
                new DownloadResponse(
                    new ByteArrayInputStream(found.value()),
                    FILE_NAME,
                    "text/csv; charset=utf-8",
                    found.value().length);
            case BackendAnswer.NotFound<byte[]> none -> DownloadResponse.error(404);
            case BackendAnswer.Failed<byte[]> failed ->
                DownloadResponse.error(
                    failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN ? 401 : 503);
          };
        });
  }

  private String orderLabel(LoanHistoryQuery query) {
    // records.history.sort.<sort>.<asc|desc>
    String key =
        "records.history.sort."
            + query.sort().name().toLowerCase(Locale.ROOT)
            + (query.ascending() ? ".asc" : ".desc");
    return getTranslation(key);
  }
}

package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.backend.RecordPage;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;
import org.privacyportal.frontend.layout.Notice;
import org.privacyportal.frontend.layout.Pager;

/**
 * One category of a given patron's records, a page at a time, as the same cards as {@link
 * RecordsView}, for pages that show someone else's records read-only: a grantee's "Shared with me"
 * (no context: the backend grants on the authorization naming them) and the staff desk's check of a
 * written authorization ({@code ?check=}). The backend decides; a 404 shows "nothing to show".
 */
public final class CategoryRecords extends Div {

  private static final String PATH = "/api/v1/patrons/{id}/{category}?page={page}&size={size}";
  private static final String CHECK_PATH = PATH + "&check={check}";

  private final transient BackendClient backend;
  private final String patronId;
  private final String category;
  private final String checkId;
  private final String idPrefix;

  /**
   * @param checkId the desk check to name ({@code ?check=}), or null for the caller's own grant
   * @param idPrefix prefix of the ids of the list, its pager and its notice
   */
  public CategoryRecords(
      BackendClient backend, String patronId, String category, String checkId, String idPrefix) {
    this.backend = backend;
    this.patronId = patronId;
    this.category = category;
    this.checkId = checkId;
    this.idPrefix = idPrefix;
    setId(idPrefix);
    show(0);
  }

  private void show(int page) {
    var answer =
        checkId == null
            ? backend.get(RecordPage.class, PATH, patronId, category, page, RecordsView.PAGE_SIZE)
            : backend.get(
                RecordPage.class,
                CHECK_PATH,
                patronId,
                category,
                page,
                RecordsView.PAGE_SIZE,
                checkId);
    removeAll();
    switch (answer) {
      case BackendAnswer.Found<RecordPage> found -> showPage(found.value());
      case BackendAnswer.NotFound<RecordPage> none -> add(notice("records.not-available"));
      case BackendAnswer.Failed<RecordPage> failed ->
          add(
              notice(
                  failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN
                      ? "records.sign-in-again"
                      : "records.unavailable"));
    }
  }

  private void showPage(RecordPage result) {
    if (result.items().isEmpty()) {
      add(notice("records.empty-shared"));
      return;
    }
    var format =
        new ValueFormat(
            getLocale(),
            ReaderTimeZone.current(),
            yes -> getTranslation(yes ? "records.yes" : "records.no"));
    var list = new UnorderedList();
    list.setId(idPrefix + "-list");
    list.addClassName("portal-records");
    var items = result.items();
    for (int i = 0; i < items.size(); i++) {
      list.add(
          new RecordItem(
              i, category, items.get(i), format, (k, f) -> Translations.orElse(this, k, f)));
    }
    NotKept.note(category, items)
        .ifPresent(
            key -> {
              var note = new Paragraph(getTranslation(key));
              note.addClassName("portal-hint");
              add(note);
            });
    add(
        list,
        new Pager(
            idPrefix,
            result.page(),
            result.size(),
            result.total(),
            result.hasPrevious(),
            result.hasNext(),
            this::show));
  }

  private Component notice(String key) {
    return new Notice(idPrefix + "-notice", key);
  }
}

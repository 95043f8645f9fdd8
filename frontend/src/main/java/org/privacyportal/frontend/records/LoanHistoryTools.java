package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
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

/**
 * Above the reading history: a search (title or author), an order, and "Download CSV". The backend
 * searches, sorts and writes the file; the download asks it with the signed-in user's token at the
 * moment the patron clicks, with the search and order then shown.
 */
final class LoanHistoryTools extends Composite<Div> {

    static final String FILE_NAME = "reading-history.csv";

    private static final List<LoanHistoryQuery> ORDERS = List.of(
            new LoanHistoryQuery("", Sort.RETURNED, false), new LoanHistoryQuery("", Sort.RETURNED, true),
            new LoanHistoryQuery("", Sort.TITLE, true), new LoanHistoryQuery("", Sort.TITLE, false),
            new LoanHistoryQuery("", Sort.AUTHOR, true), new LoanHistoryQuery("", Sort.AUTHOR, false));

    private final TextField search = new TextField();
    private final Select<LoanHistoryQuery> order = new Select<>();
    /** The query shown, kept for the download, which runs outside the UI's lock and must not read fields. */
    private volatile LoanHistoryQuery current = LoanHistoryQuery.ALL;

    /**
     * @param changed called with the new query when the patron changes the search or the order
     * @param patronId whose history (as /api/v1/me said) when the download is asked for
     */
    LoanHistoryTools(BackendClient backend, Supplier<String> patronId, Consumer<LoanHistoryQuery> changed) {
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

        var download = new Anchor(csv(backend, patronId), AttachmentType.DOWNLOAD,
                getTranslation("records.history.download"));
        download.setId("history-download");
        download.addClassName("portal-button-link");

        var fields = new Div(search, order);
        fields.addClassName("portal-history-fields");
        getContent().addClassName("portal-history-tools");
        getContent().add(fields, download);
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
        return DownloadHandler.fromInputStream(event -> {
            String id = patronId.get();
            if (id == null) {
                return DownloadResponse.error(404);
            }
            return switch (backend.loanHistoryCsv(id, current)) {
                case BackendAnswer.Found<byte[]> found -> new DownloadResponse(
                        new ByteArrayInputStream(found.value()), FILE_NAME, "text/csv; charset=utf-8",
                        found.value().length);
                case BackendAnswer.NotFound<byte[]> none -> DownloadResponse.error(404);
                case BackendAnswer.Failed<byte[]> failed -> DownloadResponse.error(
                        failed.reason() == BackendAnswer.Reason.SIGN_IN_AGAIN ? 401 : 503);
            };
        });
    }

    private String orderLabel(LoanHistoryQuery query) {
        // records.history.sort.<sort>.<asc|desc>
        String key = "records.history.sort." + query.sort().name().toLowerCase(Locale.ROOT)
                + (query.ascending() ? ".asc" : ".desc");
        return getTranslation(key);
    }
}

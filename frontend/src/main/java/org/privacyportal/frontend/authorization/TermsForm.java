package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.privacyportal.frontend.i18n.Translations;

/**
 * The terms of a new authorization: who (full name, optional card), which records (reading history
 * only through its own, explained box), what for, from when until when (today and 30 days later
 * unless changed). Checks only what is missing; the backend checks everything again and its
 * refusals are shown on the fields ({@link #showProblems}).
 */
final class TermsForm extends Div {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_NAME = 200;
  static final int MAX_PURPOSE = 500;

  private final TextField granteeName = new TextField();
  private final TextField granteeCard = new TextField();
  private final CheckboxGroup<String> categories = new CheckboxGroup<>();
  private final Checkbox readingHistory = new Checkbox();
  private final TextArea purpose = new TextArea();
  private final DatePicker validFrom = new DatePicker();
  private final DatePicker validUntil = new DatePicker();

  TermsForm(LocalDate today) {
    addClassName("authorization-form");
    granteeName.setId("grantee-name");
    granteeName.setLabel(getTranslation("authorization.form.grantee-name"));
    granteeName.setHelperText(getTranslation("authorization.form.grantee-name.hint"));
    granteeName.setMaxLength(MAX_NAME);
    granteeName.setRequired(true);
    granteeName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    granteeCard.setId("grantee-card");
    granteeCard.setLabel(getTranslation("authorization.form.grantee-card"));
    granteeCard.setHelperText(getTranslation("authorization.form.grantee-card.hint"));
    granteeCard.setMaxLength(32);

    categories.setId("categories");
    categories.setLabel(getTranslation("authorization.form.categories"));
    categories.setHelperText(getTranslation("authorization.form.categories.hint"));
    categories.setItems(Words.CATEGORIES);
    categories.setItemLabelGenerator(category -> Translations.value(this, "categories", category));
    // not setRequired: Vaadin would put aria-required on its role=group, which ARIA does not allow

    readingHistory.setId("reading-history");
    readingHistory.setLabel(getTranslation("authorization.form.reading-history"));
    var readingHistoryText =
        new Paragraph(getTranslation("authorization.form.reading-history.text"));
    readingHistoryText.setId("reading-history-text");
    var readingHistoryHeading =
        new H2(getTranslation("authorization.form.reading-history.heading"));
    var readingHistoryBox = new Div(readingHistoryHeading, readingHistoryText, readingHistory);
    readingHistoryBox.setId("reading-history-box");
    readingHistoryBox.addClassName("authorization-reading-history");

    purpose.setId("purpose");
    purpose.setLabel(getTranslation("authorization.form.purpose"));
    purpose.setHelperText(getTranslation("authorization.form.purpose.hint"));
    purpose.setMaxLength(MAX_PURPOSE);
    purpose.setRequired(true);

    validFrom.setId("valid-from");
    validFrom.setLabel(getTranslation("authorization.form.valid-from"));
    validFrom.setLocale(getLocale());
    validFrom.setI18n(calendarWords());
    validFrom.setMin(today);
    validFrom.setValue(today);
    validUntil.setId("valid-until");
    validUntil.setLabel(getTranslation("authorization.form.valid-until"));
    validUntil.setHelperText(getTranslation("authorization.form.valid-until.hint"));
    validUntil.setLocale(getLocale());
    validUntil.setI18n(calendarWords());
    validUntil.setMin(today.plusDays(1));
    validUntil.setValue(today.plusDays(DEFAULT_DAYS));
    validFrom.addValueChangeListener(
        change -> {
          if (change.getValue() != null) {
            validUntil.setMin(change.getValue().plusDays(1));
            validUntil.setMax(change.getValue().plusYears(1));
          }
        });
    validUntil.setMax(today.plusYears(1));
    var dates = new Div(validFrom, validUntil);
    dates.addClassName("authorization-dates");

    // the form's own checks and the backend's answer mark the fields, nothing else (manual)
    for (TextField field : List.of(granteeName, granteeCard)) {
      field.setManualValidation(true);
      field.setWidthFull();
      field.addValueChangeListener(change -> field.setInvalid(false));
    }
    purpose.setManualValidation(true);
    purpose.setWidthFull();
    purpose.addValueChangeListener(change -> purpose.setInvalid(false));
    categories.setManualValidation(true);
    categories.addValueChangeListener(change -> categories.setInvalid(false));
    for (DatePicker field : List.of(validFrom, validUntil)) {
      field.setManualValidation(true);
      field.addValueChangeListener(change -> field.setInvalid(false));
    }
    add(granteeName, granteeCard, categories, readingHistoryBox, purpose, dates);
  }

  /** The calendar's month and day names and buttons in the page's language (English otherwise). */
  private DatePicker.DatePickerI18n calendarWords() {
    Locale language = getLocale();
    var symbols = DateFormatSymbols.getInstance(language);
    var words = new DatePicker.DatePickerI18n();
    words.setMonthNames(List.of(symbols.getMonths()).subList(0, 12));
    words.setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8));
    words.setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8));
    words.setFirstDayOfWeek(WeekFields.of(language).getFirstDayOfWeek().getValue() % 7);
    words.setToday(getTranslation("authorization.form.calendar.today"));
    words.setCancel(getTranslation("authorization.form.calendar.cancel"));
    return words;
  }

  /** Fills the form again (back from the review). */
  void fill(Terms terms) {
    granteeName.setValue(terms.granteeName());
    granteeCard.setValue(terms.granteeCardNumber() == null ? "" : terms.granteeCardNumber());
    categories.setValue(new java.util.LinkedHashSet<>(terms.categories()));
    readingHistory.setValue(terms.includeReadingHistory());
    purpose.setValue(terms.purpose());
    validFrom.setValue(terms.validFrom());
    validUntil.setValue(terms.validUntil());
  }

  /** The terms, or empty with the missing fields marked. */
  Optional<Terms> read(String language) {
    boolean complete = true;
    String name = granteeName.getValue().strip();
    if (name.isEmpty()) {
      mark(granteeName, "authorization.field-problem.granteeName");
      complete = false;
    }
    if (categories.getValue().isEmpty()) {
      categories.setErrorMessage(getTranslation("authorization.field-problem.categories"));
      categories.setInvalid(true);
      complete = false;
    }
    String what = purpose.getValue().strip();
    if (what.isEmpty()) {
      mark(purpose, "authorization.field-problem.purpose");
      complete = false;
    }
    LocalDate from = validFrom.getValue();
    LocalDate until = validUntil.getValue();
    if (from == null || from.isBefore(validFrom.getMin())) {
      validFrom.setErrorMessage(getTranslation("authorization.field-problem.validFrom"));
      validFrom.setInvalid(true);
      complete = false;
    }
    if (until == null
        || (from != null && (!until.isAfter(from) || until.isAfter(from.plusYears(1))))) {
      validUntil.setErrorMessage(getTranslation("authorization.field-problem.validUntil"));
      validUntil.setInvalid(true);
      complete = false;
    }
    if (!complete) {
      return Optional.empty();
    }
    List<String> chosen = new ArrayList<>();
    Words.CATEGORIES.stream().filter(categories.getValue()::contains).forEach(chosen::add);
    String card = granteeCard.getValue().replaceAll("\\s", "");
    return Optional.of(
        new Terms(
            name,
            card.isEmpty() ? null : card,
            chosen,
            readingHistory.getValue(),
            what,
            from,
            until,
            language));
  }

  /** Marks the fields the backend refused, each with its message. */
  void showProblems(Map<String, String> fieldKeys) {
    fieldKeys.forEach(
        (field, key) -> {
          switch (field) {
            case "granteeName" -> mark(granteeName, key);
            case "granteeCardNumber" -> mark(granteeCard, key);
            case "purpose" -> mark(purpose, key);
            case "categories" -> {
              categories.setErrorMessage(getTranslation(key));
              categories.setInvalid(true);
            }
            case "validFrom" -> {
              validFrom.setErrorMessage(getTranslation(key));
              validFrom.setInvalid(true);
            }
            case "validUntil" -> {
              validUntil.setErrorMessage(getTranslation(key));
              validUntil.setInvalid(true);
            }
            default -> {
              // a field of the review step, not of this form
            }
          }
        });
  }

  /** Marks the grantee's fields (a card that is not that person's). */
  void markGrantee(String key) {
    mark(granteeCard, key);
  }

  private void mark(TextField field, String key) {
    field.setErrorMessage(getTranslation(key));
    field.setInvalid(true);
  }

  private void mark(TextArea field, String key) {
    field.setErrorMessage(getTranslation(key));
    field.setInvalid(true);
  }
}

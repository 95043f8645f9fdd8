package org.privacyportal.frontend.details;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Ask for a change": the patron's details in labelled fields, filled in with what the library has
 * now. Sending puts only what the patron changed into the request (a whole address if any of its
 * lines changed; an emptied e-mail or phone asks to remove it). The backend checks everything; this
 * form only shows, on each field, the problems the backend named.
 */
final class ChangeForm extends Composite<Div> {

  /** The translated message for a field the backend refused: this prefix and its name. */
  static final String ERROR_KEY = "details.error.";

  /** Backend field name -> the form's field. */
  private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();

  /** The values the form was filled in with, to tell what the patron changed. */
  private final Map<String, String> initial = new LinkedHashMap<>();

  private final Paragraph summary = new Paragraph();
  private final Button send = new Button();

  /**
   * @param onSend called with the request body; never with an empty one
   */
  ChangeForm(ContactDetails current, Consumer<Map<String, Object>> onSend) {
    ContactDetails.Address address =
        current.address() == null
            ? new ContactDetails.Address(null, null, null, null, null)
            : current.address();
    var email = new EmailField();
    add(
        "email",
        email,
        "email",
        current.email(),
        Autocomplete.EMAIL,
        254,
        getTranslation("details.hint.email"));
    var phone = new TextField();
    add(
        "phone",
        phone,
        "phone",
        DetailsFormat.phone(current.phone()),
        Autocomplete.TEL,
        32,
        getTranslation("details.hint.phone"));
    phone.getElement().setAttribute("inputmode", "tel");
    add(
        "address.line1",
        new TextField(),
        "line1",
        address.line1(),
        Autocomplete.ADDRESS_LINE1,
        200,
        null);
    add(
        "address.line2",
        new TextField(),
        "line2",
        address.line2(),
        Autocomplete.ADDRESS_LINE2,
        200,
        getTranslation("details.hint.line2"));
    add(
        "address.city",
        new TextField(),
        "city",
        address.city(),
        Autocomplete.ADDRESS_LEVEL2,
        100,
        null);
    add(
        "address.region",
        new TextField(),
        "region",
        address.region(),
        Autocomplete.ADDRESS_LEVEL1,
        2,
        getTranslation("details.hint.region"));
    add(
        "address.postalCode",
        new TextField(),
        "postal-code",
        address.postalCode(),
        Autocomplete.POSTAL_CODE,
        10,
        getTranslation("details.hint.postal-code"));

    var heading = new H2(getTranslation("details.form.heading"));
    heading.setId("details-form-heading");
    var hint = new Paragraph(getTranslation("details.form.hint"));
    hint.addClassName("portal-hint");
    summary.setId("details-form-problem");
    summary.addClassName("details-problem");
    summary.getElement().setAttribute("role", "alert");
    summary.setVisible(false);
    var addressHeading = new H3(getTranslation("details.field.address"));
    addressHeading.addClassName("details-subheading");
    var contact = new Div(fields.get("email"), fields.get("phone"));
    contact.addClassName("details-fields");
    var postal =
        new Div(
            fields.get("address.line1"),
            fields.get("address.line2"),
            fields.get("address.city"),
            fields.get("address.region"),
            fields.get("address.postalCode"));
    postal.addClassName("details-fields");
    postal.addClassName("details-address-fields");
    send.setText(getTranslation("details.form.send"));
    send.setId("details-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        click -> {
          clearProblems();
          Map<String, Object> body = body();
          if (body.isEmpty()) {
            showProblem(getTranslation("details.form.nothing-changed"));
          } else {
            onSend.accept(body);
          }
        });
    getContent().setId("details-form");
    getContent().addClassName("portal-card");
    getContent().getElement().setAttribute("aria-labelledby", "details-form-heading");
    getContent().add(heading, hint, contact, addressHeading, postal, summary, send);
  }

  private void add(
      String name,
      TextFieldBase<?, String> field,
      String id,
      String value,
      Autocomplete autocomplete,
      int maxLength,
      String helper) {
    field.setId("details-" + id);
    field.setLabel(getTranslation(RequestCards.fieldKey(name)));
    field.setValue(value == null ? "" : value);
    if (field instanceof TextField text) {
      text.setAutocomplete(autocomplete);
      text.setMaxLength(maxLength);
      text.setManualValidation(true); // the backend decides; the form shows what it said
    } else if (field instanceof EmailField mail) {
      mail.setAutocomplete(autocomplete);
      mail.setMaxLength(maxLength);
      mail.setManualValidation(true);
    }
    if (helper != null) {
      field.setHelperText(helper);
    }
    field.setWidthFull();
    fields.put(name, field);
    initial.put(name, field.getValue());
  }

  /** Only what differs from what the form was filled in with. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    if (changed("email")) {
      body.put("email", value("email"));
    }
    if (changed("phone")) {
      body.put("phone", value("phone"));
    }
    if (fields.keySet().stream().filter(n -> n.startsWith("address.")).anyMatch(this::changed)) {
      Map<String, Object> address = new LinkedHashMap<>();
      for (String part : new String[] {"line1", "line2", "city", "region", "postalCode"}) {
        String value = value("address." + part);
        if (!value.isEmpty()) {
          address.put(part, value);
        }
      }
      body.put("address", address);
    }
    return body;
  }

  /** Marks each field the backend named with its translated message; true when it named any. */
  boolean showProblems(Set<String> named) {
    boolean any = false;
    for (String name : named) {
      // "address" alone: the address as a whole (the form always sends it whole): mark its first
      // line
      var field = fields.get("address".equals(name) ? "address.line1" : name);
      if (field != null) {
        field.setErrorMessage(getTranslation(ERROR_KEY + name));
        field.setInvalid(true);
        any = true;
      }
    }
    if (any) {
      showProblem(getTranslation("details.form.check-fields"));
      named.stream()
          .map(n -> fields.get("address".equals(n) ? "address.line1" : n))
          .filter(f -> f != null)
          .findFirst()
          .ifPresent(TextFieldBase::focus);
    }
    return any;
  }

  void showProblem(String text) {
    summary.setText(text);
    summary.setVisible(true);
  }

  private void clearProblems() {
    summary.setVisible(false);
    fields.values().forEach(f -> f.setInvalid(false));
  }

  private boolean changed(String name) {
    return !value(name).equals(initial.get(name).strip());
  }

  private String value(String name) {
    String value = fields.get(name).getValue();
    return value == null ? "" : value.strip();
  }
}

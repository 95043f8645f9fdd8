package org.privacyportal.frontend.details;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Contact details as a description list: the patron's current ones, or the new values of a request
 * (only the fields it changes, "Remove" where it empties one). Shared by the patron's page and the
 * staff list.
 */
public final class RequestCards {

  /** The fields, in the order they are always shown. */
  public static final List<String> FIELDS = List.of("email", "phone", "address");

  private final BiFunction<String, Object[], String> translate;

  /**
   * @param translate the component's getTranslation(key, params)
   */
  public RequestCards(BiFunction<String, Object[], String> translate) {
    this.translate = translate;
  }

  /** All three fields; "Not given" where the library has none. */
  public DescriptionList current(ContactDetails details, String idPrefix) {
    var list = list();
    for (String field : FIELDS) {
      add(list, field, value(details, field, false), idPrefix);
    }
    return list;
  }

  /** Only the fields in {@code changed}; a null e-mail or phone reads "Remove it". */
  public DescriptionList values(ContactDetails details, List<String> changed, String idPrefix) {
    var list = list();
    for (String field : FIELDS) {
      if (changed.contains(field)) {
        add(list, field, value(details, field, true), idPrefix);
      }
    }
    return list;
  }

  /**
   * One field's value for reading: the address on its lines. A missing value reads "Remove it" in a
   * request ({@code requested}), else "Not given".
   */
  public Component value(ContactDetails details, String field, boolean requested) {
    ContactDetails d = details == null ? new ContactDetails(null, null, null) : details;
    String missing = t(requested ? "details.remove" : "details.not-given");
    return switch (field) {
      case "email" -> new Span(d.email() == null || d.email().isBlank() ? missing : d.email());
      case "phone" ->
          new Span(
              d.phone() == null || d.phone().isBlank() ? missing : DetailsFormat.phone(d.phone()));
      default -> address(d.address(), missing);
    };
  }

  /** The translated name of a request's status. */
  public String status(String status) {
    return switch (status == null ? "" : status) {
      case "PENDING" -> t("details.status.pending");
      case "APPROVED" -> t("details.status.approved");
      case "REJECTED" -> t("details.status.rejected");
      case "WITHDRAWN" -> t("details.status.withdrawn");
      default -> status;
    };
  }

  /** Who asked, as the patron or staff read it. */
  public String requestedBy(String role) {
    return "GUARDIAN".equals(role)
        ? t("details.requested-by.guardian")
        : t("details.requested-by.self");
  }

  /** The translation key of a field's label ("email", "address.line1"...). */
  public static String fieldKey(String field) {
    return "details.field." + field;
  }

  private DescriptionList list() {
    var list = new DescriptionList();
    list.addClassName("portal-details");
    return list;
  }

  private void add(DescriptionList list, String field, Component value, String idPrefix) {
    var description = new DescriptionList.Description(value);
    description.setId(idPrefix + "-" + field);
    list.add(new DescriptionList.Term(t(fieldKey(field))), description);
  }

  /** One line per address line, so a screen reader pauses between them. */
  private Component address(ContactDetails.Address address, String missing) {
    List<String> lines = DetailsFormat.addressLines(address);
    if (lines.isEmpty()) {
      return new Span(missing);
    }
    var block = new Div();
    block.addClassName("details-address");
    lines.forEach(line -> block.add(new Div(line)));
    return block;
  }

  private String t(String key) {
    return translate.apply(key, new Object[0]);
  }
}

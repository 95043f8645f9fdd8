package org.privacyportal.frontend.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The time zone times are shown in: the reader's, as their browser reports it. */
public final class ReaderTimeZone {

  private ReaderTimeZone() {}

  /** The browser's time zone; the server's when the browser has not reported one (yet). */
  public static ZoneId current() {
    return Optional.ofNullable(UI.getCurrent())
        .map(ui -> ui.getInternals().getExtendedClientDetails())
        .map(ExtendedClientDetails::getTimeZoneId)
        .flatMap(ReaderTimeZone::zoneId)
        .orElseGet(ZoneId::systemDefault);
  }

  private static Optional<ZoneId> zoneId(String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException | NullPointerException unknown) {
      return Optional.empty();
    }
  }
}

package org.privacyportal.backend.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import javax.sql.DataSource;
import org.privacyportal.backend.db.Database;

/** GET /health, open: 200 when the database answers, else 503 (for the launcher and compose). */
public final class HealthHandler implements Handler {

  /** The body of /health. */
  public record Health(String status, String database) {}

  private static final Health UP = new Health("UP", "UP");
  private static final Health DOWN = new Health("DOWN", "DOWN");

  private final DataSource dataSource;

  public HealthHandler(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void handle(Context ctx) {
    boolean up = Database.isUp(dataSource);
    ctx.header("Cache-Control", "no-store");
    ctx.status(up ? 200 : 503).json(up ? UP : DOWN);
  }
}

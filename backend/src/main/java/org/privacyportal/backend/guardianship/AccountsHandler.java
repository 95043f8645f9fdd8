package org.privacyportal.backend.guardianship;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.auth.AuthHandler;

/** GET /api/v1/me/accounts: {"accounts":[...]}, self first, then each minor guarded today. */
public final class AccountsHandler implements Handler {

  private final AccountService accounts;

  public AccountsHandler(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void handle(Context ctx) {
    List<Account> list = accounts.accountsOf(AuthHandler.user(ctx));
    ctx.json(Map.of("accounts", list));
  }
}

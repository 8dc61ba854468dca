package com.example.salesforce;

import com.example.salesforce.oauth.InvalidGrantException;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.KnownReason;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.RawResponse;
import dev.oautherrors.runtime.SafeText;
import dev.oautherrors.runtime.TypedOAuthError;
import java.io.PrintStream;
import java.util.Optional;

/** Prints outcomes so that a person sees at a glance what happened and what the app decided. */
final class Report {
  private static final int LABEL = 10;

  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void title(int number, String title) {
    out.println();
    out.println("[" + number + "] " + title);
  }

  void line(String label, String text) {
    out.println("    " + pad(label) + SafeText.forLog(text));
  }

  void raw(RawResponse response) {
    String status = response.status().isPresent() ? "HTTP " + response.status().getAsInt() + "  "
        : "";
    line("received", status + response.body());
  }

  /** The typed error: its class, how its code matched, its documented cause and reason. */
  void typed(TypedOAuthError error) {
    StringBuilder type = new StringBuilder(error.getClass().getSimpleName());
    if (error.match() == CodeMatch.ALIAS || error.match() == CodeMatch.LENIENT) {
      type.append("  (sent as '").append(error.code()).append("', matched by ")
          .append(error.match().name().toLowerCase(java.util.Locale.ROOT)).append(')');
    }
    if (error.error().origin() == OAuthError.Origin.STATE_CHECK) {
      type.append("  (raised by this app's state check)");
    }
    line("type", type.toString());
    Optional<KnownReason> reason = error.knownReason();
    if (error instanceof InvalidGrantException grant && grant.reason().isPresent()) {
      line("reason", grant.reason().get().name() + ": " + grant.reason().get().cause());
    } else if (reason.isPresent()) {
      line("reason", reason.get().id() + ": " + reason.get().cause());
    } else {
      line("cause", error.documentedCause());
    }
    line("retry", error.retryAdvice().name());
  }

  void notOAuth(ParseResult.NotOAuth<?> notOAuth) {
    line("outcome", "not an OAuth response (" + notOAuth.problem() + "): " + notOAuth.detail());
  }

  void decision(Object decision) {
    line("decision", decision.toString().toUpperCase(java.util.Locale.ROOT).charAt(0)
        + decision.toString().substring(1));
  }

  private static String pad(String label) {
    return label + " ".repeat(Math.max(1, LABEL - label.length()));
  }
}

package com.example.salesforce;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code explain}: parses a callback URL, a token-endpoint JSON body or a saved HTTP response,
 * and prints the typed error, what the catalog says about it, and what to do.
 */
final class Explain {
  private Explain() {}

  /** Explains {@code input}: the text itself, {@code @file}, or {@code -} for standard input. */
  static int run(String input, InputStream stdin, PrintStream out) throws IOException {
    String text = input.equals("-")
        ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
        : input.startsWith("@") ? Files.readString(Path.of(input.substring(1))) : input;
    Report report = new Report(out);
    ParseResult<OAuthErrorException> result = parse(text, report);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      explain(error.error(), report);
      return 0;
    }
    if (result instanceof ParseResult.NotOAuth<OAuthErrorException> notOAuth) {
      report.notOAuth(notOAuth);
      return 1;
    }
    report.line("outcome", "a success, not an error: "
        + ((ParseResult.Success<OAuthErrorException>) result).parameters());
    return 0;
  }

  private static ParseResult<OAuthErrorException> parse(String text, Report report) {
    String trimmed = text.strip();
    Optional<SavedResponse> saved = SavedResponse.parse(trimmed);
    if (saved.isPresent()) {
      report.line("input", "an HTTP response, status " + saved.get().status());
      return OAuthErrors.parser().parseResponse(saved.get().status(), saved.get().headers(),
          saved.get().body());
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("<")) {
      report.line("input", "a response body");
      return OAuthErrors.parser().parseBody(trimmed);
    }
    report.line("input", "a redirect (callback URL)");
    return OAuthErrors.parser().parseRedirect(trimmed);
  }

  private static void explain(OAuthErrorException error, Report report) {
    report.line("code", error.code() + (error.description().isPresent()
        ? "  \"" + error.description().get() + "\"" : ""));
    error.error().uriAsLink().ifPresent(link -> report.line("more", link.toString()));
    if (error.error().uri().isPresent() && error.error().uriAsLink().isEmpty()) {
      report.line("error_uri", error.error().uri().get() + "  (not a safe http(s) link)");
    }
    report.typed(error);
    Optional<CatalogEntry> entry = error.catalogEntry();
    entry.flatMap(CatalogEntry::group).ifPresent(group -> report.line("group", group));
    entry.filter(e -> !e.flows().isEmpty())
        .ifPresent(e -> report.line("flows", String.join(", ", e.flows())));
    report.line("do", error.action().orElse(error.isKnown()
        ? "the catalog gives no advice for this code"
        : "add the code to errors/salesforce.yaml once you know what it means; until then, the handlers'"
            + " unknown-code method decides"));
  }
}

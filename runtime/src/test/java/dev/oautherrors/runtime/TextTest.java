package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text the library derives: log- and HTML-safe forms, safe links, lenient code and reason
 * matching, and what a typed error says about itself. Written where mutation testing showed
 * behaviour no test pinned down, boundaries first.
 */
class TextTest {

  // --- SafeText ----------------------------------------------------------------------------------

  @Test
  void forLogEscapesExactlyTheCharactersThatForgeOrHideLines() {
    for (char c : new char[] {'\u0000', '\u001f', '\u007f', '\u0080', '\u009f', '\u2028',
        '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c',
        '\ufeff', '\u00a0', '\u202f', '\u200b', '\u200d', '\u00ad', '\u3000', '\ud800',
        '\udfff'}) {
      assertEquals(String.format(Locale.ROOT, "a\\u%04xb", (int) c), SafeText.forLog("a" + c + "b"));
    }
    // A tag character (format, outside the BMP): both halves of its pair escaped.
    assertEquals("a\\udb40\\udc01b", SafeText.forLog("a\udb40\udc01b"));
    for (char c : new char[] {' ', '~', '\u2027', '\u2065', '\u061b', '\ufefe', 'é'}) {
      String text = "a" + c + "b";
      assertSame(text, SafeText.forLog(text), () -> "U+" + Integer.toHexString(c));
    }
    assertEquals("\\r\\n\\t\\\\", SafeText.forLog("\r\n\t\\"));
    assertEquals("ok \\n", SafeText.forLog("ok \n"));
    String emoji = "a\ud83d\ude00b";
    assertSame(emoji, SafeText.forLog(emoji), "a surrogate pair is one visible character");
  }

  @Test
  void forHtmlEscapesMarkupAndControls() {
    assertEquals("&lt;", SafeText.forHtml("<"));
    assertEquals("&gt;", SafeText.forHtml(">"));
    assertEquals("&amp;", SafeText.forHtml("&"));
    assertEquals("&quot;", SafeText.forHtml("\""));
    assertEquals("&#39;", SafeText.forHtml("'"));
    assertEquals("a&lt;b&gt;c&amp;d&quot;e&#39;f\\n", SafeText.forHtml("a<b>c&d\"e'f\n"));
    String plain = "plain text";
    assertSame(plain, SafeText.forHtml(plain));
  }

  @Test
  void linksAreOnlyAbsoluteHttpUrisWithAHostAndNoUserInfo() {
    assertEquals(Optional.of(URI.create("https://help.example/a?b=c#d")),
        SafeText.link("https://help.example/a?b=c#d"));
    assertEquals(Optional.of(URI.create("HTTP://help.example/~x!")),
        SafeText.link("HTTP://help.example/~x!"));
    for (String bad : new String[] {"", "https://help.example/a b", "https://help.example/\u007f",
        "https://help.example/\u00e9", "https://help.example/\u001f", "ftp://help.example/",
        "javascript:alert(1)", "mailto:a@b.example", "/relative", "https:///no-host",
        "https://user:pass@help.example/", "https://[bad"}) {
      assertEquals(Optional.empty(), SafeText.link(bad), bad);
    }
    assertEquals(Optional.empty(), SafeText.link(null));
  }

  // --- CodeNormalizer ----------------------------------------------------------------------------

  @Test
  void normalizerFoldsAsciiCaseAndHyphenOnly() {
    assertEquals("a", CodeNormalizer.normalize("A"));
    assertEquals("z", CodeNormalizer.normalize("Z"));
    assertEquals("_", CodeNormalizer.normalize("-"));
    assertEquals("_a_z", CodeNormalizer.normalize("-A-Z"));
    assertEquals("x_az", CodeNormalizer.normalize("x-AZ"));
    String untouched = "@[`{_az09\u00c9\u0130";
    assertSame(untouched, CodeNormalizer.normalize(untouched));
    assertEquals("a@[`{\u00c9", CodeNormalizer.normalize("A@[`{\u00c9"));
  }

  // --- ReasonText and KnownReason ----------------------------------------------------------------

  @Test
  void reasonTextsMatchIgnoringCaseSpacingAndFinalPeriods() {
    assertEquals("ip restricted or invalid login hours",
        ReasonText.normalize("  IP  restricted\tor\u00a0invalid\nlogin hours...  "));
    assertEquals("", ReasonText.normalize(" . "));
    assertEquals("a.b", ReasonText.normalize("a.b."));
    // Every trailing period goes, with the spaces between them, as the class's doc says.
    assertEquals("expired", ReasonText.normalize("Expired ."));
    assertEquals("expired", ReasonText.normalize("expired.."));
    assertEquals("expired", ReasonText.normalize("expired. . ."));
    assertEquals("e.x", ReasonText.normalize("e.x"));
    KnownReason reason = reason("ip", "IP restricted or invalid login hours", RetryAdvice.NEVER,
        null, "ip restricted");
    assertEquals(List.of("IP restricted or invalid login hours", "ip restricted"),
        reason.spellings());
    assertTrue(ReasonText.matches("ip RESTRICTED or invalid login hours.", reason));
    assertTrue(ReasonText.matches("IP Restricted", reason));
    assertFalse(ReasonText.matches("IP restricted or invalid", reason));
    KnownReason other = reason("other", "other", RetryAdvice.NEVER, null);
    KnownReason sameSpelling = reason("again", "IP restricted", RetryAdvice.NEVER, null);
    CatalogEntry entry = CatalogEntry.builder("invalid_grant", "cause")
        .reasons(other, reason, sameSpelling).build();
    assertEquals(Optional.of(reason), entry.reasonFor("ip restricted"));
    assertEquals(Optional.of(reason), entry.reasonFor(" IP  Restricted. "), "first one wins");
    assertEquals(Optional.of(other), entry.reasonFor("Other."));
    assertEquals(Optional.empty(), entry.reasonFor("nothing"));
    assertEquals(Optional.empty(), entry.reasonFor(null));
    assertEquals(Optional.empty(), CatalogEntry.builder("x", "c").build().reasonFor("other"));
  }

  // --- TypedOAuthError ---------------------------------------------------------------------------

  @Test
  void typedErrorPrefersTheKnownReasonsAdviceOverItsCodes() {
    KnownReason expired = reason("expired", "expired access/refresh token", RetryAdvice.RESTART,
        "Log in again.");
    KnownReason busy = reason("busy", "token request is already being processed",
        RetryAdvice.BACK_OFF, null);
    CatalogEntry entry = CatalogEntry.builder("invalid_grant", "The grant is invalid.")
        .action("Check the grant.")
        .retryAdvice(RetryAdvice.POLL)
        .reasons(expired, busy)
        .build();

    TypedOAuthError withReason = typed("invalid_grant", "Expired access/refresh token.", entry);
    assertTrue(withReason.isKnown());
    assertEquals("The grant is invalid.", withReason.documentedCause());
    assertEquals(Optional.of(expired), withReason.knownReason());
    assertEquals(Optional.of("Log in again."), withReason.action());
    assertEquals(RetryAdvice.RESTART, withReason.retryAdvice());
    assertEquals("invalid_grant", withReason.code());
    assertEquals(Optional.of("Expired access/refresh token."), withReason.description());

    TypedOAuthError reasonWithoutAction =
        typed("invalid_grant", "token request is already being processed", entry);
    assertEquals(Optional.of(busy), reasonWithoutAction.knownReason());
    assertEquals(Optional.of("Check the grant."), reasonWithoutAction.action());
    assertEquals(RetryAdvice.BACK_OFF, reasonWithoutAction.retryAdvice());

    TypedOAuthError noReason = typed("invalid_grant", "something else", entry);
    assertEquals(Optional.empty(), noReason.knownReason());
    assertEquals(Optional.of("Check the grant."), noReason.action());
    assertEquals(RetryAdvice.POLL, noReason.retryAdvice());

    TypedOAuthError noDescription = typed("invalid_grant", null, entry);
    assertEquals(Optional.empty(), noDescription.knownReason());
    assertEquals(RetryAdvice.POLL, noDescription.retryAdvice());

    TypedOAuthError unknown = typed("new_code", "expired access/refresh token", null);
    assertFalse(unknown.isKnown());
    assertEquals("The catalog does not list this code; the server may have added it.",
        unknown.documentedCause());
    assertEquals(Optional.empty(), unknown.knownReason());
    assertEquals(Optional.empty(), unknown.action());
    assertEquals(RetryAdvice.NEVER, unknown.retryAdvice());
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** A known reason as generated code would implement it. */
  static KnownReason reason(String id, String description, RetryAdvice retry, String action,
      String... aliases) {
    return new KnownReason() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String cause() {
        return description;
      }

      @Override
      public RetryAdvice retryAdvice() {
        return retry;
      }

      @Override
      public Optional<String> action() {
        return Optional.ofNullable(action);
      }

      @Override
      public List<String> aliases() {
        return List.of(aliases);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  private static TypedOAuthError typed(String code, String description, CatalogEntry entry) {
    OAuthError error = OAuthError.builder(code).description(description).build();
    return new TypedOAuthError() {
      @Override
      public OAuthError error() {
        return error;
      }

      @Override
      public CodeMatch match() {
        return entry == null ? CodeMatch.UNKNOWN : CodeMatch.EXACT;
      }

      @Override
      public Optional<CatalogEntry> catalogEntry() {
        return Optional.ofNullable(entry);
      }
    };
  }
}

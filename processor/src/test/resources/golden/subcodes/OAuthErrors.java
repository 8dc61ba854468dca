package com.example.entra;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.ErrorTypes;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParserLimits;
import dev.oautherrors.runtime.StackTrace;
import dev.oautherrors.runtime.SubCodeSource;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The OAuth error catalog {@code errors.yaml}, compiled: parsers that turn responses into its typed
 * errors, and the lookup from a wire code to its type.
 *
 * <pre>{@code
 * switch (OAuthErrors.parser().parseRedirect(callbackUri, expectedState)) { ... }
 * }</pre>
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class OAuthErrors {
  /**
   * SHA-256 of the catalog file these types were generated from.
   */
  public static final String CATALOG_SHA256 = "0";

  private static final OAuthErrorParser<OAuthErrorException> PARSER = parser(ParserLimits.DEFAULT);

  private OAuthErrors() {
  }

  /**
   * The parser for this catalog's errors, with {@link ParserLimits#DEFAULT} limits.
   */
  public static OAuthErrorParser<OAuthErrorException> parser() {
    return PARSER;
  }

  /**
   * A parser for this catalog's errors with other limits.
   */
  public static OAuthErrorParser<OAuthErrorException> parser(ParserLimits limits) {
    return OAuthErrorParser.builder(new Types())
        .limits(limits)
        .subCodes(SubCodeSource.of("error_codes", "^AADSTS(\\d{1,10}):"))
        .build();
  }

  /**
   * The typed exception for {@code error}, recording the stack trace of this call: ready to throw.
   */
  public static OAuthErrorException of(OAuthError error) {
    return create(error, StackTrace.CAPTURE);
  }

  /**
   * The typed exception for {@code error}'s code: the exact spelling first, then the catalog's
   * aliases, then the lenient spelling ({@link CodeNormalizer}); the unknown-code type when none
   * matches.
   *
   * @param stackTrace whether to record the stack trace; parsers omit it, since capturing one costs
   *     about a microsecond
   */
  public static OAuthErrorException create(OAuthError error, StackTrace stackTrace) {
    String code = error.code();
    OAuthErrorException exact = exactMatch(code, error, stackTrace);
    if (exact != null) {
      return exact;
    }
    String normalized = CodeNormalizer.normalize(code);
    OAuthErrorException lenient = lenientMatch(normalized, error, stackTrace);
    return lenient != null ? lenient : UnknownOAuthErrorException.create(error, stackTrace);
  }

  /**
   * Every entry of the catalog, in catalog order.
   */
  public static List<CatalogEntry> entries() {
    return Entries.ALL;
  }

  /**
   * The entry for a wire code, matched as {@link #create} matches; empty for a code the catalog
   * does not know.
   */
  public static Optional<CatalogEntry> lookup(String code) {
    CatalogEntry exact = exactEntry(code);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(lenientEntry(CodeNormalizer.normalize(code)));
  }

  private static OAuthErrorException exactMatch(String code, OAuthError error,
      StackTrace stackTrace) {
    switch (code) {
      case "invalid_grant":
        return InvalidGrantException.create(error, CodeMatch.EXACT, stackTrace);
      case "invalid_client":
        return InvalidClientException.create(error, CodeMatch.EXACT, stackTrace);
      case "interaction_required":
        return InteractionRequiredException.create(error, CodeMatch.EXACT, stackTrace);
      default:
        return null;
    }
  }

  private static OAuthErrorException lenientMatch(String normalized, OAuthError error,
      StackTrace stackTrace) {
    switch (normalized) {
      case "invalid_grant":
        return InvalidGrantException.create(error, CodeMatch.LENIENT, stackTrace);
      case "invalid_client":
        return InvalidClientException.create(error, CodeMatch.LENIENT, stackTrace);
      case "interaction_required":
        return InteractionRequiredException.create(error, CodeMatch.LENIENT, stackTrace);
      default:
        return null;
    }
  }

  private static CatalogEntry exactEntry(String code) {
    switch (code) {
      case "invalid_grant":
        return InvalidGrantException.ENTRY;
      case "invalid_client":
        return InvalidClientException.ENTRY;
      case "interaction_required":
        return InteractionRequiredException.ENTRY;
      default:
        return null;
    }
  }

  private static CatalogEntry lenientEntry(String normalized) {
    switch (normalized) {
      case "invalid_grant":
        return InvalidGrantException.ENTRY;
      case "invalid_client":
        return InvalidClientException.ENTRY;
      case "interaction_required":
        return InteractionRequiredException.ENTRY;
      default:
        return null;
    }
  }

  private static final class Entries {
    static final List<CatalogEntry> ALL = List.of(
        InvalidGrantException.ENTRY,
        InvalidClientException.ENTRY,
        InteractionRequiredException.ENTRY);
  }

  private static final class Types implements ErrorTypes<OAuthErrorException> {
    @Override
    public OAuthErrorException create(OAuthError error, StackTrace stackTrace) {
      return OAuthErrors.create(error, stackTrace);
    }
  }
}

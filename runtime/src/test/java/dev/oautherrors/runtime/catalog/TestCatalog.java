package dev.oautherrors.runtime.catalog;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.ErrorTypes;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import dev.oautherrors.runtime.OAuthErrorParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-written catalog standing in for generated code: four codes, an unknown-code type,
 * and an {@link ErrorTypes} that looks codes up exactly, then by alias, then leniently.
 */
public final class TestCatalog {
  private TestCatalog() {}

  /** Makes one catalog type. */
  private interface Factory {
    TestOAuthException make(OAuthError error, CodeMatch match, StackTrace captureStackTrace);
  }

  private static final Map<String, Factory> EXACT = new HashMap<>();
  private static final Map<String, Factory> ALIASES = new HashMap<>();
  private static final Map<String, Factory> LENIENT = new HashMap<>();

  static {
    register(AccessDenied.ENTRY, AccessDenied::new);
    register(InvalidGrant.ENTRY, InvalidGrant::new);
    register(InvalidClient.ENTRY, InvalidClient::new);
    register(NoOAuthState.ENTRY, NoOAuthState::new);
  }

  private static void register(CatalogEntry entry, Factory factory) {
    EXACT.put(entry.code(), factory);
    LENIENT.put(CodeNormalizer.normalize(entry.code()), factory);
    for (String alias : entry.aliases()) {
      ALIASES.put(alias, factory);
      LENIENT.put(CodeNormalizer.normalize(alias), factory);
    }
  }

  /** Exact, then alias, then lenient lookup; the unknown type when nothing matches. */
  public static final ErrorTypes<TestOAuthException> TYPES =
      (error, captureStackTrace) -> {
        String code = error.code();
        Factory factory = EXACT.get(code);
        if (factory != null) {
          return factory.make(error, CodeMatch.EXACT, captureStackTrace);
        }
        factory = ALIASES.get(code);
        if (factory != null) {
          return factory.make(error, CodeMatch.ALIAS, captureStackTrace);
        }
        factory = LENIENT.get(CodeNormalizer.normalize(code));
        if (factory != null) {
          return factory.make(error, CodeMatch.LENIENT, captureStackTrace);
        }
        return new UnknownOAuthError(error, CodeMatch.UNKNOWN, captureStackTrace);
      };

  /** A parser of this catalog with default limits, whose state check gives No_OAuth_State. */
  public static OAuthErrorParser<TestOAuthException> parser() {
    return OAuthErrorParser.builder(TYPES).stateMismatchCode("No_OAuth_State").build();
  }

  /** access_denied, alias access-denied. */
  public static final class AccessDenied extends TestOAuthException {
    private static final long serialVersionUID = 1L;
    static final CatalogEntry ENTRY =
        CatalogEntry.builder("access_denied", "User denied access to the client app.")
            .aliases("access-denied")
            .build();

    AccessDenied(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
      super(error, match, captureStackTrace);
    }

    @Override
    public AccessDenied withStackTrace() {
      return new AccessDenied(error(), match(), StackTrace.CAPTURE);
    }

    @Override
    public Optional<CatalogEntry> catalogEntry() {
      return Optional.of(ENTRY);
    }
  }

  /** invalid_grant. */
  public static final class InvalidGrant extends TestOAuthException {
    private static final long serialVersionUID = 1L;
    static final CatalogEntry ENTRY =
        CatalogEntry.builder("invalid_grant", "One of several.").build();

    InvalidGrant(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
      super(error, match, captureStackTrace);
    }

    @Override
    public InvalidGrant withStackTrace() {
      return new InvalidGrant(error(), match(), StackTrace.CAPTURE);
    }

    @Override
    public Optional<CatalogEntry> catalogEntry() {
      return Optional.of(ENTRY);
    }
  }

  /** invalid_client. */
  public static final class InvalidClient extends TestOAuthException {
    private static final long serialVersionUID = 1L;
    static final CatalogEntry ENTRY =
        CatalogEntry.builder("invalid_client", "Client secret is invalid.").build();

    InvalidClient(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
      super(error, match, captureStackTrace);
    }

    @Override
    public InvalidClient withStackTrace() {
      return new InvalidClient(error(), match(), StackTrace.CAPTURE);
    }

    @Override
    public Optional<CatalogEntry> catalogEntry() {
      return Optional.of(ENTRY);
    }
  }

  /** No_OAuth_State: the catalog's state-mismatch code. */
  public static final class NoOAuthState extends TestOAuthException {
    private static final long serialVersionUID = 1L;
    static final CatalogEntry ENTRY =
        CatalogEntry.builder("No_OAuth_State", "The OAuth state was tampered with or is missing.")
            .build();

    NoOAuthState(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
      super(error, match, captureStackTrace);
    }

    @Override
    public NoOAuthState withStackTrace() {
      return new NoOAuthState(error(), match(), StackTrace.CAPTURE);
    }

    @Override
    public Optional<CatalogEntry> catalogEntry() {
      return Optional.of(ENTRY);
    }
  }

  /** Any code the catalog does not list. */
  public static final class UnknownOAuthError extends TestOAuthException {
    private static final long serialVersionUID = 1L;

    UnknownOAuthError(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
      super(error, match, captureStackTrace);
    }

    @Override
    public UnknownOAuthError withStackTrace() {
      return new UnknownOAuthError(error(), match(), StackTrace.CAPTURE);
    }

    @Override
    public Optional<CatalogEntry> catalogEntry() {
      return Optional.empty();
    }
  }
}

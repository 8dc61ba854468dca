package dev.oautherrors.okhttp;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.RawResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A call that failed on what the server answered: an OAuth error (the cause is the catalog's typed
 * exception) or a 4xx or 5xx response that is not OAuth (the cause is a {@link
 * NotOAuthResponseException}). An {@code IOException}, so that OkHttp delivers it to {@code
 * execute()}'s caller and to {@code Callback.onFailure} as it is:
 *
 * <pre>{@code
 * try (Response response = client.newCall(request).execute()) {
 *   ...
 * } catch (OAuthErrorIOException e) {
 *   if (e.getCause() instanceof InvalidGrantException grant) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class OAuthErrorIOException extends IOException {
  private static final long serialVersionUID = 1L;

  OAuthErrorIOException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }

  /** The typed error, or the {@link NotOAuthResponseException} of a response that is not OAuth. */
  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }

  /** The typed error; empty when the response was not an OAuth error. */
  public Optional<AbstractOAuthErrorException> oauthError() {
    return getCause() instanceof AbstractOAuthErrorException error
        ? Optional.of(error)
        : Optional.empty();
  }

  /**
   * What the server sent, as far as it was read; null after deserialisation when the response was
   * not OAuth (see {@link NotOAuthResponseException#outcome()}).
   */
  public RawResponse response() {
    return getCause() instanceof AbstractOAuthErrorException error
        ? error.error().response()
        : responseOf(((NotOAuthResponseException) getCause()));
  }

  private static RawResponse responseOf(NotOAuthResponseException notOAuth) {
    return notOAuth.outcome() == null ? null : notOAuth.outcome().response();
  }
}

package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import java.util.Objects;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * The typed OAuth errors from Spring's {@code WebClient}, on Spring Framework 6.2 and 7.0:
 *
 * <pre>{@code
 * WebClient client = WebClient.builder()
 *     .filter(OAuthErrorsWebClient.filter(OAuthErrors.parser()))
 *     .build();
 * }</pre>
 *
 * <p>The same rule as {@link OAuthErrorsSpring#interceptor}: an OAuth error on any status signals
 * the catalog's exception type, any other 4xx or 5xx a {@link NotOAuthResponseException}, and the
 * rest passes untouched. The error arrives as the {@code Mono}'s error signal, so {@code
 * onErrorResume(InvalidGrantException.class, ...)} and {@code block()} see the typed error.
 */
public final class OAuthErrorsWebClient {
  private OAuthErrorsWebClient() {}

  /**
   * A filter for {@code WebClient.Builder.filter}. It reads at most the parser's body limit plus
   * one byte of each response before deciding, without blocking; a response that passes keeps its
   * whole body, the bytes read first followed by the rest as it streams.
   */
  public static <E extends AbstractOAuthErrorException> ExchangeFilterFunction filter(
      OAuthErrorParser<E> parser) {
    return new OAuthErrorFilter<>(Objects.requireNonNull(parser, "parser"));
  }
}

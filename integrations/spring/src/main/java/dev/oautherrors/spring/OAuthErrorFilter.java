package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the start of each response's body, parses it, and signals the outcome's failure. */
final class OAuthErrorFilter<E extends AbstractOAuthErrorException>
    implements ExchangeFilterFunction {
  private final OAuthErrorParser<E> parser;
  private final int readAtMost;

  OAuthErrorFilter(OAuthErrorParser<E> parser) {
    this.parser = parser;
    this.readAtMost = BodyStart.readAtMost(parser);
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request).flatMap(this::inspect);
  }

  private Mono<ClientResponse> inspect(ClientResponse response) {
    int status = response.statusCode().value();
    Headers headers = OAuthErrorsSpring.headers(response.headers().asHttpHeaders());
    Flux<DataBuffer> body = response.body(BodyExtractors.toDataBuffers());
    return BodyPrefix.read(body, readAtMost).flatMap(prefix -> {
      ParseResult<E> result = BodyStart.parse(parser, status, headers, prefix.bytes());
      RuntimeException failure = OAuthErrorsSpring.failure(result);
      if (failure != null) {
        prefix.discardRest();
        return Mono.error(failure);
      }
      Flux<DataBuffer> replay = prefix.bytes().length == 0 ? Flux.empty()
          : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(prefix.bytes()));
      // The original body has been read here; the new one is its bytes followed by the rest.
      return Mono.just(response.mutate().body(original -> replay.concatWith(prefix.rest()))
          .build());
    });
  }
}

package dev.oautherrors.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** WebClient on the JDK's HttpClient connector against a local server, with the filter. */
class WebClientTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  @AutoClose private static final LocalServer server = LocalServer.start();
  private static final WebClient client = WebClient.builder()
      .clientConnector(new JdkClientHttpConnector())
      .filter(OAuthErrorsWebClient.filter(Seed.parser()))
      .build();

  private static Mono<ResponseEntity<byte[]>> post(Seed seed) {
    return client.post().uri(server.uri(seed)).bodyValue("grant_type=refresh_token")
        .retrieve().toEntity(byte[].class);
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void filterSignalsTheTypedErrorOrLetsTheResponseThroughWhole(Seed seed) {
    if (seed.interceptorThrows()) {
      seed.assertThrown(assertThrows(RuntimeException.class, () -> post(seed).block(TIMEOUT)));
    } else {
      ResponseEntity<byte[]> entity = post(seed).block(TIMEOUT);
      assertEquals(seed.status(), entity.getStatusCode().value());
      assertArrayEquals(seed.body(), entity.getBody() == null ? new byte[0] : entity.getBody(),
          seed.name());
    }
  }

  @Test
  void theErrorArrivesAsTheMonosErrorSignalForOperatorsToHandle() {
    String handled = post(Seed.JWT_BEARER_400)
        .map(entity -> "signed in")
        .onErrorResume(InvalidGrantException.class,
            grant -> Mono.just("handled " + grant.code() + ": " + grant.reason().orElseThrow()))
        .block(TIMEOUT);
    assertEquals("handled invalid_grant: AUDIENCE_VALIDATION_FAILED", handled);
  }

  @Test
  void theRestOfALongBodyStreamsAfterTheBytesRead() {
    // Read as a stream of buffers (not aggregated by a codec), the body is whole and in order.
    byte[] body = client.get().uri(server.uri(Seed.OVER_LIMIT_200))
        .exchangeToMono(response -> response.bodyToFlux(DataBuffer.class)
            .reduce(new ByteArrayOutputStream(), (out, buffer) -> {
              byte[] chunk = new byte[buffer.readableByteCount()];
              buffer.read(chunk);
              DataBufferUtils.release(buffer);
              out.writeBytes(chunk);
              return out;
            })
            .map(ByteArrayOutputStream::toByteArray))
        .block(TIMEOUT);
    assertArrayEquals(Seed.OVER_LIMIT_200.body(), body);
  }
}

package dev.oautherrors.httpclient5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The classic and the async client against a local server. */
class HttpClient5Test {
  private static final String FORM = "grant_type=refresh_token&refresh_token=5Aep861demo";
  @AutoClose private static final LocalServer server = LocalServer.start();
  @AutoClose private static final CloseableHttpClient classic = HttpClients.createDefault();
  @AutoClose private static final CloseableHttpAsyncClient async = HttpAsyncClients.createDefault();

  @BeforeAll
  static void start() {
    async.start();
  }

  private static HttpPost post(Seed seed) {
    HttpPost post = new HttpPost(server.uri(seed));
    post.setEntity(new StringEntity(FORM, ContentType.APPLICATION_FORM_URLENCODED));
    return post;
  }

  private static void assertSuccess(Seed seed, ParseResult.Success<OAuthErrorException> success) {
    assertEquals("00Dxx0000001gEH!AQ4AQ", success.parameters().first("access_token").orElseThrow());
    seed.assertRaw(success.response());
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void classicHandlerReturnsTheSuccessOrThrowsTheTypedError(Seed seed) throws IOException {
    if (seed.isSuccess()) {
      assertSuccess(seed, classic.execute(post(seed), OAuthErrorsHttpClient5.handler(Seed.parser())));
    } else {
      seed.assertThrown(assertThrows(RuntimeException.class,
          () -> classic.execute(post(seed), OAuthErrorsHttpClient5.handler(Seed.parser()))));
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void asyncConsumerCompletesOrFailsTheFutureAndTheCallback(Seed seed) throws Exception {
    CompletableFuture<Object> called = new CompletableFuture<>();
    Future<ParseResult.Success<OAuthErrorException>> future = async.execute(
        SimpleRequestProducer.create(SimpleRequestBuilder.post(server.uri(seed))
            .setBody(FORM, ContentType.APPLICATION_FORM_URLENCODED).build()),
        OAuthErrorsHttpClient5.consumer(Seed.parser()),
        new FutureCallback<>() {
          @Override
          public void completed(ParseResult.Success<OAuthErrorException> result) {
            called.complete(result);
          }

          @Override
          public void failed(Exception ex) {
            called.complete(ex);
          }

          @Override
          public void cancelled() {
            called.complete("cancelled");
          }
        });
    if (seed.isSuccess()) {
      ParseResult.Success<OAuthErrorException> success = future.get(10, TimeUnit.SECONDS);
      assertSuccess(seed, success);
      assertSame(success, called.get(10, TimeUnit.SECONDS));
    } else {
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
      seed.assertThrown(failed.getCause());
      assertSame(failed.getCause(), called.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void theTypedErrorCanBeCaughtByItsType() {
    InvalidGrantException grant = assertThrows(InvalidGrantException.class, () -> classic.execute(
        post(Seed.SAML_ASSERTION_400), OAuthErrorsHttpClient5.handler(Seed.parser())));
    assertEquals(InvalidGrantException.Reason.INVALID_ASSERTION, grant.reason().orElseThrow());
    assertEquals("https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp",
        grant.error().uriAsLink().orElseThrow().toString());
  }

  @Test
  void headersKeepEveryValueInOrder() {
    BasicHttpResponse response = new BasicHttpResponse(401);
    response.addHeader(new BasicHeader("WWW-Authenticate", "Basic realm=\"a\""));
    response.addHeader(new BasicHeader("Content-Type", "application/json"));
    response.addHeader(new BasicHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    dev.oautherrors.runtime.Headers headers = OAuthErrorsHttpClient5.headers(response);
    assertEquals(3, headers.size());
    assertEquals("Content-Type", headers.name(1));
    assertEquals(List.of("Basic realm=\"a\"", "Bearer error=\"invalid_token\""),
        headers.all("www-authenticate"));
  }
}

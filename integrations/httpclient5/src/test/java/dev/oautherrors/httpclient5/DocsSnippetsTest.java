package dev.oautherrors.httpclient5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.junit.jupiter.api.Test;

/** The HttpClient lines of docs/integrations.md, as written there, do what they say. */
class DocsSnippetsTest {

  @Test
  void eachLineDeliversTheSuccessOrTheTypedError() throws Exception {
    try (LocalServer server = LocalServer.start();
        CloseableHttpClient httpClient = HttpClients.createDefault();
        CloseableHttpAsyncClient asyncClient = HttpAsyncClients.createDefault()) {
      asyncClient.start();
      HttpPost tokenRequest = new HttpPost(server.uri(Seed.SUCCESS_200));
      SimpleHttpRequest asyncTokenRequest =
          SimpleRequestBuilder.post(server.uri(Seed.REFRESH_TOKEN_400)).build();
      FutureCallback<ParseResult.Success<OAuthErrorException>> callback = null;
      // --- as in the docs ---
      ParseResult.Success<OAuthErrorException> token =
          httpClient.execute(tokenRequest, OAuthErrorsHttpClient5.handler(OAuthErrors.parser()));
      Future<ParseResult.Success<OAuthErrorException>> later = asyncClient.execute(
          SimpleRequestProducer.create(asyncTokenRequest),
          OAuthErrorsHttpClient5.consumer(OAuthErrors.parser()), callback);
      // ---
      assertEquals("00Dxx0000001gEH!AQ4AQ", token.parameters().first("access_token").orElseThrow());
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> later.get(10, TimeUnit.SECONDS));
      assertInstanceOf(InvalidGrantException.class, failed.getCause());
    }
  }
}

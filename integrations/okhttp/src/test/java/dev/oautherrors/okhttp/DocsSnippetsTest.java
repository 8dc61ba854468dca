package dev.oautherrors.okhttp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The OkHttp lines of README.md and docs/integrations.md, as written there, do what they say. */
class DocsSnippetsTest {

  @Test
  void theLineDeliversTheTypedError() {
    // --- as in the docs ---
    OkHttpClient okHttp = new OkHttpClient.Builder()
        .addInterceptor(OAuthErrorsOkHttp.interceptor(OAuthErrors.parser()))
        .build();
    // ---
    try (LocalServer server = LocalServer.start()) {
      Request request = new Request.Builder().url(server.uri(Seed.JWT_BEARER_400).toString())
          .build();
      OAuthErrorIOException thrown =
          assertThrows(OAuthErrorIOException.class, () -> okHttp.newCall(request).execute());
      assertInstanceOf(InvalidGrantException.class, thrown.getCause());
    }
  }
}

package dev.oautherrors.okhttp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OkHttp against a local server, synchronously and asynchronously, with a dispatcher whose threads
 * record any exception that escapes them.
 */
class OkHttpTest {
  @AutoClose private static final LocalServer server = LocalServer.start();
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private ExecutorService dispatcherThreads;
  private OkHttpClient client;


  @BeforeEach
  void newClient() {
    client = clientWith(OAuthErrorsOkHttp.interceptor(Seed.parser()));
  }

  private OkHttpClient clientWith(Interceptor interceptor) {
    dispatcherThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "okhttp-dispatcher-under-test");
          thread.setDaemon(true);
          thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
          threads.add(thread);
          return thread;
        });
    return new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(dispatcherThreads))
        .addInterceptor(interceptor)
        .build();
  }

  /** Waits for the dispatcher's threads to finish, then checks that nothing escaped them. */
  @AfterEach
  void nothingEscapedTheDispatcher() throws InterruptedException {
    stopDispatcher();
    assertEquals(List.of(), uncaught);
  }

  /**
   * Shuts the dispatcher's pool down and joins its threads: a thread runs its uncaught-exception
   * handler as it dies, after the pool may already count as terminated.
   */
  private void stopDispatcher() throws InterruptedException {
    dispatcherThreads.shutdown();
    assertTrue(dispatcherThreads.awaitTermination(10, TimeUnit.SECONDS));
    for (Thread thread : threads) {
      thread.join(10_000);
      assertFalse(thread.isAlive(), thread.getName());
    }
  }

  private static Request post(Seed seed) {
    return new Request.Builder().url(server.uri(seed).toString())
        .post(new FormBody.Builder().add("grant_type", "refresh_token").build())
        .build();
  }

  @Test
  void runsOnTheOkHttpVersionThisExecutionIsFor() throws ReflectiveOperationException {
    // Read at run time: OkHttp.VERSION is a constant that javac would inline.
    assertEquals(System.getProperty("expected.okhttp.version"),
        OkHttp.class.getField("VERSION").get(null));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void executeThrowsTheTypedErrorInAnIOExceptionOrReturnsTheResponseWhole(Seed seed)
      throws IOException {
    Call call = client.newCall(post(seed));
    if (seed.interceptorThrows()) {
      OAuthErrorIOException thrown = assertThrows(OAuthErrorIOException.class, call::execute);
      seed.assertThrown(thrown.getCause());
      assertEquals(seed.isOAuthError(), thrown.oauthError().isPresent());
      seed.assertRaw(thrown.response());
      assertEquals(thrown.getCause().getMessage(), thrown.getMessage());
    } else {
      try (Response response = call.execute()) {
        assertEquals(seed.status(), response.code());
        assertArrayEquals(seed.body(), response.body().bytes(), seed.name());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void enqueueDeliversTheTypedErrorToOnFailure(Seed seed) throws Exception {
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    client.newCall(post(seed)).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        outcome.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (response) {
          outcome.complete(response.body().bytes());
        }
      }
    });
    Object delivered = outcome.get(10, TimeUnit.SECONDS);
    if (seed.interceptorThrows()) {
      seed.assertThrown(assertInstanceOf(OAuthErrorIOException.class, delivered).getCause());
    } else {
      assertArrayEquals(seed.body(), (byte[]) delivered, seed.name());
    }
  }

  @Test
  void theTypedErrorIsTheCauseForDispatch() {
    OAuthErrorIOException thrown = assertThrows(OAuthErrorIOException.class,
        () -> client.newCall(post(Seed.REFRESH_TOKEN_400)).execute());
    InvalidGrantException grant = assertInstanceOf(InvalidGrantException.class, thrown.getCause());
    assertSame(grant, thrown.oauthError().orElseThrow());
    assertEquals(InvalidGrantException.Reason.EXPIRED_ACCESS_REFRESH_TOKEN,
        grant.reason().orElseThrow());
  }

  @Test
  void parsePeeksWithoutConsumingTheBody() throws IOException {
    try (Response response = new OkHttpClient().newCall(post(Seed.JWT_BEARER_400)).execute()) {
      ParseResult<OAuthErrorException> result = OAuthErrorsOkHttp.parse(Seed.parser(), response);
      assertInstanceOf(InvalidGrantException.class,
          ((ParseResult.ErrorResponse<OAuthErrorException>) result).error());
      Seed.JWT_BEARER_400.assertRaw(result.response());
      assertArrayEquals(Seed.JWT_BEARER_400.body(), response.body().bytes());
    }
  }

  @Test
  void headersKeepEveryValueInOrder() {
    okhttp3.Headers headers = new okhttp3.Headers.Builder()
        .add("WWW-Authenticate", "Basic realm=\"a\"")
        .add("Content-Type", "application/json")
        .add("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .build();
    dev.oautherrors.runtime.Headers ours = OAuthErrorsOkHttp.headers(headers);
    assertEquals(3, ours.size());
    assertEquals("Content-Type", ours.name(1));
    assertEquals(List.of("Basic realm=\"a\"", "Bearer error=\"invalid_token\""),
        ours.all("www-authenticate"));
  }

  /**
   * The detector works: an interceptor that throws an unchecked exception, the glue the issue
   * describes, gets onFailure a plain IOException ("canceled due to ..."; OkHttp 4 drops the typed
   * error from it, 5 makes it the cause) and escapes the dispatcher's thread on both.
   */
  @Test
  void controlAnUncheckedThrowEscapesTheDispatcher() throws Exception {
    OkHttpClient unchecked = clientWith(chain -> {
      Response response = chain.proceed(chain.request());
      ParseResult<OAuthErrorException> result = Seed.parser().parseResponse(response.code(),
          OAuthErrorsOkHttp.headers(response.headers()), response.peekBody(1 << 20).bytes());
      if (result instanceof ParseResult.ErrorResponse<OAuthErrorException>) {
        response.close();
      }
      result.orThrow();
      return response;
    });
    CompletableFuture<IOException> failure = new CompletableFuture<>();
    unchecked.newCall(post(Seed.REFRESH_TOKEN_400)).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        failure.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
      }
    });
    IOException delivered = failure.get(10, TimeUnit.SECONDS);
    assertFalse(delivered instanceof OAuthErrorIOException);
    stopDispatcher();
    assertInstanceOf(InvalidGrantException.class, uncaught.get(0));
    uncaught.clear();
  }
}

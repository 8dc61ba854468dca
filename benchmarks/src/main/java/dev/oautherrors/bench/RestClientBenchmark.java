package dev.oautherrors.bench;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import com.sun.net.httpserver.HttpServer;
import dev.oautherrors.spring.OAuthErrorsSpring;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * One RestClient round trip to a token endpoint on a local JDK HttpServer (127.0.0.1), the same
 * request and response for every contender, which differ only in how the client reads errors:
 * Spring Security's {@code OAuth2ErrorResponseErrorHandler} (what its OAuth 2.0 client registers),
 * this project's error handler and interceptor, and Spring's default handler as the floor (it
 * throws {@code HttpClientErrorException} with the body, reading no OAuth fields). Each builds its
 * own RestClient on its own JDK HttpClient, so every contender reuses a warm connection.
 *
 * <p>{@code error}: the seed's JWT bearer 400 (every contender throws and the benchmark returns
 * what it caught); {@code success}: a 200 token response read as a String.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The JDK's HttpServer writes a response's headers and body separately; without TCP_NODELAY, the
// client's delayed ACK holds the body back about 40 ms, which would be all that is measured.
@Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class RestClientBenchmark {
  private static final String FORM = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type"
      + "%3Ajwt-bearer&assertion=eyJhbGciOiJSUzI1NiJ9.e30.c2ln";
  static final String SUCCESS_BODY = "{\"access_token\":\"00Dxx0000001gEH!AQ4AQ\","
      + "\"instance_url\":\"https://yourInstance.salesforce.com\",\"token_type\":\"Bearer\","
      + "\"issued_at\":\"1278448384422\",\"signature\":\"CMJ4l+CCaPQiKjoOEwEig9H4wqhpuLSk4J2urAe+fVg=\"}";

  @Param({"error", "success"})
  public String input;

  private HttpServer server;
  private ExecutorService serverThreads;
  private URI tokenUri;
  private RestClient springSecurity;
  private RestClient oursErrorHandler;
  private RestClient oursInterceptor;
  private RestClient springDefault;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newFixedThreadPool(2);
    server.setExecutor(serverThreads);
    boolean error = input.equals("error");
    byte[] body = (error ? Inputs.JWT_BEARER.json() : SUCCESS_BODY)
        .getBytes(StandardCharsets.UTF_8);
    server.createContext("/services/oauth2/token", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(error ? 400 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
    tokenUri = URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/services/oauth2/token");
    springSecurity = client().defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build();
    oursErrorHandler = client()
        .defaultStatusHandler(OAuthErrorsSpring.errorHandler(OAuthErrors.parser()))
        .build();
    oursInterceptor = client()
        .requestInterceptor(OAuthErrorsSpring.interceptor(OAuthErrors.parser()))
        .build();
    springDefault = client().build();
  }

  private static RestClient.Builder client() {
    return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private Object call(RestClient client) {
    return client.post().uri(tokenUri)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(FORM)
        .retrieve()
        .body(String.class);
  }

  @Benchmark
  public Object springSecurity() {
    try {
      return call(springSecurity);
    } catch (OAuth2AuthorizationException e) {
      return e.getError();
    }
  }

  @Benchmark
  public Object oursErrorHandler() {
    try {
      return call(oursErrorHandler);
    } catch (OAuthErrorException e) {
      return e;
    }
  }

  @Benchmark
  public Object oursInterceptor() {
    try {
      return call(oursInterceptor);
    } catch (OAuthErrorException e) {
      return e;
    }
  }

  @Benchmark
  public Object springDefault() {
    try {
      return call(springDefault);
    } catch (RestClientResponseException e) {
      return e;
    }
  }
}

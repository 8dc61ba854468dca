package com.example.salesforce;

import com.example.entra.client.EntraClient;
import com.example.entra.fake.FakeEntra;
import com.example.entra.handlers.EntraTokenErrors;
import com.example.entra.handlers.EntraTokenErrorsDispatcher;
import com.example.entra.oauth.EntraErrorException;
import com.example.entra.oauth.EntraErrors;
import com.example.salesforce.client.DevicePoller;
import com.example.salesforce.client.SalesforceClient;
import com.example.salesforce.fake.FakeSalesforce;
import com.example.salesforce.handlers.CallbackErrors;
import com.example.salesforce.handlers.CallbackErrorsDispatcher;
import com.example.salesforce.handlers.Decision;
import com.example.salesforce.handlers.TokenErrors;
import com.example.salesforce.handlers.TokenErrorsDispatcher;
import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo: the seed page's flows against a local fake Salesforce, each error parsed into its
 * generated type and routed by an {@code @OAuthErrorHandler} class.
 */
final class Demo {
  /** Device-flow waits are divided by this: 5 s becomes 50 ms. */
  static final long SPEED_UP = 100;
  private static final String CALLBACK = "https://app.example.com/oauth/callback";

  private final SalesforceClient client;
  private final Report report;
  private final TokenErrorsDispatcher tokenErrors = new TokenErrorsDispatcher(new TokenErrors());
  private final CallbackErrorsDispatcher callbackErrors =
      new CallbackErrorsDispatcher(new CallbackErrors());
  private final EntraTokenErrorsDispatcher entraErrors =
      new EntraTokenErrorsDispatcher(new EntraTokenErrors());
  private int step;
  private int errorsHandled;

  private Demo(SalesforceClient client, PrintStream out) {
    this.client = client;
    this.report = new Report(out);
  }

  /** Starts the fake server, runs every case, and stops it. */
  static void run(PrintStream out) throws IOException, InterruptedException {
    try (FakeSalesforce salesforce = FakeSalesforce.start(); FakeEntra entra = FakeEntra.start()) {
      out.println("OAuth Errors example: a Salesforce client against a fake login server at "
          + salesforce.baseUri());
      out.println("Each error is parsed into a type generated from errors/salesforce.yaml ("
          + OAuthErrors.entries().size() + " codes) and routed by an @OAuthErrorHandler class.");
      Demo demo = new Demo(new SalesforceClient(salesforce.baseUri()), out);
      demo.jwtBearer();
      demo.refreshToken();
      demo.deviceFlow("demo-console", "user approves");
      demo.deviceFlow("declining-console", "user declines");
      demo.webServerCallback();
      demo.userAgentCallback();
      demo.forgedCallback();
      demo.unknownCode();
      demo.entra(new EntraClient(entra.tokenUri()));
      out.println();
      out.println(demo.errorsHandled + " errors in " + demo.step
          + " cases, every one handled by a generated dispatcher; none fell through.");
    }
  }

  private void jwtBearer() throws IOException, InterruptedException {
    report.title(++step, "JWT bearer flow: POST /services/oauth2/token");
    token(Map.of(
        "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion", "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2V4YW1wbGUuY29tIn0.c2ln"));
  }

  private void refreshToken() throws IOException, InterruptedException {
    report.title(++step, "Refresh token flow: POST /services/oauth2/token");
    token(Map.of("grant_type", "refresh_token", "client_id", "3MVG9demo",
        "refresh_token", "5Aep861demoRefreshToken"));
  }

  private void unknownCode() throws IOException, InterruptedException {
    report.title(++step, "A code the catalog does not know: grant_type=password");
    token(Map.of("grant_type", "password", "username", "ada@example.com", "password", "x"));
  }

  /**
   * A second provider, another catalog of this module (errors/entra.yaml, built on the bundled
   * standard catalogs), its own generated types and handler.
   */
  private void entra(EntraClient entra) {
    report.title(++step, "Second provider, Microsoft Entra ID (errors/entra.yaml, "
        + EntraErrors.entries().size() + " codes): a wrong password");
    entraToken(entra, Map.of("grant_type", "password", "client_id", "11111111-demo",
        "username", "ada@contoso.com", "password", "wrong", "scope", "openid"));
    report.title(++step, "Entra ID: client credentials with an expired secret");
    entraToken(entra, Map.of("grant_type", "client_credentials", "client_id", "11111111-demo",
        "client_secret", "expired", "scope", "https://graph.microsoft.com/.default"));
  }

  private void entraToken(EntraClient entra, Map<String, String> form) {
    ParseResult<EntraErrorException> result = entra.token(form);
    report.raw(result.response());
    if (result instanceof ParseResult.ErrorResponse<EntraErrorException> error) {
      EntraErrorException e = error.error();
      report.typed(e);
      e.subCode().ifPresent(sub -> report.line("sub-code",
          "AADSTS" + e.rawSubCode().orElse("") + " -> AadstsCode." + sub.name()));
      report.decision(entraErrors.handle(e));
      errorsHandled++;
    } else {
      report.line("outcome", "signed in");
    }
  }

  private void token(Map<String, String> form) throws IOException, InterruptedException {
    ParseResult<OAuthErrorException> result = client.token(form);
    report.raw(result.response());
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      report.typed(error.error());
      report.decision(tokenErrors.handle(error.error()));
      errorsHandled++;
    } else if (result instanceof ParseResult.NotOAuth<OAuthErrorException> notOAuth) {
      report.notOAuth(notOAuth);
    } else {
      report.line("outcome", "signed in");
    }
  }

  private void deviceFlow(String clientId, String story) throws IOException, InterruptedException {
    report.title(++step, "Device flow (" + story + "): poll /services/oauth2/token");
    ParseResult.Success<OAuthErrorException> codes = client.token(Map.of(
        "response_type", "device_code", "client_id", clientId, "scope", "api")).orThrow();
    String deviceCode = codes.parameters().first("device_code").orElseThrow();
    Duration interval = Duration.ofSeconds(
        Long.parseLong(codes.parameters().first("interval").orElse("5")));
    report.line("device", "code " + codes.parameters().first("user_code").orElse("?")
        + ", interval " + interval.toSeconds() + " s (waits shown in seconds, run "
        + SPEED_UP + "x faster)");
    DevicePoller.Outcome outcome = new DevicePoller(client, SPEED_UP).poll(clientId, deviceCode,
        interval, poll -> {
          String answer = poll.result() instanceof ParseResult.ErrorResponse<OAuthErrorException> e
              ? e.error().code()
              : "HTTP " + poll.result().response().status().orElse(0);
          if (poll.result() instanceof ParseResult.ErrorResponse<OAuthErrorException>) {
            errorsHandled++;
          }
          report.line("poll " + poll.number(), "after " + poll.waited().toSeconds() + " s: "
              + answer + " -> " + poll.step().kind() + " (" + poll.step().why() + ")");
        });
    report.decision(outcome.approved()
        ? "signed in: access token " + outcome.last().result().orThrow().parameters()
            .first("access_token").map(t -> t.substring(0, 12) + "...").orElse("?")
        : outcome.last().step().why());
  }

  private void webServerCallback() throws IOException, InterruptedException {
    report.title(++step, "Web server flow: the user denies access; error in the query");
    callback(authorizeParams("code", "state-7f3a"), "state-7f3a");
  }

  private void userAgentCallback() throws IOException, InterruptedException {
    report.title(++step, "User-agent flow: the user denies access; error in the fragment");
    callback(authorizeParams("token", "state-91c2"), "state-91c2");
  }

  private void forgedCallback() throws IOException, InterruptedException {
    report.title(++step, "A callback whose state this app never sent (login CSRF)");
    Map<String, String> params = authorizeParams("code", "state-c0de");
    params.put("login_hint", "forged");
    callback(params, "state-c0de");
  }

  private static Map<String, String> authorizeParams(String responseType, String state) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", responseType);
    params.put("client_id", "3MVG9demo");
    params.put("redirect_uri", CALLBACK);
    params.put("state", state);
    return params;
  }

  private void callback(Map<String, String> authorize, String expectedState)
      throws IOException, InterruptedException {
    String callbackUrl = client.authorize(authorize);
    report.line("callback", callbackUrl);
    ParseResult<OAuthErrorException> result =
        OAuthErrors.parser().parseRedirect(callbackUrl, expectedState);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      report.typed(error.error());
      Decision decision = callbackErrors.handle(error.error());
      report.decision(decision);
      errorsHandled++;
    } else if (result instanceof ParseResult.NotOAuth<OAuthErrorException> notOAuth) {
      report.notOAuth(notOAuth);
    } else {
      report.line("outcome", "signed in");
    }
  }

  static void printUsage(PrintStream out) {
    out.println("usage: java -jar example-app.jar [demo]");
    out.println("       java -jar example-app.jar explain <callback-url | json-body | @file | ->");
    out.println("  demo     runs every case against a local fake Salesforce (the default)");
    out.println("  explain  parses a callback URL, a token-endpoint JSON body or a saved HTTP");
    out.println("           response (HTTP/1.1 status line, headers, blank line, body), and");
    out.println("           prints the typed error, the catalog's cause and what to do");
  }
}

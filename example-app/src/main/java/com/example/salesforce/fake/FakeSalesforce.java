package com.example.salesforce.fake;

import com.example.http.Forms;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Salesforce's login server on 127.0.0.1 and a random port, answering as the
 * "OAuth 2.0 Authorization Errors" page documents: JSON errors from the token endpoint
 * ({@code 400}, {@code application/json}, {@code no-store}) and redirects with the error in the
 * query or the fragment from the authorize endpoint. Which answer comes back depends on the
 * request, so that the example app can show each case.
 */
public final class FakeSalesforce implements AutoCloseable {
  /** The device code whose user approves after a few polls; any client_id gets it. */
  public static final String APPROVING_DEVICE = "DEVICE-APPROVES";
  /** The device code whose user declines; a client_id starting "declining" gets it. */
  public static final String DECLINING_DEVICE = "DEVICE-DECLINES";

  private final HttpServer server;
  private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();

  private FakeSalesforce(HttpServer server) {
    this.server = server;
  }

  /** Starts the server on a free port of the loopback interface. */
  public static FakeSalesforce start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeSalesforce fake = new FakeSalesforce(server);
    server.createContext("/services/oauth2/token", fake::token);
    server.createContext("/services/oauth2/authorize", fake::authorize);
    server.start();
    return fake;
  }

  /** The server's base URI, such as {@code http://127.0.0.1:41837}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = Forms.decode(new String(exchange.getRequestBody().readAllBytes(),
        StandardCharsets.UTF_8));
    String grant = form.getOrDefault("grant_type", "");
    if ("device_code".equals(form.get("response_type"))) {
      String device = form.getOrDefault("client_id", "").startsWith("declining")
          ? DECLINING_DEVICE
          : APPROVING_DEVICE;
      json(exchange, 200, "{\"device_code\":\"" + device
          + "\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":"
          + "\"https://login.salesforce.com/setup/connect\",\"interval\":5}");
    } else if (grant.equals("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
      error(exchange, "invalid_grant", "Audience validation failed");
    } else if (grant.equals("refresh_token")) {
      error(exchange, "invalid_grant", "expired access/refresh token");
    } else if (grant.equals("device")) {
      device(exchange, form.getOrDefault("code", ""));
    } else {
      error(exchange, "unsupported_grant_type", "grant type not supported");
    }
  }

  /** Pending, pending, slow_down, pending, then approved; or pending then declined. */
  private void device(HttpExchange exchange, String deviceCode) throws IOException {
    int poll = polls.computeIfAbsent(deviceCode, code -> new AtomicInteger()).incrementAndGet();
    if (deviceCode.equals(DECLINING_DEVICE)) {
      if (poll < 2) {
        error(exchange, "authorization_pending", null);
      } else {
        error(exchange, "access_denied", "end-user denied authorization");
      }
      return;
    }
    switch (poll) {
      case 1, 2, 4 -> error(exchange, "authorization_pending", null);
      case 3 -> error(exchange, "slow_down", null);
      default -> json(exchange, 200, "{\"access_token\":\"00D5g000004Ssm2!AQ4AQFake\","
          + "\"instance_url\":\"https://example.my.salesforce.com\",\"token_type\":\"Bearer\"}");
    }
  }

  /**
   * The browser's trip through the authorize endpoint: a 302 back to {@code redirect_uri} with
   * the error in the query (web server flow, spelled {@code access-denied} as the page shows) or
   * the fragment (user-agent flow). {@code login_hint=forged} plays an attacker who sends the
   * browser back with a code and a state of their own.
   */
  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = Forms.decode(exchange.getRequestURI().getRawQuery());
    String redirect = query.getOrDefault("redirect_uri", "https://app.example.com/callback");
    String state = encode(query.getOrDefault("state", ""));
    String location;
    if ("forged".equals(query.get("login_hint"))) {
      location = redirect + "?code=aPrxAttackerCode&state=attacker-chosen";
    } else if ("token".equals(query.get("response_type"))) {
      location = redirect + "#error=access_denied&error_description=end-user+denied+authorization"
          + "&state=" + state;
    } else {
      location = redirect + "?error=access-denied&error_description=end-user+denied+authorization"
          + "&state=" + state;
    }
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void error(HttpExchange exchange, String code, String description)
      throws IOException {
    String body = "{\"error\":\"" + code + "\""
        + (description == null ? "" : ",\"error_description\":\"" + description + "\"") + "}";
    json(exchange, 400, body);
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

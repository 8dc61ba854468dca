package com.example.entra.fake;

import com.example.http.Forms;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for Microsoft Entra ID's v2.0 token endpoint ({@code /<tenant>/oauth2/v2.0/token})
 * on 127.0.0.1, answering errors in Entra's shape: the standard {@code error}, an
 * {@code error_description} that starts with the AADSTS number and ends with a trace ID, a
 * correlation ID and a timestamp that change on every call, and the fields {@code error_codes},
 * {@code timestamp}, {@code trace_id} and {@code correlation_id}.
 */
public final class FakeEntra implements AutoCloseable {
  /** The tenant in the endpoint's path. */
  public static final String TENANT = "contoso.onmicrosoft.com";

  private static final DateTimeFormatter DESCRIPTION_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FIELD_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final HttpServer server;
  private final Clock clock;

  private FakeEntra(HttpServer server, Clock clock) {
    this.server = server;
    this.clock = clock;
  }

  /** Starts the server on a free port of the loopback interface. */
  public static FakeEntra start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeEntra fake = new FakeEntra(server, Clock.systemUTC());
    server.createContext("/" + TENANT + "/oauth2/v2.0/token", fake::token);
    server.start();
    return fake;
  }

  /** The token endpoint's URI. */
  public URI tokenUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + TENANT
        + "/oauth2/v2.0/token");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = Forms.decode(new String(exchange.getRequestBody().readAllBytes(),
        StandardCharsets.UTF_8));
    switch (form.getOrDefault("grant_type", "")) {
      case "password" -> error(exchange, 400, "invalid_grant", 50126,
          "Error validating credentials due to invalid username or password.");
      case "client_credentials" -> error(exchange, 401, "invalid_client", 7000222,
          "The client secret sent for this application has expired; a new one must be created.");
      default -> error(exchange, 400, "unsupported_grant_type", 70003,
          "The app requested an unsupported grant type.");
    }
  }

  private void error(HttpExchange exchange, int status, String code, int aadsts, String text)
      throws IOException {
    String trace = UUID.randomUUID().toString();
    String correlation = UUID.randomUUID().toString();
    var now = clock.instant();
    String description = "AADSTS" + aadsts + ": " + text + " Trace ID: " + trace
        + " Correlation ID: " + correlation + " Timestamp: " + DESCRIPTION_TIME.format(now);
    String body = "{\"error\":\"" + code + "\",\"error_description\":\"" + description
        + "\",\"error_codes\":[" + aadsts + "],\"timestamp\":\"" + FIELD_TIME.format(now)
        + "\",\"trace_id\":\"" + trace + "\",\"correlation_id\":\"" + correlation
        + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=" + aadsts + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store, no-cache");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}

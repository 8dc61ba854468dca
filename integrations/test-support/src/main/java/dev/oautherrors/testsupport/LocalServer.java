package dev.oautherrors.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 and a free port that answers {@code /seed/NAME} with the
 * {@link Seed} of that name, whatever the method; anything else is a plain-text 404. It reads each
 * request body to its end first, as a real token endpoint does. Close it after the test.
 */
public final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final AtomicInteger requests = new AtomicInteger();

  private LocalServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts a server; the port is chosen by the system. */
  public static LocalServer start() {
    try {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "local-oauth-server");
        thread.setDaemon(true);
        return thread;
      });
      LocalServer local = new LocalServer(server, threads);
      server.createContext("/", local::answer);
      server.setExecutor(threads);
      server.start();
      return local;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The absolute URI of a seed. */
  public URI uri(Seed seed) {
    return baseUri().resolve(seed.path());
  }

  /** How many requests the server has answered. */
  public int requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      Seed seed = null;
      for (Seed candidate : Seed.values()) {
        if (candidate.path().equals(path)) {
          seed = candidate;
        }
      }
      if (seed == null) {
        byte[] notFound = ("no seed at " + path).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(404, notFound.length);
        exchange.getResponseBody().write(notFound);
        return;
      }
      List<String> headers = seed.headers();
      for (int i = 0; i < headers.size(); i += 2) {
        exchange.getResponseHeaders().add(headers.get(i), headers.get(i + 1));
      }
      byte[] body = seed.body();
      // HttpServer: -1 means no body, 0 means chunked, else the exact length.
      exchange.sendResponseHeaders(seed.status(),
          body.length == 0 ? -1 : seed.chunked() ? 0 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          for (int at = 0; at < body.length; at += 1024) {
            out.write(body, at, Math.min(1024, body.length - at));
            out.flush();
          }
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

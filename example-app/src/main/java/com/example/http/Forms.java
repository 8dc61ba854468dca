package com.example.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the example's clients and fake servers share: {@code application/x-www-form-urlencoded}
 * both ways, and a {@code RestClient} that, like a browser-less OAuth client, never follows a
 * redirect.
 */
public final class Forms {
  private Forms() {}

  /** {@code fields} as a form body or query, in their order. */
  public static String encode(Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  /** The fields of a form body or raw query; the first of a repeated name wins. */
  public static Map<String, String> decode(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return fields;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
          StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
          StandardCharsets.UTF_8);
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  /** A {@code RestClient} on the JDK's HTTP client that returns redirects instead of following. */
  public static RestClient restClient() {
    HttpClient jdk = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    return RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory(jdk))
        .build();
  }
}

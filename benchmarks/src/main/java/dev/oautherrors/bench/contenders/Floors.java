package dev.oautherrors.bench.contenders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The floors: the least work that extracts the same fields, with no typing, no checks and no raw
 * response kept. A parser cannot be much faster than these; the targets are ratios against them.
 */
public final class Floors {
  /** One factory, shared: it holds the name canonicalizer; its buffers are recycled per thread. */
  private static final JsonFactory JSON = new JsonFactory();

  private Floors() {}

  /** jackson-core's streaming parser pulling the error fields out of the bytes. */
  public static Extracted jackson(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String code = null;
      String description = null;
      String uri = null;
      String state = null;
      String name;
      while ((name = parser.nextFieldName()) != null) {
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          switch (name) {
            case "error" -> code = parser.getText();
            case "error_description" -> description = parser.getText();
            case "error_uri" -> uri = parser.getText();
            case "state" -> state = parser.getText();
            default -> { }
          }
        } else {
          parser.skipChildren();
        }
      }
      return new Extracted(code, description, uri, state);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code java.net.URI}, then split: the query (or, without one, the fragment) split on {@code &}
   * and {@code =} with {@code String.split}, values decoded with {@code URLDecoder}.
   */
  public static Extracted uriSplit(String redirect) {
    URI uri = URI.create(redirect);
    String part = uri.getRawQuery() != null ? uri.getRawQuery() : uri.getRawFragment();
    String code = null;
    String description = null;
    String errorUri = null;
    String state = null;
    for (String parameter : part.split("&")) {
      String[] nameAndValue = parameter.split("=", 2);
      String value = nameAndValue.length > 1
          ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8)
          : "";
      switch (nameAndValue[0]) {
        case "error" -> code = value;
        case "error_description" -> description = value;
        case "error_uri" -> errorUri = value;
        case "state" -> state = value;
        default -> { }
      }
    }
    return new Extracted(code, description, errorUri, state);
  }

  /**
   * A plain string scan: {@code indexOf} for {@code ?}, {@code #}, {@code &} and {@code =}, the
   * names compared in place, only the wanted values cut out and decoded with {@code URLDecoder}.
   */
  public static Extracted stringScan(String redirect) {
    int hash = redirect.indexOf('#');
    int question = redirect.indexOf('?');
    int start;
    int end;
    if (question >= 0 && (hash < 0 || question < hash)) {
      start = question + 1;
      end = hash < 0 ? redirect.length() : hash;
    } else {
      start = hash + 1;
      end = redirect.length();
    }
    String code = null;
    String description = null;
    String errorUri = null;
    String state = null;
    while (start < end) {
      int amp = redirect.indexOf('&', start);
      int segmentEnd = amp < 0 || amp > end ? end : amp;
      int eq = redirect.indexOf('=', start);
      if (eq > start && eq < segmentEnd) {
        int nameLength = eq - start;
        if (code == null && is(redirect, start, nameLength, "error")) {
          code = value(redirect, eq + 1, segmentEnd);
        } else if (description == null && is(redirect, start, nameLength, "error_description")) {
          description = value(redirect, eq + 1, segmentEnd);
        } else if (errorUri == null && is(redirect, start, nameLength, "error_uri")) {
          errorUri = value(redirect, eq + 1, segmentEnd);
        } else if (state == null && is(redirect, start, nameLength, "state")) {
          state = value(redirect, eq + 1, segmentEnd);
        }
      }
      start = segmentEnd + 1;
    }
    return new Extracted(code, description, errorUri, state);
  }

  private static boolean is(String text, int start, int length, String name) {
    return length == name.length() && text.startsWith(name, start);
  }

  private static String value(String text, int start, int end) {
    return URLDecoder.decode(text.substring(start, end), StandardCharsets.UTF_8);
  }
}

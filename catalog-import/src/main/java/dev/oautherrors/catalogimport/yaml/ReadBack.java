package dev.oautherrors.catalogimport.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.oautherrors.catalogimport.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a catalog's list as the processor will: with Jackson's YAML parser, keeping whether each
 * scalar is a string. The editor checks every text it produces with it, so that a quoting mistake
 * (a code read back as the number 50126, a cause cut at {@code " #"}) can never reach a file.
 */
public final class ReadBack {
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(CatalogDocument.loaderOptions()).build();

  private ReadBack() {}

  /** An entry as read back: its code and its cause, if any. */
  public record Entry(String code, Optional<String> cause) {}

  /**
   * The entries of {@code target}'s list in {@code text} that have a code; a code or cause that
   * is not a string fails, naming it.
   */
  public static List<Entry> entries(String text, Target target) {
    Object node = tree(text.startsWith("\ufeff") ? text.substring(1) : text);
    for (String key : target.path()) {
      node = node instanceof Map<?, ?> map ? map.get(key) : null;
    }
    List<Entry> entries = new ArrayList<>();
    if (!(node instanceof List<?> items)) {
      return entries;
    }
    for (Object item : items) {
      if (item instanceof Map<?, ?> map && map.get("code") instanceof Scalar code) {
        Object cause = map.get("cause");
        entries.add(new Entry(string(code, "code"),
            cause instanceof Scalar scalar && scalar.token != JsonToken.VALUE_NULL
                ? Optional.of(string(scalar, "cause of '" + code.text + "'"))
                : Optional.empty()));
      }
    }
    return entries;
  }

  /** Fails unless {@code text} reads back as exactly {@code expected}. */
  static void verify(String text, Target target, List<Entry> expected) {
    List<Entry> actual = entries(text, target);
    if (!actual.equals(expected)) {
      int at = 0;
      while (at < Math.min(actual.size(), expected.size())
          && actual.get(at).equals(expected.get(at))) {
        at++;
      }
      throw new IllegalStateException("the edited catalog would read back differently at entry "
          + (at + 1) + ": expected " + (at < expected.size() ? expected.get(at) : "no entry")
          + ", read " + (at < actual.size() ? actual.get(at) : "no entry"));
    }
  }

  private static String string(Scalar scalar, String what) {
    if (scalar.token != JsonToken.VALUE_STRING) {
      throw new IllegalStateException("the " + what + " would read back as "
          + scalar.token + " '" + scalar.text + "', not as a string");
    }
    return scalar.text;
  }

  private record Scalar(JsonToken token, String text) {}

  private static Object tree(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      return token == null ? null : value(parser, token);
    } catch (IOException e) {
      throw new IllegalStateException("the edited catalog is not valid YAML: " + e.getMessage(),
          e);
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT;
            next = parser.nextToken()) {
          String key = parser.currentName();
          map.putIfAbsent(key, value(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          list.add(value(parser, next));
        }
        return list;
      }
      default:
        return new Scalar(token, parser.getText());
    }
  }
}

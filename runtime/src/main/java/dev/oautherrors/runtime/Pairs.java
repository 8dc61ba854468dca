package dev.oautherrors.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on names and values stored as one array ({@code name, value, name, value, ...}),
 * shared by {@link Headers} (names ignore case) and {@link Parameters} (names are exact).
 */
final class Pairs {
  private Pairs() {}

  /** A copy of {@code namesAndValues}, checked to be pairs without nulls. */
  static String[] checkedCopy(String[] namesAndValues, String what) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "expected names and values in pairs, got " + namesAndValues.length + " strings");
    }
    String[] copy = namesAndValues.clone();
    for (String field : copy) {
      if (field == null) {
        throw new NullPointerException(what + " names and values must not be null");
      }
    }
    return copy;
  }

  /** The first value of {@code name}, or null. */
  static String first(String[] fields, String name, boolean ignoreCase) {
    for (int i = 0; i < fields.length; i += 2) {
      if (matches(fields[i], name, ignoreCase)) {
        return fields[i + 1];
      }
    }
    return null;
  }

  /** Every value of {@code name}, in order. */
  static List<String> all(String[] fields, String name, boolean ignoreCase) {
    List<String> values = new ArrayList<>(1);
    for (int i = 0; i < fields.length; i += 2) {
      if (matches(fields[i], name, ignoreCase)) {
        values.add(fields[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** An unmodifiable map from each name, as first given, to its values. */
  static Map<String, List<String>> asMap(String[] fields, boolean ignoreCase) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      String key = fields[i];
      if (ignoreCase) {
        for (String existing : map.keySet()) {
          if (existing.equalsIgnoreCase(key)) {
            key = existing;
            break;
          }
        }
      }
      map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(fields[i + 1]);
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  /** {@code name<separator>value} items joined by {@code delimiter}, safe for logs. */
  static String toString(String[] fields, String separator, String delimiter) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (i > 0) {
        text.append(delimiter);
      }
      text.append(SafeText.forLog(fields[i])).append(separator)
          .append(SafeText.forLog(fields[i + 1]));
    }
    return text.toString();
  }

  private static boolean matches(String field, String name, boolean ignoreCase) {
    return ignoreCase ? field.equalsIgnoreCase(name) : field.equals(name);
  }
}

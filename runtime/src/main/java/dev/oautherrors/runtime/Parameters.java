package dev.oautherrors.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a response, decoded, in the order received: a redirect's query or fragment
 * parameters, a form post's fields, or a JSON body's top-level members whose values are strings,
 * numbers or booleans. Names are case-sensitive and may repeat. Immutable.
 */
public final class Parameters implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String[] NONE = new String[0];

  /** No parameters. */
  public static final Parameters EMPTY = new Parameters(NONE);

  /** Name, value, name, value, ... */
  private final String[] fields;

  private Parameters(String[] fields) {
    this.fields = fields;
  }

  /** Parameters from alternating names and values. */
  public static Parameters of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "expected names and values in pairs, got " + namesAndValues.length + " strings");
    }
    for (String field : namesAndValues) {
      if (field == null) {
        throw new NullPointerException("parameter names and values must not be null");
      }
    }
    return namesAndValues.length == 0 ? EMPTY : new Parameters(namesAndValues.clone());
  }

  /** Parameters from a list of alternating names and values that the caller hands over. */
  static Parameters adopt(List<String> namesAndValues) {
    return namesAndValues.isEmpty() ? EMPTY : new Parameters(namesAndValues.toArray(NONE));
  }

  /** The first value of the named parameter. */
  public Optional<String> first(String name) {
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i].equals(name)) {
        return Optional.of(fields[i + 1]);
      }
    }
    return Optional.empty();
  }

  /** Every value of the named parameter, in order. */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>(1);
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i].equals(name)) {
        values.add(fields[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** The number of parameters (a repeated name counts each time). */
  public int size() {
    return fields.length / 2;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return fields.length == 0;
  }

  /** An unmodifiable map from each name to its values, in order of first appearance. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      map.computeIfAbsent(fields[i], k -> new ArrayList<>(1)).add(fields[i + 1]);
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameters && Arrays.equals(fields, ((Parameters) other).fields);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  /** {@code name=value} pairs, safe for logs. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < fields.length; i += 2) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(SafeText.forLog(fields[i])).append('=').append(SafeText.forLog(fields[i + 1]));
    }
    return text.append('}').toString();
  }
}

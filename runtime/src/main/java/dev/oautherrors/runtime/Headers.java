package dev.oautherrors.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP response headers exactly as received: names keep their case and order, a name may repeat,
 * and lookups ignore case. Immutable.
 */
public final class Headers implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String[] NO_FIELDS = new String[0];

  /** No headers. */
  public static final Headers EMPTY = new Headers(NO_FIELDS);

  /** Name, value, name, value, ... */
  private final String[] fields;

  private Headers(String[] fields) {
    this.fields = fields;
  }

  /**
   * Headers from alternating names and values: {@code Headers.of("Content-Type",
   * "application/json", "Cache-Control", "no-store")}.
   *
   * @throws IllegalArgumentException if the count is odd
   * @throws NullPointerException if a name or value is null
   */
  public static Headers of(String... namesAndValues) {
    String[] copy = Pairs.checkedCopy(namesAndValues, "header");
    return copy.length == 0 ? EMPTY : new Headers(copy);
  }

  /**
   * Headers from a map of names to values, such as {@code java.net.http.HttpHeaders.map()} or a
   * servlet container's. Null keys (some clients put the status line there) and null values are
   * skipped.
   */
  public static Headers of(Map<String, ? extends List<String>> map) {
    List<String> fields = new ArrayList<>(map.size() * 2);
    for (Map.Entry<String, ? extends List<String>> entry : map.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        continue;
      }
      for (String value : entry.getValue()) {
        if (value != null) {
          fields.add(entry.getKey());
          fields.add(value);
        }
      }
    }
    return fields.isEmpty() ? EMPTY : new Headers(fields.toArray(NO_FIELDS));
  }

  /** The first value of the named header, ignoring the name's case. */
  public Optional<String> first(String name) {
    return Optional.ofNullable(firstOrNull(name));
  }

  /** The first value of the named header, or null; for the parsers' hot path. */
  String firstOrNull(String name) {
    return Pairs.first(fields, name, true);
  }

  /** Every value of the named header, in order, ignoring the name's case. */
  public List<String> all(String name) {
    return Pairs.all(fields, name, true);
  }

  /** The number of header fields (a repeated name counts each time). */
  public int size() {
    return fields.length / 2;
  }

  /** Whether there are no headers. */
  public boolean isEmpty() {
    return fields.length == 0;
  }

  /** The name of field {@code index}, as received. */
  public String name(int index) {
    return fields[index * 2];
  }

  /** The value of field {@code index}, as received. */
  public String value(int index) {
    return fields[index * 2 + 1];
  }

  /** The headers as an unmodifiable map from each name, as first received, to its values. */
  public Map<String, List<String>> asMap() {
    return Pairs.asMap(fields, true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Headers && Arrays.equals(fields, ((Headers) other).fields);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  /** One {@code Name: value} line per field, with control characters neutralised. */
  @Override
  public String toString() {
    return Pairs.toString(fields, ": ", "\n");
  }
}

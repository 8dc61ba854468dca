package dev.oautherrors.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    String[] copy = Pairs.checkedCopy(namesAndValues, "parameter");
    return copy.length == 0 ? EMPTY : new Parameters(copy);
  }

  /** Parameters from a list of alternating names and values that the caller hands over. */
  static Parameters adopt(List<String> namesAndValues) {
    return namesAndValues.isEmpty() ? EMPTY : new Parameters(namesAndValues.toArray(NONE));
  }

  /** The first value of the named parameter. */
  public Optional<String> first(String name) {
    return Optional.ofNullable(Pairs.first(fields, name, false));
  }

  /** Every value of the named parameter, in order. */
  public List<String> all(String name) {
    return Pairs.all(fields, name, false);
  }

  /** The number of parameters (a repeated name counts each time). */
  public int size() {
    return fields.length / 2;
  }

  /**
   * The names given more than once, in order of first appearance; empty when every name is
   * unique. RFC 6749 §3.1 forbids repeated parameters: a strict caller refuses a response with
   * any (see {@link ParseResult#repeatedParameters()}).
   */
  public List<String> repeatedNames() {
    List<String> repeated = null;
    for (int i = 0; i < fields.length; i += 2) {
      for (int j = i + 2; j < fields.length; j += 2) {
        if (fields[i].equals(fields[j])) {
          if (repeated == null) {
            repeated = new ArrayList<>(2);
          }
          if (!repeated.contains(fields[i])) {
            repeated.add(fields[i]);
          }
          break;
        }
      }
    }
    return repeated == null ? Collections.emptyList() : Collections.unmodifiableList(repeated);
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return fields.length == 0;
  }

  /** An unmodifiable map from each name to its values, in order of first appearance. */
  public Map<String, List<String>> asMap() {
    return Pairs.asMap(fields, false);
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
    return "{" + Pairs.toString(fields, "=", ", ") + "}";
  }
}

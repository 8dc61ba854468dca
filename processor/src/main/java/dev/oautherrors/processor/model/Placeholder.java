package dev.oautherrors.processor.model;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A type generated in place of one that a broken catalog could not define, so that the user's own
 * code still resolves and the catalog's error is the only error of the build (see {@code
 * docs/diagnostics.md}, "One error per mistake"). It has a name and a shape, never behaviour.
 *
 * @param name the type's package and simple name, as the user's code refers to it
 * @param isInterface whether it is an interface (a visitor or group), else a class
 * @param typeParameters how many type parameters it takes ({@code OAuthErrorVisitor<R>})
 * @param nested the simple names of member types the user's code refers to ({@code
 *     InvalidGrantException.Reason})
 */
public record Placeholder(
    QualifiedName name, boolean isInterface, int typeParameters, SortedSet<String> nested) {

  /** Creates the value. */
  public Placeholder {
    Objects.requireNonNull(name, "name");
    nested = new TreeSet<>(nested);
  }

  /** A class without type parameters or members. */
  public static Placeholder ofClass(QualifiedName name) {
    return new Placeholder(name, false, 0, new TreeSet<>());
  }

  /** This placeholder with {@code more} member types too. */
  public Placeholder withNested(Set<String> more) {
    SortedSet<String> all = new TreeSet<>(nested);
    all.addAll(more);
    return new Placeholder(name, isInterface, typeParameters, all);
  }
}

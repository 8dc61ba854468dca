package dev.oautherrors.processor.handler;

import javax.lang.model.element.TypeElement;

/**
 * What a handler's source file imports, so that a message suggests only the imports it lacks.
 * The annotation processing API does not show imports; javac's tree API does, and other compilers
 * answer {@link #UNKNOWN}.
 */
@FunctionalInterface
public interface Imports {
  /** Nothing is known: every import that may be needed is suggested. */
  Imports UNKNOWN = (handler, qualifiedName) -> false;

  /**
   * Whether the source file of {@code handler} imports {@code qualifiedName}, by name or with its
   * package's {@code *}; false when not known.
   */
  boolean has(TypeElement handler, String qualifiedName);
}

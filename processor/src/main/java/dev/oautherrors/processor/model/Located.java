package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;
import java.util.Objects;

/**
 * A value from the catalog and the place it was written, so that a later check can point at it.
 *
 * @param value the value
 * @param position where it was written
 * @param <T> the value's type
 */
public record Located<T>(T value, Position position) {

  /** Creates the value. */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
  }
}

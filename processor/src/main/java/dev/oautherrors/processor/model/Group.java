package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;

/**
 * A group the catalog defines under {@code groups:}; generated as a sealed interface that its
 * codes' exception classes implement.
 *
 * @param id the identifier entries use
 * @param javaName the interface's simple name (given, or derived from the id)
 * @param description what the group's codes have in common
 * @param position where it is defined
 */
public record Group(String id, Located<String> javaName, String description, Position position) {}

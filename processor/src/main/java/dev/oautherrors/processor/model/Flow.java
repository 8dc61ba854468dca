package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;

/**
 * A flow the catalog defines under {@code flows:}.
 *
 * @param id the identifier entries and handlers use
 * @param description what the flow is
 * @param position where it is defined
 */
public record Flow(String id, String description, Position position) {}

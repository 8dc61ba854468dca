package dev.oautherrors.processor.model;

/**
 * A citation of the section that defines or uses a code, from an entry's {@code see:}; the
 * generated exception's Javadoc links it.
 *
 * @param ref the section, as people write it ({@code RFC 6749 §5.2})
 * @param url where to read it
 */
public record Citation(String ref, String url) {}

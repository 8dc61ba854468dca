package dev.oautherrors.processor.model;

/**
 * The simple names of the generated types that do not belong to one code, from the catalog's
 * {@code names:} section or the defaults in {@link GeneratedNames}.
 *
 * @param base the abstract superclass of every error type
 * @param unknown the type of codes the catalog does not know
 * @param visitor the visitor interface
 * @param catalog the class with the parsers and the lookup
 */
public record SharedTypeNames(
    Located<String> base, Located<String> unknown, Located<String> visitor,
    Located<String> catalog) {}

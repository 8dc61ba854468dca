package dev.oautherrors.bench.contenders;

/** The fields every contender must pull out of an input; null where absent. */
public record Extracted(String code, String description, String uri, String state) {}

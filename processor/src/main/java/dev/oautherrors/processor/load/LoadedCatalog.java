package dev.oautherrors.processor.load;

import dev.oautherrors.processor.diagnostic.CatalogText;

/**
 * A catalog file found and read.
 *
 * @param text the file's text and the path to show in messages
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record LoadedCatalog(CatalogText text, String sha256) {}

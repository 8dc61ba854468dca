package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;
import java.util.List;
import java.util.Optional;

/**
 * A catalog's {@code subCodes:} section: where the provider's finer codes come from, and the ones
 * the catalog documents.
 *
 * @param field the top-level JSON member that holds the sub-code, if any
 * @param descriptionPattern the pattern that reads it from the description's prefix, if any
 * @param javaName the name of the generated enum (given, or {@link GeneratedNames#DEFAULT_SUB_CODE})
 * @param codes the documented sub-codes, in catalog order
 * @param position where the section's key is written
 */
public record SubCodes(
    Optional<Located<String>> field,
    Optional<Located<String>> descriptionPattern,
    Located<String> javaName,
    List<SubCode> codes,
    Position position) {

  /** Creates the value. */
  public SubCodes {
    codes = List.copyOf(codes);
  }
}

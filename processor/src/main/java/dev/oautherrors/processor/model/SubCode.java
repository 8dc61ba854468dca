package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;
import java.util.List;
import java.util.Optional;

/**
 * One provider sub-code of the catalog's {@code subCodes:} section, such as Microsoft Entra ID's
 * {@code 50126}.
 *
 * @param id the sub-code exactly as the server sends it
 * @param constant the enum constant (given, or derived from the id)
 * @param constantGiven whether the catalog gave {@code javaName} explicitly
 * @param cause what it means, in the catalog's words
 * @param action what the application or admin should do, if the catalog says
 * @param errors the error codes it goes with; empty means any
 * @param position where the sub-code's entry starts
 */
public record SubCode(
    Located<String> id,
    Located<String> constant,
    boolean constantGiven,
    String cause,
    Optional<String> action,
    List<Located<String>> errors,
    Position position) {

  /** Creates the value. */
  public SubCode {
    errors = List.copyOf(errors);
  }

  /** The wire value. */
  public String value() {
    return id.value();
  }
}

package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.CatalogText;
import java.util.List;
import java.util.Optional;

/**
 * A valid catalog: everything the generators and the handler checks need. Built by the validate
 * step only when it found no errors; immutable.
 *
 * @param file the catalog file, for messages
 * @param sha256 the SHA-256 of the file, recorded in the generated catalog class
 * @param javaPackage the Java package of the generated types, where the catalog names it
 * @param names the names of the shared generated types
 * @param stateMismatch the code a failed state check becomes, if the catalog names one
 * @param flows the flows, in catalog order
 * @param groups the groups, in catalog order
 * @param errors the codes, in catalog order
 * @param subCodes the provider sub-codes and where they come from, if the catalog has them
 */
public record Catalog(
    CatalogText file,
    String sha256,
    Located<String> javaPackage,
    SharedTypeNames names,
    Optional<Located<String>> stateMismatch,
    List<Flow> flows,
    List<Group> groups,
    List<ErrorCode> errors,
    Optional<SubCodes> subCodes) {

  /** Creates the value. */
  public Catalog {
    flows = List.copyOf(flows);
    groups = List.copyOf(groups);
    errors = List.copyOf(errors);
  }

  /** A catalog without sub-codes. */
  public Catalog(CatalogText file, String sha256, Located<String> javaPackage,
      SharedTypeNames names, Optional<Located<String>> stateMismatch, List<Flow> flows,
      List<Group> groups, List<ErrorCode> errors) {
    this(file, sha256, javaPackage, names, stateMismatch, flows, groups, errors, Optional.empty());
  }

  /** The code whose wire value is {@code wireCode}, if the catalog lists it. */
  public Optional<ErrorCode> code(String wireCode) {
    return errors.stream().filter(e -> e.wireCode().equals(wireCode)).findFirst();
  }

  /** The Java package of the generated types. */
  public String packageName() {
    return javaPackage.value();
  }

  /** The group with identifier {@code id}, if defined. */
  public Optional<Group> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The codes of group {@code id}, in catalog order. */
  public List<ErrorCode> members(Group group) {
    return errors.stream().filter(e -> e.groupId().equals(Optional.of(group.id()))).toList();
  }

  /** The flow with identifier {@code id}, if defined. */
  public Optional<Flow> flow(String id) {
    return flows.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}

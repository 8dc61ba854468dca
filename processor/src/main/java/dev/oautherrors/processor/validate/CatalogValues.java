package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Flow;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.Reason;
import dev.oautherrors.processor.model.SubCode;
import dev.oautherrors.processor.model.SubCodes;

/**
 * Every string a catalog holds, each named the way a message should name it, for the checks that
 * apply one rule to all values alike.
 */
final class CatalogValues {
  private CatalogValues() {}

  /** What a check does with each value. */
  interface Visitor {

    /** A name, spelling or identifier: the package, a code or alias, a Java name, an id. */
    void name(String what, Located<String> value);

    /** Free text: a cause, an action, a description; {@code position} is its entry's. */
    void text(String what, String text, Position position);
  }

  /** Shows {@code visitor} every value of {@code catalog}, in the order of the file. */
  static void visit(Catalog catalog, Visitor visitor) {
    visitor.name("package", catalog.javaPackage());
    visitor.name("names: base", catalog.names().base());
    visitor.name("names: unknown", catalog.names().unknown());
    visitor.name("names: visitor", catalog.names().visitor());
    visitor.name("names: catalog", catalog.names().catalog());
    catalog.stateMismatch().ifPresent(code -> visitor.name("stateMismatch", code));
    for (Flow flow : catalog.flows()) {
      visitor.name("flow", new Located<>(flow.id(), flow.position()));
      visitor.text("the description of flow '" + flow.id() + "'", flow.description(),
          flow.position());
    }
    for (Group group : catalog.groups()) {
      visitor.name("group", new Located<>(group.id(), group.position()));
      visitor.name("javaName of group '" + group.id() + "'", group.javaName());
      visitor.text("the description of group '" + group.id() + "'", group.description(),
          group.position());
    }
    for (ErrorCode entry : catalog.errors()) {
      visitEntry(entry, visitor);
    }
    catalog.subCodes().ifPresent(subCodes -> visitSubCodes(subCodes, visitor));
  }

  private static void visitSubCodes(SubCodes subCodes, Visitor visitor) {
    subCodes.field().ifPresent(field -> visitor.name("subCodes: field", field));
    subCodes.descriptionPattern().ifPresent(pattern ->
        visitor.text("subCodes: descriptionPattern", pattern.value(), pattern.position()));
    visitor.name("subCodes: javaName", subCodes.javaName());
    for (SubCode subCode : subCodes.codes()) {
      String what = "sub-code '" + subCode.value() + "'";
      visitor.name("sub-code", subCode.id());
      if (subCode.constantGiven()) {
        visitor.name("javaName of " + what, subCode.constant());
      }
      visitor.text("the cause of " + what, subCode.cause(), subCode.position());
      subCode.action().ifPresent(action ->
          visitor.text("the action of " + what, action, subCode.position()));
      subCode.errors().forEach(error -> visitor.name("error code of " + what, error));
    }
  }

  private static void visitEntry(ErrorCode entry, Visitor visitor) {
    String code = entry.wireCode();
    visitor.name("code", entry.code());
    entry.aliases().forEach(alias -> visitor.name("alias of '" + code + "'", alias));
    if (entry.javaNameGiven()) {
      visitor.name("javaName of '" + code + "'", entry.javaName());
    }
    entry.group().ifPresent(group -> visitor.name("group of '" + code + "'", group));
    entry.flows().forEach(flow -> visitor.name("flow of '" + code + "'", flow));
    visitor.text("the cause of '" + code + "'", entry.cause(), entry.position());
    entry.action().ifPresent(action ->
        visitor.text("the action of '" + code + "'", action, entry.position()));
    for (Reason reason : entry.reasons()) {
      String what = "reason '" + reason.id().value() + "' of '" + code + "'";
      visitor.text("the description of " + what, reason.description(), reason.position());
      reason.aliases().forEach(alias ->
          visitor.text("an alias of " + what, alias, reason.position()));
      visitor.text("the cause of " + what, reason.cause(), reason.position());
      reason.action().ifPresent(action ->
          visitor.text("the action of " + what, action, reason.position()));
    }
  }
}

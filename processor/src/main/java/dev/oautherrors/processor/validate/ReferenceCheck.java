package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Flow;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * Every group and flow an entry names is defined, {@code stateMismatch} names a code of the
 * catalog, and every group has at least one code.
 */
final class ReferenceCheck implements CatalogCheck {

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    List<String> groupIds = catalog.groups().stream().map(Group::id).toList();
    List<String> flowIds = catalog.flows().stream().map(Flow::id).toList();
    boolean undefinedGroups = false;
    for (ErrorCode entry : catalog.errors()) {
      Optional<Located<String>> group = entry.group().filter(g -> !groupIds.contains(g.value()));
      if (group.isPresent()) {
        undefinedGroups = true;
        problems.add(undefined(catalog, "group", group.get(), groupIds, "groups"));
      }
      for (Located<String> flow : entry.flows()) {
        if (!flowIds.contains(flow.value())) {
          problems.add(undefined(catalog, "flow", flow, flowIds, "flows"));
        }
      }
    }
    catalog.stateMismatch().ifPresent(code -> {
      List<String> codes = catalog.errors().stream().map(ErrorCode::wireCode).toList();
      if (!codes.contains(code.value())) {
        problems.add(Problem.of(Message.UNDEFINED_REFERENCE,
            Location.inCatalog(catalog.file(), code.position(), code.value().length()),
            "stateMismatch code", code.value(), Suggestions.hint(code.value(), codes, "codes are")));
      }
    });
    // A misspelt group reference usually leaves the intended group empty: report the cause only.
    for (Group group : undefinedGroups ? List.<Group>of() : catalog.groups()) {
      if (catalog.members(group).isEmpty()) {
        problems.add(Problem.of(Message.EMPTY_GROUP,
            Location.inCatalog(catalog.file(), group.position(), group.id().length()), group.id(),
            group.id()));
      }
    }
  }

  private static Problem undefined(
      Catalog catalog, String kind, Located<String> reference, List<String> defined,
      String section) {
    String hint = defined.isEmpty()
        ? "define it under '" + section + ":' at the top of the catalog"
        : Suggestions.hint(reference.value(), defined, "defined " + section + " are");
    return Problem.of(Message.UNDEFINED_REFERENCE, Location.inCatalog(catalog.file(),
        reference.position(), reference.value().length()), kind, reference.value(), hint);
  }
}

package dev.oautherrors.processor.handler;

import dev.oautherrors.processor.diagnostic.Plural;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.Handler;
import dev.oautherrors.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/**
 * The words of a missing-codes error: the codes with where the catalog defines them, then methods
 * ready to paste, then a group that would cover several at once.
 *
 * <pre>
 * LoginErrors does not handle 2 codes of errors.yaml:
 *   - slow_down (errors.yaml:118): For the device flow, the client app is polling ...
 *   - codes the catalog does not know (servers add codes)
 *
 * Add these methods to LoginErrors:
 *
 *   Reply onSlowDown(SlowDownException e) {
 *     throw e; // TODO handle slow_down
 *   }
 * </pre>
 */
final class MissingCodesText {
  private static final int CAUSE_WIDTH = 72;

  private final Catalog catalog;
  private final GeneratedNames types;
  private final Imports imported;

  MissingCodesText(Catalog catalog, Imports imported) {
    this.catalog = catalog;
    this.types = new GeneratedNames(catalog);
    this.imported = imported;
  }

  /** The message's arguments, in {@code Message.MISSING_CODES} order. */
  Object[] arguments(Handler handler, List<Optional<ErrorCode>> missing, String returnType) {
    StringBuilder list = new StringBuilder();
    StringBuilder stubs = new StringBuilder();
    List<String> imports = new ArrayList<>();
    for (Optional<ErrorCode> code : missing) {
      if (list.length() > 0) {
        list.append('\n');
        stubs.append("\n\n");
      }
      list.append("  - ").append(describe(code));
      stubs.append(stub(code, returnType));
      imports.add(code.map(types::exception).orElse(types.unknown()).canonicalName());
    }
    List<Group> groups = wholeGroups(missing);
    for (Group group : groups) {
      imports.add(types.group(group).canonicalName());
    }
    stubs.append(groupHint(groups, returnType));
    List<String> lacking = lacking(handler, imports);
    if (!lacking.isEmpty()) {
      stubs.append("\n\nwith ").append(Plural.noun(lacking.size(), "this import", "these imports"))
          .append(":\n");
      lacking.forEach(name -> stubs.append("\n  import ").append(name).append(';'));
    }
    return new Object[] {handler.simpleName(), what(handler, missing), list,
        Plural.noun(missing.size(), "this method", "these methods"), handler.simpleName(), stubs};
  }

  /**
   * What is not handled: "2 codes of errors.yaml", with ", nor codes it does not list" when the
   * catalog's unknown-code type is not handled either (it is not a code of the catalog), or only
   * "codes errors.yaml does not list".
   */
  private String what(Handler handler, List<Optional<ErrorCode>> missing) {
    String file = catalog.file().fileName();
    String scope = handler.flow()
        .map(flow -> "flow '" + flow.id() + "' of " + file)
        .orElse(file);
    long known = missing.stream().filter(Optional::isPresent).count();
    boolean unknown = missing.contains(Optional.<ErrorCode>empty());
    if (known == 0) {
      return "codes " + file + " does not list";
    }
    return Plural.count((int) known, "code", "codes") + " of " + scope
        + (unknown ? ", nor codes it does not list" : "");
  }

  /** The imports the handler's file lacks, or none when it is in the catalog's package. */
  private List<String> lacking(Handler handler, List<String> imports) {
    if (packageOf(handler).equals(catalog.packageName())) {
      return List.of();
    }
    return imports.stream().distinct()
        .filter(name -> !imported.has(handler.element(), name)).toList();
  }

  private static String packageOf(Handler handler) {
    Element element = handler.element();
    while (!(element instanceof PackageElement)) {
      element = element.getEnclosingElement();
    }
    return ((PackageElement) element).getQualifiedName().toString();
  }

  private String describe(Optional<ErrorCode> code) {
    if (code.isEmpty()) {
      return "codes the catalog does not know (servers add codes; handle them too)";
    }
    ErrorCode entry = code.get();
    return entry.wireCode() + " (" + entry.position().fileOr(catalog.file()).fileName() + ":"
        + entry.position().line()
        + "): " + shorten(entry.cause());
  }

  private String stub(Optional<ErrorCode> code, String returnType) {
    String type = code.map(c -> types.exception(c).simpleName())
        .orElse(types.unknown().simpleName());
    String name = code.map(c -> GeneratedNames.handlerMethodName(c.javaName().value()))
        .orElse(GeneratedNames.UNKNOWN_HANDLER_METHOD);
    String what = code.map(ErrorCode::wireCode).orElse("codes the catalog does not know");
    return "  " + returnType + " " + name + "(" + type + " e) {\n"
        + "    throw e; // TODO handle " + what + "\n"
        + "  }";
  }

  /** The groups of two or more codes whose codes are all missing. */
  private List<Group> wholeGroups(List<Optional<ErrorCode>> missing) {
    List<Group> whole = new ArrayList<>();
    for (Group group : catalog.groups()) {
      List<ErrorCode> members = catalog.members(group);
      if (members.size() > 1 && members.stream().allMatch(m -> missing.contains(Optional.of(m)))) {
        whole.add(group);
      }
    }
    return whole;
  }

  /** Suggests one group method for each group whose codes are all missing. */
  private String groupHint(List<Group> groups, String returnType) {
    List<String> hints = new ArrayList<>();
    for (Group group : groups) {
      String type = types.group(group).simpleName();
      hints.add("  " + returnType + " "
          + GeneratedNames.handlerMethodName(JavaNames.upperCamel(group.id())) + "(" + type
          + " e) { ... } // handles " + String.join(", ",
              catalog.members(group).stream().map(ErrorCode::wireCode).toList()));
    }
    if (hints.isEmpty()) {
      return "";
    }
    return "\n\nOr handle a whole group with one method:\n\n" + String.join("\n", hints);
  }

  private static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= CAUSE_WIDTH ? flat : flat.substring(0, CAUSE_WIDTH - 3) + "...";
  }
}

package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.SubCode;
import dev.oautherrors.processor.model.SubCodes;
import dev.oautherrors.runtime.SubCodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code subCodes:} section says where sub-codes come from, in a way the runtime can read
 * quickly whatever a server sends (a member that is not one of the standard ones, a pattern that
 * {@link SubCodeSource#patternProblems} accepts), and lists each sub-code once, with a usable
 * constant name and only error codes the catalog defines.
 */
final class SubCodeCheck implements CatalogCheck {

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    catalog.subCodes().ifPresent(subCodes -> check(catalog, subCodes, problems));
  }

  private static void check(Catalog catalog, SubCodes subCodes, List<Problem> problems) {
    if (subCodes.field().isEmpty() && subCodes.descriptionPattern().isEmpty()) {
      problems.add(Problem.of(Message.SUB_CODE_NO_SOURCE,
          Location.inCatalog(catalog.file(), subCodes.position(), "subCodes".length())));
    }
    subCodes.field().ifPresent(field -> {
      if (SubCodeSource.RESERVED_FIELDS.contains(field.value())) {
        problems.add(Problem.of(Message.SUB_CODE_RESERVED_FIELD, at(catalog, field),
            field.value(), field.value().equals("error") ? "the error code" : "part of the error"));
      }
    });
    subCodes.descriptionPattern().ifPresent(pattern -> {
      List<String> wrong = SubCodeSource.patternProblems(pattern.value());
      if (!wrong.isEmpty()) {
        problems.add(Problem.of(Message.SUB_CODE_PATTERN, at(catalog, pattern), pattern.value(),
            String.join("; ", wrong)));
      }
    });
    Map<String, SubCode> ids = new HashMap<>();
    Map<String, SubCode> constants = new HashMap<>();
    List<String> codes = catalog.errors().stream().map(ErrorCode::wireCode).toList();
    for (SubCode subCode : subCodes.codes()) {
      SubCode before = ids.putIfAbsent(subCode.value(), subCode);
      if (before != null) {
        problems.add(Problem.of(Message.DUPLICATE_SUB_CODE, at(catalog, subCode.id()),
            subCode.value(), before.position().line()));
        continue;
      }
      if (constantUsable(catalog, subCode, problems)) {
        SubCode sameName = constants.putIfAbsent(subCode.constant().value(), subCode);
        if (sameName != null) {
          problems.add(Problem.of(Message.SUB_CODE_NAME_CLASH, at(catalog, where(subCode)),
              subCode.value(), sameName.value(), sameName.position().line(),
              subCode.constant().value(), subCode.constant().value() + "_2"));
        }
      }
      for (Located<String> error : subCode.errors()) {
        if (!codes.contains(error.value())) {
          problems.add(Problem.of(Message.UNDEFINED_REFERENCE, at(catalog, error),
              "error code", error.value(), Suggestions.hint(error.value(), codes, "codes are")));
        }
      }
    }
  }

  private static boolean constantUsable(
      Catalog catalog, SubCode subCode, List<Problem> problems) {
    String constant = subCode.constant().value();
    if (!isConstantName(constant)) {
      String context = subCode.constantGiven()
          ? "sub-code '" + subCode.value() + "'"
          : "the constant derived from sub-code '" + subCode.value() + "'";
      problems.add(Problem.of(Message.INVALID_SUB_CODE_NAME, at(catalog, where(subCode)),
          constant, context, suggestion(subCode.value())));
      return false;
    }
    if (constant.equals(GeneratedNames.UNKNOWN_SUB_CODE)) {
      problems.add(Problem.of(Message.SUB_CODE_UNKNOWN_NAME, at(catalog, where(subCode)),
          subCode.value(), constant, "SUB_" + constant));
      return false;
    }
    return true;
  }

  /** A valid constant to show in the fix. */
  private static String suggestion(String id) {
    String letters = JavaNames.constantName(JavaNames.idFromText(id));
    return letters.isEmpty() ? "MY_SUB_CODE" : "SUB_" + letters;
  }

  /** UPPER_SNAKE_CASE: ASCII upper-case letters, digits and {@code _}, from a letter. */
  static boolean isConstantName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Where a sub-code's constant is written: its javaName, or its id when derived. */
  private static Located<String> where(SubCode subCode) {
    return subCode.constantGiven() ? subCode.constant() : subCode.id();
  }

  private static Location at(Catalog catalog, Located<String> value) {
    return Location.inCatalog(catalog.file(), value.position(), Math.max(1, value.value().length()));
  }
}

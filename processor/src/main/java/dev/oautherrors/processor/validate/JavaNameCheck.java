package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.SharedTypeNames;
import dev.oautherrors.runtime.CodeNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every generated name is a valid Java name, and no two generated types or visitor methods share
 * a name, not even in a different case (files named so would collide on macOS and Windows).
 */
final class JavaNameCheck implements CatalogCheck {

  /**
   * Who claimed a generated name first; {@code lenientCode} is set for codes, whose clashes with
   * a code of the same lenient spelling {@link SpellingCheck} reports instead.
   */
  private record Claim(String owner, int line, String lenientCode) {}

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    Map<String, Claim> types = new HashMap<>();
    SharedTypeNames names = catalog.names();
    for (Located<String> shared :
        List.of(names.base(), names.unknown(), names.visitor(), names.catalog())) {
      if (checkTypeName(catalog, shared, "names", problems)) {
        claim(types, shared.value(), "the catalog's " + describeShared(names, shared), null,
            catalog, shared, problems);
      }
    }
    for (Group group : catalog.groups()) {
      if (checkTypeName(catalog, group.javaName(), "group '" + group.id() + "'", problems)) {
        claim(types, group.javaName().value(), "group '" + group.id() + "'", null, catalog,
            group.javaName(), problems);
      }
    }
    catalog.subCodes().ifPresent(subCodes -> {
      if (checkTypeName(catalog, subCodes.javaName(), "subCodes", problems)) {
        claim(types, subCodes.javaName().value(), "the catalog's sub-code enum", null, catalog,
            subCodes.javaName(), problems);
      }
    });
    for (ErrorCode entry : catalog.errors()) {
      if (!usable(catalog, entry, problems)) {
        continue;
      }
      String owner = "code '" + entry.wireCode() + "'";
      String lenient = CodeNormalizer.normalize(entry.wireCode());
      if (entry.visitMethodName().equals(GeneratedNames.VISIT_UNKNOWN)) {
        problems.add(Problem.of(Message.JAVA_NAME_CLASH, Location.inCatalog(catalog.file(),
                entry.javaName().position(), entry.javaName().value().length()), owner,
            "the visitor's method for unknown codes", entry.position().line(),
            GeneratedNames.VISIT_UNKNOWN, suggestName(entry.wireCode() + "_code")));
        continue;
      }
      claim(types, entry.exceptionName(), owner, lenient, catalog, entry.javaName(), problems);
    }
  }

  private static boolean usable(Catalog catalog, ErrorCode entry, List<Problem> problems) {
    Located<String> name = entry.javaName();
    if (entry.javaNameGiven()) {
      return checkTypeName(catalog, name, "error entry '" + entry.wireCode() + "'", problems);
    }
    String code = entry.wireCode();
    String why = null;
    if (JavaNames.isKeyword(code)) {
      why = "is the Java keyword or literal '" + code + "'";
    } else if (name.value().isEmpty()) {
      why = "has no letters or digits";
    } else if (Character.isDigit(name.value().charAt(0))) {
      why = "starts with a digit";
    } else if (!JavaNames.isTypeName(name.value())) {
      why = "contains characters Java names cannot";
    }
    if (why != null) {
      problems.add(Problem.of(Message.UNUSABLE_CODE_NAME,
          Location.inCatalog(catalog.file(), entry.code().position(), code.length()), code, why,
          suggestName(code)));
      return false;
    }
    return true;
  }

  private static boolean checkTypeName(
      Catalog catalog, Located<String> name, String context, List<Problem> problems) {
    if (JavaNames.isTypeName(name.value())) {
      return true;
    }
    problems.add(Problem.of(Message.INVALID_TYPE_NAME, Location.inCatalog(catalog.file(),
        name.position(), name.value().length()), name.value(), context,
        suggestName(name.value())));
    return false;
  }

  private static void claim(Map<String, Claim> claimed, String name, String owner,
      String lenientCode, Catalog catalog, Located<String> where, List<Problem> problems) {
    Claim previous = claimed.putIfAbsent(name.toLowerCase(Locale.ROOT),
        new Claim(owner, where.position().line(), lenientCode));
    boolean reportedAsSpelling = previous != null && lenientCode != null
        && lenientCode.equals(previous.lenientCode());
    if (previous != null && !reportedAsSpelling) {
      problems.add(Problem.of(Message.JAVA_NAME_CLASH,
          Location.inCatalog(catalog.file(), where.position(), where.value().length()),
          owner, previous.owner(), previous.line(), name, suggestName(where.value() + "2")));
    }
  }

  private static String describeShared(SharedTypeNames names, Located<String> shared) {
    if (shared == names.base()) {
      return "base exception";
    } else if (shared == names.unknown()) {
      return "unknown-code exception";
    } else if (shared == names.visitor()) {
      return "visitor";
    }
    return "catalog class";
  }

  /** A plausible valid name to show in the fix. */
  private static String suggestName(String text) {
    String name = JavaNames.fromCode(text);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "Code" + name;
    }
    return JavaNames.isTypeName(name) ? name : "MyCode";
  }
}

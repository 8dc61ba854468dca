package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The catalog fits in what the class-file format and file systems can hold, so that a catalog too
 * large gets an error at its line instead of javac's {@code code too large} or {@code too many
 * constants} in a generated file. The limits leave room: {@code docs/catalog-format.md} gives the
 * arithmetic, and {@code SizeLimitCheckTest} compiles catalogs at each limit.
 */
final class SizeLimitCheck implements CatalogCheck {
  /** Characters in one value; a string constant holds 65,535 bytes, 3 per char at worst. */
  static final int MAX_VALUE_CHARS = 10_000;

  /** Codes; the visitor interface and the entries holder take about 3 constants per code. */
  static final int MAX_CODES = 20_000;

  /** Aliases of a code, and descriptions of its reasons; each costs bytes in one initializer. */
  static final int MAX_SPELLINGS_PER_CODE = 1_500;

  /** Sub-codes; each enum constant costs about 30 bytes of the enum's 64 KB initializer. */
  static final int MAX_SUB_CODES = 1_500;

  /** Bytes of a generated type's or package's name: 255 per file name, less what javac adds. */
  static final int MAX_NAME_BYTES = 200;

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    CatalogValues.visit(catalog, new ValueLength(catalog, problems));
    List<ErrorCode> errors = catalog.errors();
    if (errors.size() > MAX_CODES) {
      problems.add(Problem.of(Message.TOO_MANY_CODES, at(catalog, errors.get(MAX_CODES).code()),
          count(errors.size()), count(MAX_CODES)));
    }
    for (ErrorCode entry : errors) {
      checkSpellings(catalog, entry, problems);
    }
    catalog.subCodes().ifPresent(subCodes -> {
      if (subCodes.codes().size() > MAX_SUB_CODES) {
        problems.add(Problem.of(Message.TOO_MANY_SUB_CODES,
            at(catalog, subCodes.codes().get(MAX_SUB_CODES).id()),
            count(subCodes.codes().size()), count(MAX_SUB_CODES)));
      }
      fileName(catalog, "subCodes", subCodes.javaName().value(), subCodes.javaName(),
          "set a shorter javaName: under subCodes", problems);
    });
    checkFileNames(catalog, problems);
  }

  private static void checkSpellings(Catalog catalog, ErrorCode entry, List<Problem> problems) {
    if (entry.aliases().size() > MAX_SPELLINGS_PER_CODE) {
      problems.add(Problem.of(Message.TOO_MANY_SPELLINGS,
          at(catalog, entry.aliases().get(MAX_SPELLINGS_PER_CODE)), entry.wireCode(),
          count(entry.aliases().size()), "aliases", count(MAX_SPELLINGS_PER_CODE)));
    }
    int descriptions = 0;
    Position firstOver = null;
    for (Reason reason : entry.reasons()) {
      descriptions += 1 + reason.aliases().size();
      if (descriptions > MAX_SPELLINGS_PER_CODE && firstOver == null) {
        firstOver = reason.position();
      }
      if (reason.id().value().length() > MAX_VALUE_CHARS) {
        problems.add(tooLong(catalog, "the id of a reason of '" + entry.wireCode() + "'",
            reason.id().value(), reason.id().position()));
      }
    }
    if (firstOver != null) {
      problems.add(Problem.of(Message.TOO_MANY_SPELLINGS,
          Location.inCatalog(catalog.file(), firstOver, 1), entry.wireCode(), count(descriptions),
          "reason descriptions (each reason's description and its aliases)",
          count(MAX_SPELLINGS_PER_CODE)));
    }
  }

  private static void checkFileNames(Catalog catalog, List<Problem> problems) {
    for (String part : catalog.packageName().split("\\.", -1)) {
      if (bytes(part) > MAX_NAME_BYTES) {
        problems.add(Problem.of(Message.NAME_TOO_LONG, at(catalog, catalog.javaPackage()),
            "package part '" + part + "'", count(bytes(part)), count(MAX_NAME_BYTES),
            "use a shorter package name"));
        break;
      }
    }
    var names = catalog.names();
    for (Located<String> name : List.of(names.base(), names.unknown(), names.visitor(),
        names.catalog())) {
      fileName(catalog, "type name '" + name.value() + "'", name.value(), name,
          "choose a shorter name", problems);
    }
    for (Group group : catalog.groups()) {
      fileName(catalog, "group '" + group.id() + "'", group.javaName().value(),
          group.javaName(), "set a shorter javaName: on the group", problems);
    }
    for (ErrorCode entry : catalog.errors()) {
      Located<String> where = entry.javaNameGiven() ? entry.javaName() : entry.code();
      fileName(catalog, "code '" + entry.wireCode() + "'", entry.exceptionName(), where,
          "set javaName: on the entry, for example javaName: " + shorter(entry), problems);
    }
  }

  private static void fileName(Catalog catalog, String owner, String typeName,
      Located<String> where, String fix, List<Problem> problems) {
    if (JavaNames.isTypeName(typeName) && bytes(typeName) > MAX_NAME_BYTES) {
      problems.add(Problem.of(Message.NAME_TOO_LONG, at(catalog, where),
          "the type " + typeName + " of " + owner, count(bytes(typeName)), count(MAX_NAME_BYTES),
          fix));
    }
  }

  private static String shorter(ErrorCode entry) {
    String name = entry.javaName().value();
    return name.substring(0, Math.min(name.length(), 40));
  }

  private static String count(int number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static Location at(Catalog catalog, Located<String> value) {
    return Location.inCatalog(catalog.file(), value.position(), value.value().length());
  }

  private static Problem tooLong(Catalog catalog, String what, String value, Position position) {
    return Problem.of(Message.VALUE_TOO_LONG, Location.inCatalog(catalog.file(), position, 1),
        what, count(value.length()), count(MAX_VALUE_CHARS));
  }

  /** Reports each value longer than {@link #MAX_VALUE_CHARS}. */
  private record ValueLength(Catalog catalog, List<Problem> problems)
      implements CatalogValues.Visitor {

    @Override
    public void name(String what, Located<String> value) {
      text("the " + what, value.value(), value.position());
    }

    @Override
    public void text(String what, String text, Position position) {
      if (text.length() > MAX_VALUE_CHARS) {
        problems.add(tooLong(catalog, what, text, position));
      }
    }
  }
}

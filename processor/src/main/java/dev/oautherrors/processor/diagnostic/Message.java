package dev.oautherrors.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor reports, with its severity and stable ID. The ID appears in brackets
 * at the start of the message ({@code [OAuthErrors/UnknownField]}) and never changes meaning, so
 * that people can search for it and tests can rely on it. {@code docs/diagnostics.md} explains
 * each one.
 */
public enum Message {
  // --- Finding and reading the catalog --------------------------------------------------------
  CATALOG_NOT_FOUND(Diagnostic.Kind.ERROR, "CatalogNotFound",
      "no OAuth error catalog found. Looked in:%n%s%n"
          + "Put the catalog at src/main/resources/%s, or pass its path with -A%s=<path>."),
  CATALOG_OPTION_NOT_FOUND(Diagnostic.Kind.ERROR, "CatalogNotFound",
      "-A%s=%s names no readable file. Looked at:%n%s%n"
          + "Give an absolute path, or one relative to the module directory."),
  CATALOG_UNREADABLE(Diagnostic.Kind.ERROR, "CatalogUnreadable",
      "cannot read the catalog %s: %s"),
  CATALOG_NOT_UTF8(Diagnostic.Kind.ERROR, "CatalogUnreadable",
      "the catalog is not valid UTF-8: %s%s; save it as UTF-8"),
  YAML_SYNTAX(Diagnostic.Kind.ERROR, "YamlSyntax",
      "the catalog is not valid YAML: %s%s"),
  SECOND_DOCUMENT(Diagnostic.Kind.ERROR, "YamlSyntax",
      "a second YAML document starts here, after a '---' line, and a catalog is one document; "
          + "remove the '---' line, or move what follows it into the first document"),
  YAML_ALIAS(Diagnostic.Kind.ERROR, "YamlSyntax",
      "YAML anchors and aliases (%s) are not supported in a catalog; write the value out"),
  DUPLICATE_KEY(Diagnostic.Kind.ERROR, "DuplicateKey",
      "'%s' is given twice in %s (first at line %s); keep one"),

  // --- The shape of the catalog ---------------------------------------------------------------
  NOT_A_MAPPING_ROOT(Diagnostic.Kind.ERROR, "WrongType",
      "the catalog must be a mapping with 'package:' and 'errors:', but is %s"),
  EMPTY_CATALOG(Diagnostic.Kind.ERROR, "EmptyCatalog",
      "the catalog lists no errors; add at least one entry under 'errors:', for example:%n"
          + "errors:%n  - code: access_denied%n    cause: The user denied access."),
  UNKNOWN_FIELD(Diagnostic.Kind.ERROR, "UnknownField",
      "unknown field '%s' in %s; %s"),
  WRONG_TYPE(Diagnostic.Kind.ERROR, "WrongType",
      "'%s' in %s must be %s, but is %s%s"),
  MISSING_FIELD(Diagnostic.Kind.ERROR, "MissingField",
      "%s has no '%s'; add it, for example:%n%s"),
  EMPTY_VALUE(Diagnostic.Kind.ERROR, "EmptyValue",
      "'%s' in %s is empty; %s"),
  UNKNOWN_VALUE(Diagnostic.Kind.ERROR, "UnknownValue",
      "'%s' is not a valid value of '%s' in %s; %s"),

  // --- Names and references -------------------------------------------------------------------
  INVALID_PACKAGE(Diagnostic.Kind.ERROR, "InvalidPackage",
      "'%s' is not a valid Java package name; use lower-case parts separated by dots, "
          + "for example com.example.oauth"),
  INVISIBLE_CHARACTER(Diagnostic.Kind.ERROR, "InvisibleCharacter",
      "%s contains %s, %s; remove it"),
  INVALID_TYPE_NAME(Diagnostic.Kind.ERROR, "InvalidJavaName",
      "'%s' in %s is not a valid Java type name; use UpperCamelCase letters and digits, "
          + "for example %s"),
  UNUSABLE_CODE_NAME(Diagnostic.Kind.ERROR, "UnusableJavaName",
      "code '%s' %s, so no Java type can be named after it; set javaName: on the entry, "
          + "for example javaName: %s"),
  INVALID_REASON_ID(Diagnostic.Kind.ERROR, "InvalidReasonId",
      "reason id '%s' of code '%s' is not lower_snake_case letters, digits and underscores "
          + "starting with a letter; for example id: %s"),
  DUPLICATE_SPELLING(Diagnostic.Kind.ERROR, "DuplicateCode",
      "'%s' is already %s at line %s; a wire spelling can belong to one entry only"),
  LENIENT_CLASH(Diagnostic.Kind.ERROR, "AmbiguousSpelling",
      "'%s' differs from '%s' (line %s) only in case or in '-' versus '_', so lenient matching "
          + "could not tell them apart%s; make one an alias of the other's entry, or remove one"),
  JAVA_NAME_CLASH(Diagnostic.Kind.ERROR, "JavaNameClash",
      "%s and %s (line %s) would both generate %s; set javaName: on one of them, "
          + "for example javaName: %s"),
  DUPLICATE_REASON(Diagnostic.Kind.ERROR, "DuplicateReason",
      "%s of code '%s' is already used by the reason at line %s; each reason needs its own"),
  UNDEFINED_REFERENCE(Diagnostic.Kind.ERROR, "UndefinedReference",
      "%s '%s' is not defined in this catalog; %s"),
  EMPTY_GROUP(Diagnostic.Kind.ERROR, "EmptyGroup",
      "group '%s' has no codes; give some entries group: %s, or remove the group"),

  // --- Composition (extends, override) -------------------------------------------------------
  UNKNOWN_BASE(Diagnostic.Kind.ERROR, "UnknownBaseCatalog",
      "extends names '%s', which is %s; the bundled catalogs are %s, and a file is named by a "
          + "path relative to %s, for example extends: ./common.yaml"),
  EXTENDS_CYCLE(Diagnostic.Kind.ERROR, "ExtendsCycle",
      "extends forms a cycle: %s; a catalog cannot build on itself, remove one of these extends"),
  BASE_LACKS_CODE(Diagnostic.Kind.ERROR, "BaseLacksCode",
      "extends takes code '%s' from %s, which does not define it%s"),
  CODE_REDEFINED(Diagnostic.Kind.ERROR, "RedefinedCode",
      "code '%s' is already defined by %s; to change its fields write override: true on this "
          + "entry, or leave the code out of what extends takes"),
  NOTHING_TO_OVERRIDE(Diagnostic.Kind.ERROR, "NothingToOverride",
      "code '%s' says override: true, but no catalog this one extends defines it%s; remove "
          + "override: true to define a new code"),
  RENAMED_TYPE(Diagnostic.Kind.ERROR, "RenamedType",
      "this override of '%s' renames its types from %s (%s) to %s; an inherited code keeps its "
          + "Java name, so that handlers written against the base still compile; remove javaName "
          + "here, or define a code of your own instead of overriding"),
  CONFLICTING_BASES(Diagnostic.Kind.ERROR, "ConflictingBases",
      "code '%s' comes from both %s and %s, and neither definition overrides the other; take it "
          + "from one base only (extends: [{catalog: ..., codes: [...]}]), or settle it here with "
          + "an entry for '%s' that says override: true"),

  // --- Several catalogs in one module (handlers choosing one: below, with the handlers) -----
  CATALOG_PACKAGE_CLASH(Diagnostic.Kind.ERROR, "PackageClash",
      "catalog %s generates into package %s, as catalog %s does; give each catalog its own "
          + "package, for example package: %s"),

  // --- Provider sub-codes ---------------------------------------------------------------------
  SUB_CODE_NO_SOURCE(Diagnostic.Kind.ERROR, "SubCodeSource",
      "'subCodes' does not say where sub-codes come from; add field: (the JSON member, for "
          + "example field: error_codes) or descriptionPattern: (for example "
          + "descriptionPattern: '^AADSTS(\\d+):'), or both"),
  SUB_CODE_RESERVED_FIELD(Diagnostic.Kind.ERROR, "SubCodeSource",
      "field '%s' is the standard OAuth member that holds %s, so it cannot hold sub-codes; name "
          + "the member the provider adds, for example field: error_codes"),
  SUB_CODE_PATTERN(Diagnostic.Kind.ERROR, "SubCodePattern",
      "descriptionPattern '%s' cannot read sub-codes: %s. For example: '^AADSTS(\\d{1,10}):'"),
  DUPLICATE_SUB_CODE(Diagnostic.Kind.ERROR, "DuplicateSubCode",
      "sub-code '%s' is already listed at line %s; list each sub-code once"),
  INVALID_SUB_CODE_NAME(Diagnostic.Kind.ERROR, "InvalidJavaName",
      "'%s' in %s is not a valid Java constant name; use UPPER_SNAKE_CASE letters, digits and "
          + "underscores starting with a letter, for example javaName: %s"),
  SUB_CODE_UNKNOWN_NAME(Diagnostic.Kind.ERROR, "JavaNameClash",
      "sub-code '%s' would generate the constant %s, which the enum keeps for sub-codes the "
          + "catalog does not list; set javaName:, for example javaName: %s"),
  SUB_CODE_NAME_CLASH(Diagnostic.Kind.ERROR, "JavaNameClash",
      "sub-codes '%s' and '%s' (line %s) would both generate the constant %s; set javaName: on "
          + "one of them, for example javaName: %s"),

  // --- What generated code can hold -----------------------------------------------------------
  VALUE_TOO_LONG(Diagnostic.Kind.ERROR, "TooLarge",
      "%s is %s characters long, more than the %s that generated code can hold in one string "
          + "(a class file's constant is at most 65,535 bytes); shorten it"),
  TOO_MANY_CODES(Diagnostic.Kind.ERROR, "TooLarge",
      "the catalog lists %s codes, more than the %s that one generated visitor interface can "
          + "hold (a class file has at most 65,535 constants, and each code takes three); split "
          + "the codes into catalogs of their own, each in its own module and package"),
  TOO_MANY_SPELLINGS(Diagnostic.Kind.ERROR, "TooLarge",
      "code '%s' has %s %s, more than the %s that its generated class can list (a method's "
          + "code is at most 64 KB); keep the ones the server really sends"),
  TOO_MANY_SUB_CODES(Diagnostic.Kind.ERROR, "TooLarge",
      "the catalog lists %s sub-codes, more than the %s that one generated enum can hold (its "
          + "initializer's code is at most 64 KB); keep the sub-codes the application acts on"),
  NAME_TOO_LONG(Diagnostic.Kind.ERROR, "TooLarge",
      "%s is %s bytes long in UTF-8, more than the %s that a generated file's name may take "
          + "(file systems allow 255 bytes, and javac adds to it); %s"),

  // --- Generating code ------------------------------------------------------------------------
  WRITE_FAILED(Diagnostic.Kind.ERROR, "WriteFailed",
      "could not write %s: %s"),
  STALE_GENERATED_TYPES(Diagnostic.Kind.NOTE, "StaleTypes",
      "%s on the class path was generated from a different catalog; generating it again from %s"),

  // --- @OAuthErrorHandler classes -----------------------------------------------------------
  HANDLER_NOT_A_CLASS(Diagnostic.Kind.ERROR, "HandlerShape",
      "@OAuthErrorHandler goes on a class, but %s is %s; write a class whose methods take the "
          + "error types, or implement %s"),
  HANDLER_CLASS_SHAPE(Diagnostic.Kind.ERROR, "HandlerShape",
      "handler class %s %s; %s"),
  HANDLER_METHOD_SHAPE(Diagnostic.Kind.ERROR, "HandlerMethodShape",
      "handler method %s %s; %s"),
  NOT_AN_ERROR_TYPE(Diagnostic.Kind.ERROR, "NotAnErrorType",
      "handler method %s takes %s, which is not an error type of %s; take one code's exception "
          + "(such as %s), a group's interface%s, or %s. If the method is a helper, make it "
          + "private or static"),
  NAMESAKE_NOT_AN_ERROR_TYPE(Diagnostic.Kind.ERROR, "NotAnErrorType",
      "handler method %s takes %s, not the catalog's %s of the same name; %s"),
  RETURN_TYPE_MISMATCH(Diagnostic.Kind.ERROR, "ReturnTypeMismatch",
      "handler method %s returns %s, but %s returns %s; all handler methods of a class return "
          + "the same type, which the dispatcher's handle method returns"),
  DUPLICATE_HANDLER(Diagnostic.Kind.ERROR, "DuplicateHandler",
      "handler methods %s and %s both take %s; keep one"),
  CATCH_ALL(Diagnostic.Kind.ERROR, "CatchAll",
      "handler method %s takes %s, which catches every code and so defeats the check that each "
          + "code is handled; handle codes and groups instead, or allow it with "
          + "@OAuthErrorHandler(allowCatchAll = true)"),
  AMBIGUOUS_CATALOG(Diagnostic.Kind.ERROR, "AmbiguousCatalog",
      "handler class %s does not say which catalog it covers, and this module has %s catalogs: "
          + "%s; name one, for example @OAuthErrorHandler(catalog = \"%s\")"),
  UNKNOWN_CATALOG(Diagnostic.Kind.ERROR, "UnknownCatalog",
      "handler class %s names catalog '%s', which this module does not have; %s"),
  UNDEFINED_FLOW(Diagnostic.Kind.ERROR, "UndefinedFlow",
      "flow '%s' is not defined in %s; %s"),
  MISSING_CODES(Diagnostic.Kind.ERROR, "MissingCodes",
      "%s does not handle %s:%n%s%n%nAdd %s to %s:%n%n%s"),
  UNREACHABLE_HANDLER(Diagnostic.Kind.WARNING, "UnreachableHandler",
      "handler method %s is never called: %s"),
  UNRESOLVED_TYPES(Diagnostic.Kind.ERROR, "UnresolvedTypes",
      "handler class %s could not be checked because it refers to types that do not exist "
          + "(see the compiler's other errors); no dispatcher was generated"),

  // --- Anything else --------------------------------------------------------------------------
  INTERNAL_ERROR(Diagnostic.Kind.ERROR, "InternalError",
      "the OAuth errors processor failed unexpectedly (%s) while %s. This is a bug in the "
          + "processor, not in your code: please report it with the catalog that caused it.");

  /** The prefix of every ID. */
  public static final String ID_PREFIX = "OAuthErrors/";

  private final Diagnostic.Kind kind;
  private final String id;
  private final String template;

  Message(Diagnostic.Kind kind, String id, String template) {
    this.kind = kind;
    this.id = id;
    this.template = template;
  }

  /** The severity. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text with {@code %s} for each value and {@code %n} for each line break. */
  public String template() {
    return template;
  }

  /** The stable ID, such as {@code OAuthErrors/UnknownField}. */
  public String id() {
    return ID_PREFIX + id;
  }

  /**
   * The message with its ID in brackets and the values filled in. This is the one place where
   * values become text a person reads, so every value is made {@link Printable} here but a {@link
   * Verbatim} one (text the processor composed itself, holding nothing from the catalog or the
   * sources): a {@code String} is escaped and cut if long; any other value (a number, a name, a
   * list the processor built around catalog text) is escaped whole.
   */
  public String format(Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Verbatim verbatim) {
        shown[i] = verbatim.text();
      } else if (arg instanceof String text) {
        shown[i] = Printable.of(text);
      } else {
        shown[i] = Printable.escaped(String.valueOf(arg));
      }
    }
    return "[" + id() + "] " + String.format(Locale.ROOT, template, shown);
  }
}

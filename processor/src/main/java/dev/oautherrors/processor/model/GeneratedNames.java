package dev.oautherrors.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Every name the processor gives to generated code, in one place: the rules that derive names from
 * the catalog and from handler classes (static), and the qualified names of one catalog's types
 * (an instance per catalog). Validation, generation, handler checks and messages all ask here, so
 * a message never suggests a name the generator does not write.
 */
public final class GeneratedNames {
  /** The default name of the abstract superclass of every error type. */
  public static final String DEFAULT_BASE = "OAuthErrorException";
  /** The default name of the type of codes the catalog does not know. */
  public static final String DEFAULT_UNKNOWN = "UnknownOAuthErrorException";
  /** The default name of the visitor. */
  public static final String DEFAULT_VISITOR = "OAuthErrorVisitor";
  /** The default name of the catalog class. */
  public static final String DEFAULT_CATALOG = "OAuthErrors";
  /** The visitor method for codes the catalog does not know. */
  public static final String VISIT_UNKNOWN = "visitUnknown";
  /** The enum of a code's documented reasons, nested in the code's exception class. */
  public static final String REASON_ENUM = "Reason";
  /** The default name of the enum of a catalog's provider sub-codes. */
  public static final String DEFAULT_SUB_CODE = "SubCode";
  /** The sub-code enum's constant for sub-codes the catalog does not list. */
  public static final String UNKNOWN_SUB_CODE = "UNKNOWN";
  /** The handler method that messages suggest for codes the catalog does not know. */
  public static final String UNKNOWN_HANDLER_METHOD = "onUnknown";

  private final String packageName;
  private final SharedTypeNames shared;

  /** The names of {@code catalog}'s generated types. */
  public GeneratedNames(Catalog catalog) {
    this.packageName = catalog.packageName();
    this.shared = catalog.names();
  }

  /** The exception class of the code whose Java name is {@code javaName}: {@code AccessDeniedException}. */
  public static String exceptionName(String javaName) {
    return javaName + "Exception";
  }

  /** The visitor method of the code whose Java name is {@code javaName}: {@code visitAccessDenied}. */
  public static String visitMethodName(String javaName) {
    return "visit" + javaName;
  }

  /** The interface of a group without {@code javaName}: {@code client_setup} → {@code ClientSetupError}. */
  public static String groupInterfaceName(String groupId) {
    return JavaNames.upperCamel(groupId) + "Error";
  }

  /**
   * The enum constant of a sub-code without {@code javaName}: letters and digits in upper case,
   * every other run of characters an {@code _}, and {@code SUB_} before a leading digit
   * ({@code 50126} → {@code SUB_50126}, {@code bad-request} → {@code BAD_REQUEST}).
   */
  public static String subCodeConstant(String id) {
    String constant = JavaNames.constantName(JavaNames.idFromText(id));
    return !constant.isEmpty() && Character.isDigit(constant.charAt(0))
        ? "SUB_" + constant
        : constant;
  }

  /** The handler method that messages suggest for a code or group: {@code onAccessDenied}. */
  public static String handlerMethodName(String javaName) {
    return "on" + javaName;
  }

  /**
   * The dispatcher of a handler class, in the handler's package: the simple names of the handler
   * and the classes it is nested in, joined by {@code _}, plus {@code Dispatcher}
   * ({@code Outer.LoginErrors} → {@code Outer_LoginErrorsDispatcher}).
   */
  public static QualifiedName dispatcher(TypeElement handler) {
    String name = handler.getSimpleName().toString();
    Element enclosing = handler.getEnclosingElement();
    while (enclosing.getKind().isClass() || enclosing.getKind().isInterface()) {
      name = enclosing.getSimpleName() + "_" + name;
      enclosing = enclosing.getEnclosingElement();
    }
    while (enclosing.getKind() != ElementKind.PACKAGE) {
      enclosing = enclosing.getEnclosingElement();
    }
    return new QualifiedName(
        ((PackageElement) enclosing).getQualifiedName().toString(), name + "Dispatcher");
  }

  /** The package of the catalog's types. */
  public String packageName() {
    return packageName;
  }

  /** The abstract superclass of every error type. */
  public QualifiedName base() {
    return named(shared.base().value());
  }

  /** The type of codes the catalog does not know. */
  public QualifiedName unknown() {
    return named(shared.unknown().value());
  }

  /** The visitor interface. */
  public QualifiedName visitor() {
    return named(shared.visitor().value());
  }

  /** The class with the parsers and the lookup. */
  public QualifiedName catalogClass() {
    return named(shared.catalog().value());
  }

  /** The enum of the catalog's sub-codes. */
  public QualifiedName subCode(SubCodes subCodes) {
    return named(subCodes.javaName().value());
  }

  /** The exception class of one code. */
  public QualifiedName exception(ErrorCode code) {
    return named(code.exceptionName());
  }

  /** The interface of one group. */
  public QualifiedName group(Group group) {
    return named(group.javaName().value());
  }

  private QualifiedName named(String simpleName) {
    return new QualifiedName(packageName, simpleName);
  }
}

package dev.oautherrors.processor.handler;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.testing.Diagnosed;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per handler rule: the error's ID, its words, and the line it is attached to. Sources
 * start with four header lines, so the annotation is on line 5 and the class on line 6; errors
 * about the class point at its annotation.
 */
class HandlerDiagnosticsTest {

  private static Diagnostic<? extends JavaFileObject> onlyError(
      Compilation compilation, String id) {
    Diagnosed.onlyError(compilation, id);
    return compilation.errors().get(0);
  }

  private static void assertError(JavaFileObject source, String id, String text, long line) {
    Compilation compilation = HandlerSources.compile(source);
    Diagnostic<? extends JavaFileObject> error = onlyError(compilation, id);
    String message = Diagnosed.text(error);
    assertTrue(message.contains(text), () -> "expected <" + text + "> in:\n" + message);
    assertEquals(line, error.getLineNumber(), () -> "line of:\n" + message);
    assertEquals(source.toUri(), error.getSource().toUri());
  }

  // --- Coverage -------------------------------------------------------------------------------

  @Test
  void missingCodesAreTheOnlyErrorEvenWhereTheDispatcherIsImported() {
    // The dispatcher is still written (missing codes rethrown), so an import of it does not add
    // "cannot find symbol" to the one error that matters.
    JavaFileObject handler = HandlerSources.source("LoginErrors",
        "@OAuthErrorHandler",
        "public final class LoginErrors {",
        "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
        "  String onClientSetup(ClientConfigurationError e) { return \"setup\"; }",
        "  String onPolling(DevicePollingError e) { return \"poll\"; }",
        "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
        "}");
    JavaFileObject user = JavaFileObjects.forSourceLines("com.example.app.Login",
        "package com.example.app;",
        "",
        "import com.example.auth.LoginErrors;",
        "import com.example.auth.LoginErrorsDispatcher;",
        "import com.example.auth.OAuthErrorException;",
        "",
        "final class Login {",
        "  String describe(OAuthErrorException error) {",
        "    return new LoginErrorsDispatcher(new LoginErrors()).handle(error);",
        "  }",
        "}");
    Compilation compilation = HandlerSources.compile(handler, user);
    String message = Diagnosed.text(onlyError(compilation, "MissingCodes"));
    assertTrue(message.contains("does not handle 1 code of errors.yaml:\n  - invalid_grant"),
        message);
  }

  @Test
  void missingCodesAreListedInCatalogOrderWithStubsToPaste() {
    JavaFileObject source = HandlerSources.source("LoginErrors",
        "@OAuthErrorHandler",
        "final class LoginErrors {",
        "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
        "  String onClientSetup(ClientConfigurationError e) { return \"setup\"; }",
        "}");
    Compilation compilation = HandlerSources.compile(source);
    Diagnostic<? extends JavaFileObject> error = onlyError(compilation, "MissingCodes");
    assertEquals(5, error.getLineNumber());
    assertEquals(String.join("\n",
        "[OAuthErrors/MissingCodes] LoginErrors does not handle 3 codes of errors.yaml, nor codes"
            + " it does not list:",
        "  - authorization_pending (errors.yaml:27): The user hasn't approved the device yet.",
        "  - slow_down (errors.yaml:33): The client polls more often than the minimum interval.",
        "  - invalid_grant (errors.yaml:39): The grant is invalid.",
        "  - codes the catalog does not know (servers add codes; handle them too)",
        "",
        "Add these methods to LoginErrors:",
        "",
        "  String onAuthorizationPending(AuthorizationPendingException e) {",
        "    throw e; // TODO handle authorization_pending",
        "  }",
        "",
        "  String onSlowDown(SlowDownException e) {",
        "    throw e; // TODO handle slow_down",
        "  }",
        "",
        "  String onInvalidGrant(InvalidGrantException e) {",
        "    throw e; // TODO handle invalid_grant",
        "  }",
        "",
        "  String onUnknown(UnknownOAuthErrorException e) {",
        "    throw e; // TODO handle codes the catalog does not know",
        "  }",
        "",
        "Or handle a whole group with one method:",
        "",
        "  String onDevicePolling(DevicePollingError e) { ... } // handles authorization_pending,"
            + " slow_down"),
        Diagnosed.text(error));
  }

  @Test
  void oneMissingCodeIsSingular() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  void onDenied(AccessDeniedException e) {}",
            "  void onClientSetup(ClientConfigurationError e) {}",
            "  void onPolling(DevicePollingError e) {}",
            "  void onGrant(InvalidGrantException e) {}",
            "}"),
        "MissingCodes", "LoginErrors does not handle codes errors.yaml does not list:\n"
            + "  - codes the catalog does not know (servers add codes; handle them too)\n\n"
            + "Add this method to LoginErrors:\n\n"
            + "  void onUnknown(UnknownOAuthErrorException e) {", 5);
  }

  @Test
  void handlerInAnotherPackageIsToldWhatToImport() {
    Compilation compilation = HandlerSources.compile(
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.example.app.LoginErrors",
            "package com.example.app;",
            "import com.example.auth.*;",
            "import dev.oautherrors.annotations.OAuthErrorHandler;",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  String onClientSetup(ClientConfigurationError e) { return \"\"; }",
            "  String onPolling(DevicePollingError e) { return \"\"; }",
            "  String onGrant(InvalidGrantException e) { return \"\"; }",
            "}"));
    String message = Diagnosed.text(onlyError(compilation, "MissingCodes"));
    // com.example.auth.* is imported already: no "with this import".
    assertTrue(message.endsWith("    throw e; // TODO handle codes the catalog does not know\n  }"),
        message);
  }

  @Test
  void handlerInAnotherPackageIsToldOnlyTheImportsItLacks() {
    Compilation compilation = HandlerSources.compile(
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.example.app.LoginErrors",
            "package com.example.app;",
            "import com.example.auth.AccessDeniedException;",
            "import com.example.auth.InvalidGrantException;",
            "import dev.oautherrors.annotations.OAuthErrorHandler;",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  String onGrant(InvalidGrantException e) { return \"\"; }",
            "}"));
    String message = Diagnosed.text(onlyError(compilation, "MissingCodes"));
    assertTrue(message.contains("does not handle 4 codes of errors.yaml, nor codes it does not "
        + "list:"), message);
    // The group suggestions' types are imported too; the imports already there are not repeated.
    assertTrue(message.endsWith("with these imports:\n\n"
        + "  import com.example.auth.InvalidClientException;\n"
        + "  import com.example.auth.InvalidClientIdException;\n"
        + "  import com.example.auth.AuthorizationPendingException;\n"
        + "  import com.example.auth.SlowDownException;\n"
        + "  import com.example.auth.UnknownOAuthErrorException;\n"
        + "  import com.example.auth.ClientConfigurationError;\n"
        + "  import com.example.auth.DevicePollingError;"), message);
    assertTrue(!message.contains("import com.example.auth.AccessDeniedException"), message);
  }

  @Test
  void emptyHandlerNeedsEveryCodeAndItsStubsReturnVoid() {
    Compilation compilation = HandlerSources.compile(HandlerSources.source("Empty",
        "@OAuthErrorHandler",
        "final class Empty {}"));
    String message = Diagnosed.text(onlyError(compilation, "MissingCodes"));
    assertTrue(message.contains("Empty does not handle 6 codes of errors.yaml, nor codes it does not list"), message);
    assertTrue(message.contains("  void onAccessDenied(AccessDeniedException e) {"), message);
    assertTrue(message.contains("  void onClientConfiguration(ClientConfigurationError e) { ... }"
        + " // handles invalid_client, invalid_client_id"), message);
  }

  @Test
  void flowHandlerIsToldOnlyAboutItsFlowsCodes() {
    assertError(HandlerSources.source("DevicePoller",
            "@OAuthErrorHandler(flow = \"device\")",
            "final class DevicePoller {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  String onPolling(DevicePollingError e) { return \"\"; }",
            "  String onUnknown(UnknownOAuthErrorException e) { return \"\"; }",
            "}"),
        "MissingCodes", "DevicePoller does not handle 3 codes of flow 'device' of errors.yaml:\n"
            + "  - invalid_client (errors.yaml:19): Client secret is invalid.\n"
            + "  - invalid_client_id (errors.yaml:23)", 5);
  }

  @Test
  void undefinedFlowSuggestsTheNearest() {
    assertError(HandlerSources.source("DevicePoller",
            "@OAuthErrorHandler(flow = \"devise\", allowCatchAll = true)",
            "final class DevicePoller {",
            "  String onAny(OAuthErrorException e) { return \"\"; }",
            "}"),
        "UndefinedFlow", "flow 'devise' is not defined in errors.yaml; did you mean 'device'?", 5);
  }

  // --- Catch-all, duplicates, return types ----------------------------------------------------

  @Test
  void catchAllWithoutPermissionIsAnError() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "}"),
        "CatchAll", "handler method onAnything(OAuthErrorException) takes OAuthErrorException, "
            + "which catches every code and so defeats the check that each code is handled; "
            + "handle codes and groups instead, or allow it with "
            + "@OAuthErrorHandler(allowCatchAll = true)", 8);
  }

  @Test
  void supertypeOfTheBaseIsACatchAllToo() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  String onAnything(RuntimeException e) { return \"\"; }",
            "}"),
        "CatchAll", "handler method onAnything(RuntimeException) takes RuntimeException", 7);
  }

  @Test
  void codeHandledByTwoMethodsOfTheSameType() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  String onDeniedAgain(AccessDeniedException e) { return \"\"; }",
            "}"),
        "DuplicateHandler", "handler methods onDenied(AccessDeniedException) and "
            + "onDeniedAgain(AccessDeniedException) both take code 'access_denied'; keep one", 9);
  }

  @Test
  void returnTypesThatDisagree() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "  Integer onAnything(OAuthErrorException e) { return 1; }",
            "}"),
        "ReturnTypeMismatch", "handler method onAnything(OAuthErrorException) returns Integer, "
            + "but onDenied(AccessDeniedException) returns String", 8);
  }

  // --- Method shapes --------------------------------------------------------------------------

  @Test
  void methodWithTwoParameters() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  String describe(AccessDeniedException e, String prefix) { return prefix; }",
            "}"),
        "HandlerMethodShape", "handler method describe(AccessDeniedException, String) takes 2 "
            + "parameters; a handler method takes exactly one, the error. If it is a helper, make "
            + "it private or static", 8);
  }

  @Test
  void parameterThatIsNotAnErrorType() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  String format(String text) { return text; }",
            "}"),
        "NotAnErrorType", "handler method format(String) takes String, which is not an error type "
            + "of errors.yaml; take one code's exception (such as AccessDeniedException), a "
            + "group's interface (such as ClientConfigurationError), or UnknownOAuthErrorException"
            + " for codes the catalog does not know. If the method is a helper, make it private "
            + "or static", 8);
  }

  @Test
  void parameterOfAnotherTypeNamedLikeACatalogType() {
    assertError(HandlerSources.source("LoginErrors",
            "import java.nio.file.AccessDeniedException;",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  String onDenied(AccessDeniedException e) { return \"\"; }",
            "}"),
        "NotAnErrorType", "handler method onDenied(AccessDeniedException) takes "
            + "java.nio.file.AccessDeniedException, not the catalog's "
            + "com.example.auth.AccessDeniedException of the same name; import "
            + "com.example.auth.AccessDeniedException instead", 9);
  }

  @Test
  void privateMethodTakingAnErrorType() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  private String onDenied(AccessDeniedException e) { return \"\"; }",
            "}"),
        "HandlerMethodShape", "handler method onDenied(AccessDeniedException) is private; the "
            + "generated dispatcher cannot call it: make it package-private", 8);
  }

  @Test
  void staticMethodTakingAnErrorType() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "  static String onDenied(AccessDeniedException e) { return \"\"; }",
            "}"),
        "HandlerMethodShape", "handler method onDenied(AccessDeniedException) is static", 8);
  }

  @Test
  void privateAndStaticHelpersAreIgnored() {
    Compilation compilation = HandlerSources.compile(HandlerSources.source("LoginErrors",
        "@OAuthErrorHandler(allowCatchAll = true)",
        "final class LoginErrors {",
        "  String onAnything(OAuthErrorException e) { return format(e.code()) + log(e); }",
        "  private String format(String text) { return text; }",
        "  private static String log(OAuthErrorException e) { return \"\"; }",
        "  @Override public String toString() { return \"LoginErrors\"; }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void genericMethod() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  <T extends OAuthErrorException> String onAnything(T e) { return \"\"; }",
            "}"),
        "HandlerMethodShape", "handler method onAnything(T) declares type parameters", 7);
  }

  @Test
  void methodThrowingACheckedException() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onAnything(OAuthErrorException e) throws java.io.IOException {",
            "    return \"\";",
            "  }",
            "}"),
        "HandlerMethodShape", "handler method onAnything(OAuthErrorException) throws the checked "
            + "exception IOException", 7);
  }

  @Test
  void unreachableGroupMethodIsAWarning() {
    Compilation compilation = HandlerSources.compile(HandlerSources.source("LoginErrors",
        "@OAuthErrorHandler",
        "final class LoginErrors {",
        "  String onDenied(AccessDeniedException e) { return \"\"; }",
        "  String onClientSetup(ClientConfigurationError e) { return \"\"; }",
        "  String onClient(InvalidClientException e) { return \"\"; }",
        "  String onClientId(InvalidClientIdException e) { return \"\"; }",
        "  String onPolling(DevicePollingError e) { return \"\"; }",
        "  String onGrant(InvalidGrantException e) { return \"\"; }",
        "  String onUnknown(UnknownOAuthErrorException e) { return \"\"; }",
        "}"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[OAuthErrors/UnreachableHandler] handler method "
            + "onClientSetup(ClientConfigurationError) is never called: every code it covers goes "
            + "to a more specific method (onClient(InvalidClientException), "
            + "onClientId(InvalidClientIdException))")
        .inFile(compilation.sourceFiles().get(0)).onLine(8);
  }

  // --- Class shapes ---------------------------------------------------------------------------

  @Test
  void genericClass() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors<T> {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "}"),
        "HandlerShape", "handler class LoginErrors is generic (<T>); the dispatcher calls one "
            + "concrete class: remove the type parameters", 5);
  }

  @Test
  void abstractClass() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "abstract class LoginErrors {",
            "  String onAnything(OAuthErrorException e) { return \"\"; }",
            "}"),
        "HandlerShape", "handler class LoginErrors is abstract", 5);
  }

  @Test
  void interfaceIsNotAHandler() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "interface LoginErrors {",
            "  String onAnything(OAuthErrorException e);",
            "}"),
        "HandlerShape", "@OAuthErrorHandler goes on a class, but LoginErrors is an interface; "
            + "write a class whose methods take the error types, or implement OAuthErrorVisitor",
        5);
  }

  @Test
  void enumIsNotAHandler() {
    assertError(HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "enum LoginErrors { INSTANCE }"),
        "HandlerShape", "LoginErrors is an enum", 5);
  }

  @Test
  void innerClass() {
    assertError(HandlerSources.source("Outer",
            "final class Outer {",
            "  @OAuthErrorHandler(allowCatchAll = true)",
            "  final class Errors {",
            "    String onAnything(OAuthErrorException e) { return \"\"; }",
            "  }",
            "}"),
        "HandlerShape", "handler class Errors is an inner class; the dispatcher has no enclosing "
            + "instance to create it with: make it static", 6);
  }

  @Test
  void privateNestedClass() {
    assertError(HandlerSources.source("Outer",
            "final class Outer {",
            "  @OAuthErrorHandler(allowCatchAll = true)",
            "  private static final class Errors {",
            "    String onAnything(OAuthErrorException e) { return \"\"; }",
            "  }",
            "}"),
        "HandlerShape", "handler class Errors is private", 6);
  }

  // --- Robustness -----------------------------------------------------------------------------

  @Test
  void handlerReferringToAMissingTypeDoesNotCrashTheProcessor() {
    Compilation compilation = HandlerSources.compile(HandlerSources.source("LoginErrors",
        "@OAuthErrorHandler",
        "final class LoginErrors {",
        "  String onDenied(AccessDeniedException e) { return \"\"; }",
        "  String onMissing(NoSuchException e) { return \"\"; }",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("[OAuthErrors/UnresolvedTypes] handler class "
        + "com.example.auth.LoginErrors could not be checked");
    Diagnosed.assertNoStackTrace(compilation);
  }
}

package dev.oautherrors.processor.handler;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.CompiledClasses;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Complete handlers compile, and their generated dispatchers route each code as documented. */
class HandlerDispatchTest {
  private static final Path GOLDEN_DISPATCHER =
      Path.of("src/test/resources/golden/dispatcher/LoginErrorsDispatcher.java");

  /** A class that sends one error of every code (and an unknown one) through a dispatcher. */
  private static JavaFileObject probe(String dispatch) {
    return HandlerSources.source("Probe",
        "public final class Probe {",
        "  public static String run() {",
        "    StringBuilder out = new StringBuilder();",
        "    for (String code : new String[] {\"access_denied\", \"invalid_client\",",
        "        \"invalid_client_id\", \"authorization_pending\", \"slow_down\",",
        "        \"invalid_grant\", \"brand_new_code\"}) {",
        "      OAuthErrorException error =",
        "          OAuthErrors.create(dev.oautherrors.runtime.OAuthError.builder(code).build(),",
        "              dev.oautherrors.runtime.StackTrace.OMIT);", // as the parsers make them
        "      try {",
        "        out.append(" + dispatch + ").append('|');",
        "      } catch (OAuthErrorException rethrown) {",
        "        out.append(\"rethrown \").append(rethrown.code())",
        "            .append(rethrown.hasStackTrace() ? \" traced\" : \" untraced\").append('|');",
        "      }",
        "    }",
        "    return out.toString();",
        "  }",
        "}");
  }

  private static String run(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    return (String) new CompiledClasses(compilation).call("com.example.auth.Probe", "run");
  }

  @Test
  void completeHandlerCompilesAndEachCodeReachesItsMethod() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("LoginErrors", HandlerSources.COMPLETE),
        probe("new LoginErrorsDispatcher(new LoginErrors()).handle(error)"));
    assertEquals("denied|setup invalid_client|setup invalid_client_id|poll|poll|grant|"
        + "unknown brand_new_code|", run(compilation));
  }

  @Test
  void dispatcherIsCleanUnderXlintAllWerror() {
    Compilation compilation = TestCompiler.compile(HandlerSources.CATALOG,
        List.of("-Xlint:all", "-Werror"),
        HandlerSources.source("LoginErrors", HandlerSources.COMPLETE));
    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = TestCompiler.generated(compilation, "com.example.auth.LoginErrorsDispatcher");
    assertTrue(dispatcher.contains("final class LoginErrorsDispatcher implements "
        + "OAuthErrorVisitor<String> {"), dispatcher);
    assertTrue(dispatcher.contains("return handler.onClientSetup(error);"), dispatcher);
    assertTrue(!dispatcher.contains("reflect") && !dispatcher.contains("getMethod"), dispatcher);
  }

  /**
   * The dispatcher a person reads when stepping through it, byte for byte. After an intended
   * change, rewrite it with {@code -Dgolden.update=true} and review the diff.
   */
  @Test
  void dispatcherMatchesItsGoldenFile() throws IOException {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("LoginErrors", HandlerSources.COMPLETE));
    String dispatcher = TestCompiler.generated(compilation, "com.example.auth.LoginErrorsDispatcher");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN_DISPATCHER.getParent());
      Files.writeString(GOLDEN_DISPATCHER, dispatcher, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN_DISPATCHER, StandardCharsets.UTF_8), dispatcher);
  }

  @Test
  void theMostSpecificMethodWinsOverItsGroup() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler",
            "final class LoginErrors {",
            "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
            "  String onClientSetup(ClientConfigurationError e) { return \"group\"; }",
            "  String onClientId(InvalidClientIdException e) { return \"own\"; }",
            "  String onPolling(DevicePollingError e) { return \"poll\"; }",
            "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
            "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
            "}"),
        probe("new LoginErrorsDispatcher(new LoginErrors()).handle(error)"));
    assertEquals("denied|group|own|poll|poll|grant|unknown|", run(compilation));
  }

  @Test
  void overloadedMethodsAreCalledWithTheChosenParameterType() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String on(ClientConfigurationError e) { return \"group\"; }",
            "  String on(InvalidGrantException e) { return \"grant\"; }",
            "  String on(OAuthErrorException e) { return \"any\"; }",
            "}"),
        probe("new LoginErrorsDispatcher(new LoginErrors()).handle(error)"));
    assertEquals("any|group|group|any|any|grant|any|", run(compilation));
  }

  @Test
  void allowedCatchAllTakesWhatNoOtherMethodTakes() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("LoginErrors",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class LoginErrors {",
            "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
            "  String onAnything(OAuthErrorException e) { return \"any \" + e.code(); }",
            "}"),
        probe("new LoginErrorsDispatcher(new LoginErrors()).handle(error)"));
    assertEquals("any access_denied|any invalid_client|any invalid_client_id|"
        + "any authorization_pending|any slow_down|grant|any brand_new_code|", run(compilation));
  }

  @Test
  void flowHandlerNeedsOnlyItsFlowsCodesAndRethrowsTheRest() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("DevicePoller",
            "@OAuthErrorHandler(flow = \"device\")",
            "final class DevicePoller {",
            "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
            "  String onPolling(DevicePollingError e) { return \"poll \" + e.retryAdvice(); }",
            "  String onClientSetup(ClientConfigurationError e) { return \"setup\"; }",
            "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
            "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
            "}"),
        probe("new DevicePollerDispatcher(new DevicePoller()).handle(error)"));
    assertEquals("denied|setup|setup|poll POLL|poll SLOW_DOWN|grant|unknown|", run(compilation));
  }

  @Test
  void flowHandlerRethrowsCodesOfOtherFlowsThatNoMethodTakes() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("WebLogin",
            "@OAuthErrorHandler(flow = \"web_server\")",
            "final class WebLogin {",
            "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
            "  String onClientSetup(ClientConfigurationError e) { return \"setup\"; }",
            "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
            "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
            "}"),
        probe("new WebLoginDispatcher(new WebLogin()).handle(error)"));
    // A parser-made error has no trace; the dispatcher rethrows a copy that has one.
    assertEquals("denied|setup|setup|rethrown authorization_pending traced|"
        + "rethrown slow_down traced|grant|unknown|", run(compilation));
    assertTrue(TestCompiler.generated(compilation, "com.example.auth.WebLoginDispatcher").contains(
        "    // slow_down is not part of flow \"web_server\": back to the caller\n"
            + "    throw error.hasStackTrace() ? error : error.withStackTrace();\n"));
  }

  @Test
  void voidHandlersGetAVoidDispatcher() {
    Compilation voidOnly = HandlerSources.compile(
        HandlerSources.source("Recorder",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "public final class Recorder {",
            "  final StringBuilder seen = new StringBuilder();",
            "  void onAny(OAuthErrorException e) { seen.append(e.code()).append(','); }",
            "}"),
        HandlerSources.source("Probe",
            "public final class Probe {",
            "  public static String run() {",
            "    Recorder recorder = new Recorder();",
            "    RecorderDispatcher dispatcher = new RecorderDispatcher(recorder);",
            "    for (String code : new String[] {\"slow_down\", \"nope\"}) {",
            "      dispatcher.handle(",
            "          OAuthErrors.of(dev.oautherrors.runtime.OAuthError.builder(code).build()));",
            "    }",
            "    return recorder.seen.toString();",
            "  }",
            "}"));
    assertEquals("slow_down,nope,", run(voidOnly));
    assertTrue(TestCompiler.generated(voidOnly, "com.example.auth.RecorderDispatcher")
        .contains("public final class RecorderDispatcher implements OAuthErrorVisitor<Void> {"));
  }

  @Test
  void primitiveResultsAreBoxedForTheVisitorOnly() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("Counter",
            "@OAuthErrorHandler(allowCatchAll = true)",
            "final class Counter {",
            "  int onAny(OAuthErrorException e) { return e.code().length(); }",
            "}"),
        HandlerSources.source("Probe",
            "public final class Probe {",
            "  public static String run() {",
            "    int length = new CounterDispatcher(new Counter()).handle(",
            "        OAuthErrors.of(dev.oautherrors.runtime.OAuthError.builder(\"slow_down\").build()));",
            "    return Integer.toString(length);",
            "  }",
            "}"));
    assertEquals("9", run(compilation));
  }

  @Test
  void classImplementingTheVisitorIsAcceptedAndDispatchedThroughAccept() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("Visiting",
            "@OAuthErrorHandler",
            "final class Visiting implements OAuthErrorVisitor<String> {",
            "  @Override public String visitAccessDenied(AccessDeniedException e) { return \"a\"; }",
            "  @Override public String visitInvalidClient(InvalidClientException e) { return \"b\"; }",
            "  @Override public String visitInvalidClientId(InvalidClientIdException e) {",
            "    return \"c\";",
            "  }",
            "  @Override public String visitAuthorizationPending(AuthorizationPendingException e) {",
            "    return \"d\";",
            "  }",
            "  @Override public String visitSlowDown(SlowDownException e) { return \"e\"; }",
            "  @Override public String visitInvalidGrant(InvalidGrantException e) { return \"f\"; }",
            "  @Override public String visitUnknown(UnknownOAuthErrorException e) { return \"g\"; }",
            "  String helper(String text) { return text; }",
            "}"),
        probe("new VisitingDispatcher(new Visiting()).handle(error)"));
    assertEquals("a|b|c|d|e|f|g|", run(compilation));
  }

  @Test
  void staticNestedHandlerGetsAnUnderscoredDispatcherName() {
    Compilation compilation = HandlerSources.compile(
        HandlerSources.source("Outer",
            "final class Outer {",
            "  @OAuthErrorHandler(allowCatchAll = true)",
            "  static final class Errors {",
            "    String onAny(OAuthErrorException e) { return \"nested\"; }",
            "  }",
            "}"),
        probe("new Outer_ErrorsDispatcher(new Outer.Errors()).handle(error)"));
    assertEquals("nested|nested|nested|nested|nested|nested|nested|", run(compilation));
  }

  @Test
  void handlerInAnotherPackageWorks() {
    Compilation compilation = TestCompiler.compile(HandlerSources.CATALOG,
        List.of("-Xlint:all", "-Werror"),
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.example.app.Errors",
            "package com.example.app;",
            "import com.example.auth.*;",
            "import dev.oautherrors.annotations.OAuthErrorHandler;",
            "@OAuthErrorHandler",
            "public final class Errors {",
            "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
            "  String onClientSetup(ClientConfigurationError e) { return \"setup\"; }",
            "  String onPolling(DevicePollingError e) { return \"poll\"; }",
            "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
            "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(TestCompiler.generated(compilation, "com.example.app.ErrorsDispatcher")
        .contains("public final class ErrorsDispatcher implements OAuthErrorVisitor<String> {"));
  }
}

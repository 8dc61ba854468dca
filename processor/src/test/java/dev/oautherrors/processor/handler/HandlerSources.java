package dev.oautherrors.processor.handler;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.testing.TestCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Handler classes for the tests, in the package of catalogs/handlers.yaml. */
final class HandlerSources {
  static final String CATALOG = TestCompiler.resource("catalogs/handlers.yaml");

  /** The lines every handler source starts with; the class begins on line 5. */
  private static final List<String> HEADER = List.of(
      "package com.example.auth;",
      "",
      "import dev.oautherrors.annotations.OAuthErrorHandler;",
      "");

  private HandlerSources() {}

  /** A source file {@code com.example.auth.<name>} whose lines follow the header. */
  static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example.auth." + name, all);
  }

  /** Compiles sources against the handler catalog. */
  static Compilation compile(JavaFileObject... sources) {
    return TestCompiler.compile(CATALOG, List.of("-Xlint:all"), sources);
  }

  /** A complete handler: one method per code except the two device-polling ones, covered by
   * their group, and the client-configuration group. */
  static final String[] COMPLETE = {
      "@OAuthErrorHandler",
      "final class LoginErrors {",
      "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
      "  String onClientSetup(ClientConfigurationError e) { return \"setup \" + e.code(); }",
      "  String onPolling(DevicePollingError e) { return \"poll\"; }",
      "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
      "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown \" + e.code(); }",
      "}"};
}

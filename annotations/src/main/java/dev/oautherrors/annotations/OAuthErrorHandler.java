package dev.oautherrors.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose methods handle OAuth errors, and asks the compiler to prove that they handle
 * every code in the catalog.
 *
 * <p>Each non-private instance method of the class is a <em>handler method</em>: it takes exactly one
 * parameter, which is a generated error type (one code's exception class, a catalog group's
 * interface, or the class for codes the catalog does not know), and all handler methods return the
 * same type. The annotation processor checks that every catalog code, and every code the catalog
 * does not know, reaches exactly one method (the most specific type wins), and generates a
 * dispatcher named {@code <Handler>Dispatcher} that routes a parsed error to its method without
 * reflection. A class that misses a code does not compile; the error lists the missing codes and the
 * methods to add. Helpers go in private or static methods.
 *
 * <pre>{@code
 * @OAuthErrorHandler
 * final class LoginErrors {
 *   Reply onDenied(AccessDeniedException e) { ... }
 *   Reply onClientSetup(ClientConfigurationError e) { ... }  // a catalog group
 *   Reply onUnknown(UnknownOAuthErrorException e) { ... }     // codes the catalog does not know
 * }
 * Reply reply = new LoginErrorsDispatcher(new LoginErrors()).handle(error);
 * }</pre>
 *
 * <p>A class that implements the generated visitor interface is accepted as it is: the Java
 * compiler already checks it, and the dispatcher calls it through {@code accept}.
 *
 * @see <a href="https://github.com/oauth-errors/oauth-errors/blob/main/docs/handlers.md">Handler rules</a>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OAuthErrorHandler {

  /**
   * The flow this handler serves, as named in the catalog's {@code flows:} section, for example
   * {@code "device"}. When set, the handler needs to cover only the codes the catalog lists for
   * that flow (and codes that list no flow at all); the dispatcher rethrows any other error. Empty,
   * the default, means every code.
   */
  String flow() default "";

  /**
   * The catalog this handler covers, when the module has several ({@code errors/<name>.yaml}):
   * its file name without {@code .yaml}, for example {@code "entra"}. With one catalog it may be
   * left empty, the default; with several it is required, and the processor names the choices.
   */
  String catalog() default "";

  /**
   * Allows a method that takes the catalog's base exception type. Such a method catches every code
   * that no more specific method handles, so it defeats the exhaustiveness check; it is rejected
   * unless this is {@code true}.
   */
  boolean allowCatchAll() default false;
}

// Context "handler": a handler class as the docs show it, with the catalog's types imported and
// the result types the examples return (Decision in README.md, Reply in docs/handlers.md).
package snippets;

/*IMPORTS*/
import /*CATALOG*/.*;
import dev.oautherrors.annotations.OAuthErrorHandler;

/*SNIPPET*/

/** What the app decides about an error, in README.md's example. */
final class Decision {
  static Decision tellUser(String message) { return new Decision(); }
  static Decision alertAdmin(Object error) { return new Decision(); }
  static Decision reauthenticate() { return new Decision(); }
  static Decision restartLogin() { return new Decision(); }
}

/** What the app decides about an error, in docs/handlers.md's example. */
final class Reply {
  static Reply tellUser(String message) { return new Reply(); }
  static Reply alertAdmin(Object error) { return new Reply(); }
  static Reply reauthenticate() { return new Reply(); }
  static Reply restartLogin() { return new Reply(); }
}

// Context "redirect": README.md's callback switch. The names it uses but does not define are
// the app's: its session, its handler's dispatcher, what it does with a code or a message.
package snippets;

/*IMPORTS*/
import /*CATALOG*/.*;
import dev.oautherrors.runtime.ParseResult;
import java.net.URI;

abstract class Snippet {
  interface Session { String expectedState(); }
  interface Dispatcher { String handle(OAuthErrorException error); }
  interface Log { void warn(String format, Object... arguments); }

  URI callbackUri;
  Session session;
  Dispatcher callbackErrors;
  Log log;

  abstract void exchange(String authorizationCode);
  abstract void show(String message);

  void run() throws Exception {
/*SNIPPET*/
  }
}

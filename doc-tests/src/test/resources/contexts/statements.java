// Context "statements": statements in a method, with the catalog's types and the runtime's
// ParseResult imported.
package snippets;

/*IMPORTS*/
import /*CATALOG*/.*;
import dev.oautherrors.runtime.ParseResult;

final class Snippet {
  void run() throws Exception {
/*SNIPPET*/
  }
}

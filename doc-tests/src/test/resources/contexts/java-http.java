// Context "java-http": a token request sent with the JDK's java.net.http client.
package snippets;

/*IMPORTS*/
import /*CATALOG*/.*;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

abstract class Snippet {
  HttpClient http;
  HttpRequest tokenRequest;

  void run() throws Exception {
/*SNIPPET*/
  }
}

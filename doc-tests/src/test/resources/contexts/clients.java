// Context "clients": the HTTP client integrations. The snippets import this project's classes
// themselves; the clients' own types and the objects an app already has are declared here.
package snippets;

/*IMPORTS*/
import /*CATALOG*/.*;
import dev.oautherrors.runtime.ParseResult;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

abstract class Snippet {
  RestTemplate restTemplate;
  CloseableHttpClient httpClient;
  ClassicHttpRequest tokenRequest;
  CloseableHttpAsyncClient asyncClient;
  SimpleHttpRequest asyncTokenRequest;
  FutureCallback<ParseResult.Success<OAuthErrorException>> callback;
  com.nimbusds.oauth2.sdk.http.HTTPResponse httpResponse;
  com.nimbusds.oauth2.sdk.TokenErrorResponse tokenErrorResponse;
  OAuth2AuthorizationException e;

  void run() throws Exception {
/*SNIPPET*/
  }
}

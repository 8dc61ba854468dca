package dev.oautherrors.bench;

import com.example.salesforce.oauth.OAuthErrorException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.oautherrors.bench.contenders.Extracted;
import dev.oautherrors.bench.contenders.Floors;
import dev.oautherrors.bench.contenders.Nimbus;
import dev.oautherrors.bench.contenders.Ours;
import dev.oautherrors.bench.contenders.Spring;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpHeaders;

/**
 * A whole HTTP response (the seed's JWT bearer example: 400, JSON, Cache-Control), in each
 * library's own representation of a response, made once as its HTTP layer would hand it over.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HttpResponseBenchmark {
  private byte[] body;
  private Headers headers;
  private HTTPResponse nimbusResponse;
  private HttpHeaders springHeaders;

  @Setup
  public void setUp() {
    body = Inputs.HTTP_BODY.bytes();
    headers = Ours.HTTP_HEADERS;
    nimbusResponse = Nimbus.response(Inputs.HTTP_STATUS, Inputs.HTTP_HEADERS, body);
    springHeaders = Spring.headers(Inputs.HTTP_HEADERS);
  }

  @Benchmark
  public ParseResult<OAuthErrorException> ours() {
    return Ours.response(Inputs.HTTP_STATUS, headers, body);
  }

  @Benchmark
  public TokenErrorResponse nimbus() throws ParseException {
    return Nimbus.body(nimbusResponse);
  }

  @Benchmark
  public Object spring() throws IOException {
    return Spring.body(springHeaders, body);
  }

  @Benchmark
  public Extracted floorJackson() {
    return Floors.jackson(body);
  }
}

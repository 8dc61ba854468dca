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
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpHeaders;

/**
 * Token-endpoint error bodies: the same bytes for every contender. Nimbus gets the HTTPResponse
 * (status 400, Content-Type application/json) its client would hold; Spring an HttpInputMessage
 * with that Content-Type; this project the bytes alone ({@code parseBody(byte[])}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BodyBenchmark {
  @Param({"jwt_bearer", "refresh_token", "saml_assertion", "unknown_code"})
  public String input;

  private byte[] body;
  private HTTPResponse nimbusResponse;
  private HttpHeaders springHeaders;

  @Setup
  public void setUp() {
    body = Inputs.body(input).bytes();
    nimbusResponse = Nimbus.response(400,
        Map.of("Content-Type", List.of("application/json")), body);
    springHeaders = Spring.jsonHeaders();
  }

  @Benchmark
  public ParseResult<OAuthErrorException> ours() {
    return Ours.body(body);
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

package dev.oautherrors.bench;

import com.example.salesforce.oauth.OAuthErrorException;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import dev.oautherrors.bench.contenders.Extracted;
import dev.oautherrors.bench.contenders.Floors;
import dev.oautherrors.bench.contenders.Nimbus;
import dev.oautherrors.bench.contenders.Ours;
import dev.oautherrors.runtime.ParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Error redirects, given to everyone as the String a callback receives. Nimbus needs a
 * {@code java.net.URI}, so making it is part of its parse; so it is of the URI + split floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RedirectBenchmark {
  @Param({"query", "fragment"})
  public String input;

  private String uri;

  @Setup
  public void setUp() {
    uri = Inputs.redirect(input).uri();
  }

  @Benchmark
  public ParseResult<OAuthErrorException> ours() {
    return Ours.redirect(uri);
  }

  @Benchmark
  public AuthorizationErrorResponse nimbus() throws ParseException {
    return Nimbus.redirect(uri);
  }

  @Benchmark
  public Extracted floorUriSplit() {
    return Floors.uriSplit(uri);
  }

  @Benchmark
  public Extracted floorStringScan() {
    return Floors.stringScan(uri);
  }
}

package dev.oautherrors.bench;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.bench.processor.SubCodeCatalog;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Provider sub-codes at scale: the same Entra-shaped body (the same bytes) parsed by the seed
 * catalog's parser, and by parsers of the seed catalog plus a {@code subCodes:} section of 5 and
 * of 1,000 sub-codes ({@link SubCodeCatalog}, compiled with the processor at setup). The seed
 * returns the typed error; the others also read its sub-code and look it up in the generated
 * enum, which is their extra work. {@code shape}: {@code error_codes} is Entra's body (the member
 * and the {@code AADSTS} prefix, read through Jackson by every parser since the member is an
 * array); {@code description_only} has the prefix alone, a flat body the fast path reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SubCodeBenchmark {
  @Param({"error_codes", "description_only"})
  public String shape;

  private byte[] body;
  private OAuthErrorParser<OAuthErrorException> seedParser;
  private OAuthErrorParser<AbstractOAuthErrorException> parser5;
  private MethodHandle of5;
  private OAuthErrorParser<AbstractOAuthErrorException> parser1000;
  private MethodHandle of1000;

  @Setup
  public void setUp() {
    body = (shape.equals("error_codes") ? Inputs.ENTRA : Inputs.ENTRA_DESCRIPTION_ONLY)
        .getBytes(StandardCharsets.UTF_8);
    seedParser = OAuthErrors.parser();
    Path seed = Path.of(System.getProperty("bench.seedCatalog",
        "../example-app/src/main/resources/errors/salesforce.yaml"));
    SubCodeCatalog.Loaded five = SubCodeCatalog.compile(seed, 5);
    parser5 = five.parser();
    of5 = five.of();
    SubCodeCatalog.Loaded thousand = SubCodeCatalog.compile(seed, 1000);
    parser1000 = thousand.parser();
    of1000 = thousand.of();
  }

  @Benchmark
  public OAuthErrorException seed() {
    return ((ParseResult.ErrorResponse<OAuthErrorException>) seedParser.parseBody(body)).error();
  }

  @Benchmark
  public Object subCodes5() throws Throwable {
    return subCode(parser5, of5);
  }

  @Benchmark
  public Object subCodes1000() throws Throwable {
    return subCode(parser1000, of1000);
  }

  private Object subCode(OAuthErrorParser<AbstractOAuthErrorException> parser, MethodHandle of)
      throws Throwable {
    AbstractOAuthErrorException error =
        ((ParseResult.ErrorResponse<AbstractOAuthErrorException>) parser.parseBody(body)).error();
    return of.invoke(error.rawSubCode().orElseThrow());
  }
}

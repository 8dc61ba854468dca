package dev.oautherrors.bench;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.bench.contenders.Ours;
import dev.oautherrors.bench.handler.SalesforceErrorHandler;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.RawResponse;
import dev.oautherrors.runtime.StackTrace;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a stack trace costs, and the path that does not pay for it. Creating the typed exception
 * with and without a trace ({@code OAuthErrors.create(error, StackTrace.OMIT)},
 * {@code OAuthErrors.of}); a whole parse that dispatches to a handler (no trace) against one that throws ({@code orThrow()},
 * which records a trace). A trace costs per frame, so the trace benchmarks also run 100 frames
 * deeper, nearer a web application's stack; their {@code createWithoutTraceDepth100} control
 * measures the recursion alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExceptionBenchmark {
  private static final int DEEP = 100;

  private byte[] body;
  private OAuthError error;
  private SalesforceErrorHandler handler;

  @Setup
  public void setUp() {
    body = Inputs.REFRESH_TOKEN.bytes();
    error = OAuthError.builder("invalid_grant").description("expired access/refresh token")
        .response(RawResponse.body(body)).build();
    handler = new SalesforceErrorHandler();
  }

  @Benchmark
  public OAuthErrorException createWithoutTrace() {
    return OAuthErrors.create(error, StackTrace.OMIT);
  }

  @Benchmark
  public OAuthErrorException createWithTrace() {
    return OAuthErrors.of(error);
  }

  @Benchmark
  public Object createWithoutTraceDepth100() {
    return atDepth(DEEP, () -> OAuthErrors.create(error, StackTrace.OMIT));
  }

  @Benchmark
  public Object createWithTraceDepth100() {
    return atDepth(DEEP, () -> OAuthErrors.of(error));
  }

  /** Parse the refresh-token body and dispatch the error to a handler: no trace anywhere. */
  @Benchmark
  public String parseAndDispatch() {
    return dispatch(body, handler);
  }

  /**
   * Parse, dispatch, and read the known reason, as a handler that tells invalid_grant's
   * sub-causes apart does: the reason lookup matches error_description leniently.
   */
  @Benchmark
  public Object parseDispatchAndReason() {
    return dispatchAndReason(body, handler);
  }

  /** Parse the same body and throw the error with {@code orThrow()}, caught by the caller. */
  @Benchmark
  public Object parseAndThrow() {
    return parseOrThrow(body);
  }

  @Benchmark
  public Object parseAndThrowDepth100() {
    return atDepth(DEEP, () -> parseOrThrow(body));
  }

  static String dispatch(byte[] body, SalesforceErrorHandler handler) {
    ParseResult<OAuthErrorException> result = Ours.body(body);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> e) {
      return e.error().accept(handler);
    }
    return null;
  }

  static Object dispatchAndReason(byte[] body, SalesforceErrorHandler handler) {
    ParseResult<OAuthErrorException> result = Ours.body(body);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> e) {
      e.error().accept(handler);
      return e.error().knownReason().orElse(null);
    }
    return null;
  }

  static Object parseOrThrow(byte[] body) {
    try {
      return Ours.body(body).orThrow();
    } catch (OAuthErrorException e) {
      return e;
    }
  }

  private static Object atDepth(int depth, Supplier<Object> work) {
    return depth == 0 ? work.get() : atDepth(depth - 1, work);
  }
}

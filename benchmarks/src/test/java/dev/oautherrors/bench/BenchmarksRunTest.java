package dev.oautherrors.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.OAuthErrorException;
import dev.oautherrors.bench.handler.SalesforceErrorHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** Every benchmark method runs once on every parameter value, without JMH, and returns a value. */
class BenchmarksRunTest {
  private static final List<Class<?>> BENCHMARKS = List.of(BodyBenchmark.class,
      RedirectBenchmark.class, HttpResponseBenchmark.class, ExceptionBenchmark.class,
      RestClientBenchmark.class);

  @Test
  void everyBenchmarkRunsOnEveryInput() throws Exception {
    int runs = 0;
    for (Class<?> type : BENCHMARKS) {
      for (Object state : states(type)) {
        for (Method method : type.getMethods()) {
          if (method.isAnnotationPresent(Benchmark.class)) {
            assertNotNull(method.invoke(state), type.getSimpleName() + "." + method.getName());
            runs++;
          }
        }
        for (Method method : type.getMethods()) {
          if (method.isAnnotationPresent(TearDown.class)) {
            method.invoke(state);
          }
        }
      }
    }
    assertEquals(4 * 4 + 2 * 4 + 4 + 8 + 2 * 4, runs);
  }

  @Test
  void theDispatchPathHasNoStackTraceAndTheThrowPathHasOne() {
    byte[] body = Inputs.REFRESH_TOKEN.bytes();
    assertEquals("invalid_grant", ExceptionBenchmark.dispatch(body, new SalesforceErrorHandler()));
    assertEquals(InvalidGrantException.Reason.EXPIRED_ACCESS_REFRESH_TOKEN,
        ExceptionBenchmark.dispatchAndReason(body, new SalesforceErrorHandler()));
    OAuthErrorException thrown =
        assertInstanceOf(InvalidGrantException.class, ExceptionBenchmark.parseOrThrow(body));
    assertTrue(thrown.getStackTrace().length > 0, "orThrow() records a stack trace");
    assertEquals(0, new ExceptionBenchmark() {
      {
        setUp();
      }
    }.createWithoutTrace().getStackTrace().length);
  }

  /** One set-up instance per value of the class's {@code @Param} field, if it has one. */
  private static List<Object> states(Class<?> type) throws Exception {
    Field param = null;
    for (Field field : type.getFields()) {
      if (field.isAnnotationPresent(Param.class)) {
        param = field;
      }
    }
    List<Object> states = new ArrayList<>();
    String[] values = param == null ? new String[] {null} : param.getAnnotation(Param.class).value();
    for (String value : values) {
      Object state = type.getConstructor().newInstance();
      if (param != null) {
        param.set(state, value);
      }
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Setup.class)) {
          method.invoke(state);
        }
      }
      states.add(state);
    }
    return states;
  }
}

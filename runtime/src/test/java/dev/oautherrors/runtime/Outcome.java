package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.oautherrors.runtime.catalog.TestOAuthException;

/** Unwraps parse outcomes in tests, failing with the outcome when it is of another kind. */
final class Outcome {
  private Outcome() {}

  static TestOAuthException error(ParseResult<TestOAuthException> result) {
    if (result instanceof ParseResult.ErrorResponse<TestOAuthException> error) {
      return error.error();
    }
    return fail("expected an ErrorResponse, got " + describe(result));
  }

  /** The error, checked to be of {@code type}. */
  static <T extends TestOAuthException> T error(
      ParseResult<TestOAuthException> result, Class<T> type) {
    TestOAuthException error = error(result);
    assertEquals(type, error.getClass(), () -> "code " + error.code());
    return type.cast(error);
  }

  static ParseResult.Success<TestOAuthException> success(ParseResult<TestOAuthException> result) {
    if (result instanceof ParseResult.Success<TestOAuthException> success) {
      return success;
    }
    return fail("expected a Success, got " + describe(result));
  }

  static ParseResult.NotOAuth<TestOAuthException> notOAuth(
      ParseResult<TestOAuthException> result, ParseResult.Problem problem) {
    if (result instanceof ParseResult.NotOAuth<TestOAuthException> notOAuth) {
      assertEquals(problem, notOAuth.problem(), notOAuth.detail());
      return notOAuth;
    }
    return fail("expected NotOAuth(" + problem + "), got " + describe(result));
  }

  private static String describe(ParseResult<TestOAuthException> result) {
    if (result instanceof ParseResult.ErrorResponse<TestOAuthException> error) {
      return "ErrorResponse(" + error.error().getClass().getSimpleName() + " " + error.error()
          + ")";
    }
    if (result instanceof ParseResult.NotOAuth<TestOAuthException> notOAuth) {
      return "NotOAuth(" + notOAuth.problem() + ": " + notOAuth.detail() + ")";
    }
    return String.valueOf(result);
  }
}

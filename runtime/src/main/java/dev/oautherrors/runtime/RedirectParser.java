package dev.oautherrors.runtime;

import dev.oautherrors.runtime.ParseResult.Problem;

/**
 * Parses authorization responses: a redirect URI (parameters in the query or the fragment) or a
 * {@code form_post} body. The URI is split by hand, not with {@code java.net.URI}, which is slow
 * and rejects characters that real servers send: the query is what lies between the first {@code
 * ?} and the first {@code #}, the fragment what follows the first {@code #}.
 */
final class RedirectParser<E extends AbstractOAuthErrorException> {
  private final Outcomes<E> outcomes;
  private final ParserLimits limits;

  RedirectParser(Outcomes<E> outcomes, ParserLimits limits) {
    this.outcomes = outcomes;
    this.limits = limits;
  }

  /**
   * Parses {@code uri}, looking where {@code mode} says ({@code null}: query, then fragment), and
   * checks {@code state} unless {@code expectedState} is null. Every outcome keeps {@code raw}.
   */
  ParseResult<E> parse(String uri, ResponseMode mode, String expectedState, RawResponse raw) {
    if (uri.length() > limits.maxUriLength()) {
      return Outcomes.notOAuth(raw, Problem.TOO_LARGE, "redirect URI is " + uri.length()
          + " chars, over the " + limits.maxUriLength()
          + "-char limit (ParserLimits.maxUriLength)");
    }
    int hash = uri.indexOf('#');
    int queryEnd = hash < 0 ? uri.length() : hash;
    int question = uri.indexOf('?');
    boolean hasQuery = question >= 0 && question < queryEnd;
    boolean hasFragment = hash >= 0;

    if (mode == ResponseMode.QUERY) {
      if (!hasQuery) {
        return Outcomes.notOAuth(raw, Problem.EMPTY, "redirect URI has no query");
      }
      return decide(FormFields.scan(uri, question + 1, queryEnd), "query", expectedState, raw);
    }
    if (mode == ResponseMode.FRAGMENT) {
      if (!hasFragment) {
        return Outcomes.notOAuth(raw, Problem.EMPTY, "redirect URI has no fragment");
      }
      return decide(FormFields.scan(uri, hash + 1, uri.length()), "fragment", expectedState, raw);
    }

    // Auto: an error in the query wins over anything in the fragment (such as Facebook's #_=_).
    FormFields query = hasQuery ? FormFields.scan(uri, question + 1, queryEnd) : null;
    if (query != null && query.hasError()) {
      return error(query, expectedState, raw);
    }
    FormFields fragment = hasFragment ? FormFields.scan(uri, hash + 1, uri.length()) : null;
    if (fragment != null && fragment.hasError()) {
      return error(fragment, expectedState, raw);
    }
    if (query != null && query.hasSuccessKey()) {
      return success(query, expectedState, raw);
    }
    if (fragment != null && fragment.hasSuccessKey()) {
      return success(fragment, expectedState, raw);
    }
    int queryCount = query == null ? 0 : query.size();
    int fragmentCount = fragment == null ? 0 : fragment.size();
    if (queryCount + fragmentCount == 0) {
      return Outcomes.notOAuth(raw, Problem.EMPTY,
          "redirect URI has no parameters in its query or fragment");
    }
    return Outcomes.notOAuth(raw, Problem.NO_ERROR,
        "redirect carries no error, code, access_token or id_token (parameters in query: "
            + queryCount + ", in fragment: " + fragmentCount + ")");
  }

  /** Parses a {@code response_mode=form_post} body and checks {@code state}. */
  ParseResult<E> parseFormPost(String body, String expectedState) {
    RawResponse raw = RawResponse.formPost(body);
    if (body.length() > limits.maxUriLength()) {
      return Outcomes.notOAuth(raw, Problem.TOO_LARGE, "form post body is " + body.length()
          + " chars, over the " + limits.maxUriLength()
          + "-char limit (ParserLimits.maxUriLength)");
    }
    return decide(FormFields.scan(body, 0, body.length()), "form post body", expectedState, raw);
  }

  /** The outcome of one part whose place was given: error, success, or nothing OAuth. */
  private ParseResult<E> decide(
      FormFields fields, String where, String expectedState, RawResponse raw) {
    if (fields.hasError()) {
      return error(fields, expectedState, raw);
    }
    if (fields.hasSuccessKey()) {
      return success(fields, expectedState, raw);
    }
    if (fields.size() == 0) {
      return Outcomes.notOAuth(raw, Problem.EMPTY, where + " has no parameters");
    }
    return Outcomes.notOAuth(raw, Problem.NO_ERROR, where + " has no error, code, access_token"
        + " or id_token among its " + fields.size() + " parameter(s)");
  }

  private ParseResult<E> error(FormFields fields, String expectedState, RawResponse raw) {
    String state = fields.state();
    String issuer = fields.issuer();
    ParseResult<E> mismatch =
        outcomes.checkState(expectedState, state, issuer, fields.repeated(), raw);
    if (mismatch != null) {
      return mismatch;
    }
    return outcomes.serverError(fields.errorCode(), fields.errorDescription(), fields.errorUri(),
        state, issuer, fields.repeated(), raw);
  }

  private ParseResult<E> success(FormFields fields, String expectedState, RawResponse raw) {
    ParseResult<E> mismatch =
        outcomes.checkState(expectedState, fields.state(), fields.issuer(), fields.repeated(), raw);
    if (mismatch != null) {
      return mismatch;
    }
    return new ParseResult.Success<>(raw, fields.parameters());
  }
}

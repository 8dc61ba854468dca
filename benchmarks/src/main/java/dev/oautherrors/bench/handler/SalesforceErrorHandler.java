package dev.oautherrors.bench.handler;

import com.example.salesforce.oauth.AccessDeniedException;
import com.example.salesforce.oauth.AuthorizationPendingException;
import com.example.salesforce.oauth.CsrfException;
import com.example.salesforce.oauth.ErrorCreatingUserException;
import com.example.salesforce.oauth.ImmediateUnsuccessfulException;
import com.example.salesforce.oauth.InactiveOrgException;
import com.example.salesforce.oauth.InactiveUserException;
import com.example.salesforce.oauth.InvalidAppAccessException;
import com.example.salesforce.oauth.InvalidAssertionTypeException;
import com.example.salesforce.oauth.InvalidClientException;
import com.example.salesforce.oauth.InvalidClientIdException;
import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.InvalidRequestException;
import com.example.salesforce.oauth.InvalidScopeException;
import com.example.salesforce.oauth.NoAccessException;
import com.example.salesforce.oauth.NoOAuthStateException;
import com.example.salesforce.oauth.NoOpenidResponseException;
import com.example.salesforce.oauth.OAuthErrorVisitor;
import com.example.salesforce.oauth.RateLimitExceededException;
import com.example.salesforce.oauth.RedirectUriMismatchException;
import com.example.salesforce.oauth.RedirectUriMissingException;
import com.example.salesforce.oauth.RegistrationHandlerErrorException;
import com.example.salesforce.oauth.ServerErrorException;
import com.example.salesforce.oauth.SlowDownException;
import com.example.salesforce.oauth.UnknownOAuthErrorException;
import com.example.salesforce.oauth.UnsupportedResponseTypeException;

/**
 * A hand-written handler of the reference catalog's errors: what an application writes against
 * the generated visitor. The processor timing harness compiles this file with and without the
 * processor; the JMH benchmarks dispatch parsed errors to it. When {@code @OAuthErrorHandler}
 * dispatchers land, an annotated handler can replace it: pass its source to the harness with
 * {@code --handler} (see benchmarks/RESULTS.md).
 */
public final class SalesforceErrorHandler implements OAuthErrorVisitor<String> {
  @Override
  public String visitAccessDenied(AccessDeniedException error) {
    return "access_denied";
  }

  @Override
  public String visitAuthorizationPending(AuthorizationPendingException error) {
    return "authorization_pending";
  }

  @Override
  public String visitCsrf(CsrfException error) {
    return "csrf";
  }

  @Override
  public String visitErrorCreatingUser(ErrorCreatingUserException error) {
    return "error_creating_user";
  }

  @Override
  public String visitImmediateUnsuccessful(ImmediateUnsuccessfulException error) {
    return "immediate_unsuccessful";
  }

  @Override
  public String visitInactiveOrg(InactiveOrgException error) {
    return "inactive_org";
  }

  @Override
  public String visitInactiveUser(InactiveUserException error) {
    return "inactive_user";
  }

  @Override
  public String visitInvalidAppAccess(InvalidAppAccessException error) {
    return "invalid_app_access";
  }

  @Override
  public String visitInvalidAssertionType(InvalidAssertionTypeException error) {
    return "invalid_assertion_type";
  }

  @Override
  public String visitInvalidClient(InvalidClientException error) {
    return "invalid_client";
  }

  @Override
  public String visitInvalidClientId(InvalidClientIdException error) {
    return "invalid_client_id";
  }

  @Override
  public String visitInvalidGrant(InvalidGrantException error) {
    return "invalid_grant";
  }

  @Override
  public String visitInvalidRequest(InvalidRequestException error) {
    return "invalid_request";
  }

  @Override
  public String visitInvalidScope(InvalidScopeException error) {
    return "invalid_scope";
  }

  @Override
  public String visitNoAccess(NoAccessException error) {
    return "no_access";
  }

  @Override
  public String visitNoOAuthState(NoOAuthStateException error) {
    return "no_o_auth_state";
  }

  @Override
  public String visitNoOpenidResponse(NoOpenidResponseException error) {
    return "no_openid_response";
  }

  @Override
  public String visitRateLimitExceeded(RateLimitExceededException error) {
    return "rate_limit_exceeded";
  }

  @Override
  public String visitRedirectUriMismatch(RedirectUriMismatchException error) {
    return "redirect_uri_mismatch";
  }

  @Override
  public String visitRedirectUriMissing(RedirectUriMissingException error) {
    return "redirect_uri_missing";
  }

  @Override
  public String visitRegistrationHandlerError(RegistrationHandlerErrorException error) {
    return "registration_handler_error";
  }

  @Override
  public String visitServerError(ServerErrorException error) {
    return "server_error";
  }

  @Override
  public String visitSlowDown(SlowDownException error) {
    return "slow_down";
  }

  @Override
  public String visitUnsupportedResponseType(UnsupportedResponseTypeException error) {
    return "unsupported_response_type";
  }

  @Override
  public String visitUnknown(UnknownOAuthErrorException error) {
    return "unknown: " + error.code();
  }
}

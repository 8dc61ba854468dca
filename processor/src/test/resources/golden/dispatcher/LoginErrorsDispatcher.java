package com.example.auth;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Dispatches OAuth errors to the methods of {@link LoginErrors}, as the processor chose them from
 * the catalog {@code errors.yaml}: each code goes to the most specific method that takes it.
 * Generated: the processor writes it again whenever the class or the catalog changes.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
final class LoginErrorsDispatcher implements OAuthErrorVisitor<String> {
  private final LoginErrors handler;

  /**
   * A dispatcher that calls {@code handler}.
   */
  LoginErrorsDispatcher(LoginErrors handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Calls the method that handles {@code error}'s code, and returns what it returns.
   */
  String handle(OAuthErrorException error) {
    return error.accept(this);
  }

  @Override
  public String visitAccessDenied(AccessDeniedException error) {
    return handler.onDenied(error);
  }

  @Override
  public String visitInvalidClient(InvalidClientException error) {
    return handler.onClientSetup(error);
  }

  @Override
  public String visitInvalidClientId(InvalidClientIdException error) {
    return handler.onClientSetup(error);
  }

  @Override
  public String visitAuthorizationPending(AuthorizationPendingException error) {
    return handler.onPolling(error);
  }

  @Override
  public String visitSlowDown(SlowDownException error) {
    return handler.onPolling(error);
  }

  @Override
  public String visitInvalidGrant(InvalidGrantException error) {
    return handler.onGrant(error);
  }

  @Override
  public String visitUnknown(UnknownOAuthErrorException error) {
    return handler.onUnknown(error);
  }
}

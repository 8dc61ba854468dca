package com.example.salesforce.handlers;

import com.example.salesforce.oauth.AccountStateError;
import com.example.salesforce.oauth.ClientConfigurationError;
import com.example.salesforce.oauth.DevicePollingError;
import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.ServerLimitsError;
import com.example.salesforce.oauth.SingleSignOnSetupError;
import com.example.salesforce.oauth.SuspectedAttackError;
import com.example.salesforce.oauth.UnknownOAuthErrorException;
import com.example.salesforce.oauth.UserConsentError;
import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * What the app does when the token endpoint refuses a JWT bearer or refresh-token request. Every
 * code of the catalog must reach a method here, or the app does not compile: most are handled by
 * group, {@code invalid_grant} by its documented reasons.
 */
@OAuthErrorHandler(catalog = "salesforce")
public final class TokenErrors {

  Decision onInvalidGrant(InvalidGrantException e) {
    if (e.reason().isEmpty()) {
      return new Decision(Decision.Action.REAUTHENTICATE,
          "the grant was refused for a reason the catalog does not list; log in again");
    }
    return switch (e.reason().get()) {
      case EXPIRED_ACCESS_REFRESH_TOKEN, EXPIRED_AUTHORIZATION_CODE, INVALID_AUTHORIZATION_CODE,
          INVALID_CODE_VERIFIER, USER_HAS_NOT_APPROVED_CONSUMER ->
          new Decision(Decision.Action.REAUTHENTICATE, e.reason().get().cause());
      case AUDIENCE_VALIDATION_FAILED, INVALID_ASSERTION ->
          new Decision(Decision.Action.ALERT_ADMIN, e.reason().get().cause()
              + " Fix the JWT's claims or the connected app's certificate.");
      case TOKEN_REQUEST_IS_ALREADY_BEING_PROCESSED ->
          new Decision(Decision.Action.RETRY, e.reason().get().cause());
      case AUTHENTICATION_FAILURE, IP_RESTRICTED_OR_INVALID_LOGIN_HOURS, INACTIVE_USER,
          INACTIVE_ORGANIZATION ->
          new Decision(Decision.Action.TELL_USER, e.reason().get().cause());
    };
  }

  Decision onClientConfiguration(ClientConfigurationError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onAccountState(AccountStateError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onUserConsent(UserConsentError e) {
    return new Decision(Decision.Action.TELL_USER, e.documentedCause());
  }

  Decision onSuspectedAttack(SuspectedAttackError e) {
    return new Decision(Decision.Action.RESTART_LOGIN, e.documentedCause());
  }

  Decision onSingleSignOnSetup(SingleSignOnSetupError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onDevicePolling(DevicePollingError e) {
    return new Decision(Decision.Action.ALERT_ADMIN,
        "a device-flow answer to a request that is not device polling: " + e.code());
  }

  Decision onServerLimits(ServerLimitsError e) {
    return new Decision(Decision.Action.RETRY, e.documentedCause());
  }

  Decision onUnknown(UnknownOAuthErrorException e) {
    return new Decision(Decision.Action.ALERT_ADMIN, "Salesforce sent '" + e.code()
        + "', a code the catalog does not list; add it to errors/salesforce.yaml");
  }
}

package com.example.salesforce.handlers;

import com.example.salesforce.oauth.AccessDeniedException;
import com.example.salesforce.oauth.AccountStateError;
import com.example.salesforce.oauth.ClientConfigurationError;
import com.example.salesforce.oauth.DevicePollingError;
import com.example.salesforce.oauth.ImmediateUnsuccessfulException;
import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.ServerLimitsError;
import com.example.salesforce.oauth.SingleSignOnSetupError;
import com.example.salesforce.oauth.SuspectedAttackError;
import com.example.salesforce.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;
import dev.oautherrors.runtime.OAuthError;

/**
 * What the app does when the browser comes back to its callback with an error: the web server
 * flow (error in the query) and the user-agent flow (error in the fragment). A state the app did
 * not send arrives here as {@code No_OAuth_State} through the suspected-attack group.
 */
@OAuthErrorHandler(catalog = "salesforce")
public final class CallbackErrors {

  Decision onAccessDenied(AccessDeniedException e) {
    return new Decision(Decision.Action.TELL_USER,
        "you declined to give the app access to Salesforce; sign in again to retry");
  }

  Decision onImmediateUnsuccessful(ImmediateUnsuccessfulException e) {
    return new Decision(Decision.Action.REAUTHENTICATE,
        "a silent login needs the user; show the login page");
  }

  Decision onSuspectedAttack(SuspectedAttackError e) {
    String origin = e.error().origin() == OAuthError.Origin.STATE_CHECK
        ? "this app's state check failed: " + e.description().orElse("no state")
        : "Salesforce reported " + e.code();
    return new Decision(Decision.Action.RESTART_LOGIN, origin
        + "; the callback may be forged, so its result is discarded");
  }

  Decision onInvalidGrant(InvalidGrantException e) {
    return new Decision(Decision.Action.REAUTHENTICATE, e.documentedCause());
  }

  Decision onClientConfiguration(ClientConfigurationError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onAccountState(AccountStateError e) {
    return new Decision(Decision.Action.TELL_USER, e.documentedCause()
        + " Ask your Salesforce admin.");
  }

  Decision onSingleSignOnSetup(SingleSignOnSetupError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onDevicePolling(DevicePollingError e) {
    return new Decision(Decision.Action.ALERT_ADMIN,
        "a device-flow answer arrived at a browser callback: " + e.code());
  }

  Decision onServerLimits(ServerLimitsError e) {
    return new Decision(Decision.Action.RETRY, e.documentedCause());
  }

  Decision onUnknown(UnknownOAuthErrorException e) {
    return new Decision(Decision.Action.ALERT_ADMIN, "Salesforce sent '" + e.code()
        + "', a code the catalog does not list; add it to errors/salesforce.yaml");
  }
}

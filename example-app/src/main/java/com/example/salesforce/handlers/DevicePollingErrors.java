package com.example.salesforce.handlers;

import com.example.salesforce.oauth.AccessDeniedException;
import com.example.salesforce.oauth.AccountStateError;
import com.example.salesforce.oauth.AuthorizationPendingException;
import com.example.salesforce.oauth.ClientConfigurationError;
import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.ServerLimitsError;
import com.example.salesforce.oauth.SlowDownException;
import com.example.salesforce.oauth.SuspectedAttackError;
import com.example.salesforce.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * The device-flow poller's answers to the token endpoint. Limited to the catalog's {@code device}
 * flow: only the codes the catalog lists for that flow (and codes it lists for no flow) need a
 * method; RFC 8628 says to stop on anything but {@code authorization_pending} and
 * {@code slow_down}.
 */
@OAuthErrorHandler(catalog = "salesforce", flow = "device")
public final class DevicePollingErrors {

  PollStep onAuthorizationPending(AuthorizationPendingException e) {
    return new PollStep(PollStep.Kind.CONTINUE, "the user has not approved the device yet");
  }

  PollStep onSlowDown(SlowDownException e) {
    return new PollStep(PollStep.Kind.SLOW_DOWN, "polling too fast; the interval grows by "
        + PollStep.SLOW_DOWN_INCREMENT.toSeconds() + " s for good");
  }

  PollStep onAccessDenied(AccessDeniedException e) {
    return PollStep.stop(Decision.Action.TELL_USER, "the user declined on the verification page");
  }

  PollStep onInvalidGrant(InvalidGrantException e) {
    return PollStep.stop(Decision.Action.REAUTHENTICATE,
        "the device code is no longer valid; start the device flow again");
  }

  PollStep onClientConfiguration(ClientConfigurationError e) {
    return PollStep.stop(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  PollStep onAccountState(AccountStateError e) {
    return PollStep.stop(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  PollStep onSuspectedAttack(SuspectedAttackError e) {
    return PollStep.stop(Decision.Action.RESTART_LOGIN, e.documentedCause());
  }

  PollStep onServerLimits(ServerLimitsError e) {
    return PollStep.stop(Decision.Action.RETRY, e.documentedCause());
  }

  PollStep onUnknown(UnknownOAuthErrorException e) {
    return PollStep.stop(Decision.Action.ALERT_ADMIN, "unexpected code '" + e.code() + "'");
  }
}

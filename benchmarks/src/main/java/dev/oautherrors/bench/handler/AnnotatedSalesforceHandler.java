package dev.oautherrors.bench.handler;

import com.example.salesforce.oauth.AccessDeniedException;
import com.example.salesforce.oauth.AccountStateError;
import com.example.salesforce.oauth.ClientConfigurationError;
import com.example.salesforce.oauth.DevicePollingError;
import com.example.salesforce.oauth.InvalidGrantException;
import com.example.salesforce.oauth.NoOAuthStateException;
import com.example.salesforce.oauth.ServerLimitsError;
import com.example.salesforce.oauth.SingleSignOnSetupError;
import com.example.salesforce.oauth.SuspectedAttackError;
import com.example.salesforce.oauth.UnknownOAuthErrorException;
import com.example.salesforce.oauth.UserConsentError;
import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * An {@code @OAuthErrorHandler} of the reference catalog, as an application writes one: groups
 * for most codes, a code of its own where it matters. The processor timing harness compiles it
 * with the processor (which generates the catalog's types, checks this class and writes its
 * dispatcher) and without.
 */
@OAuthErrorHandler
public final class AnnotatedSalesforceHandler {
  String onAccessDenied(AccessDeniedException e) {
    return "tell the user";
  }

  String onUserConsent(UserConsentError e) {
    return "tell the user";
  }

  String onNoOAuthState(NoOAuthStateException e) {
    return "restart the login";
  }

  String onSuspectedAttack(SuspectedAttackError e) {
    return "restart the login";
  }

  String onInvalidGrant(InvalidGrantException e) {
    return e.reason().map(Enum::name).orElse("re-authenticate");
  }

  String onClientConfiguration(ClientConfigurationError e) {
    return "alert an admin";
  }

  String onAccountState(AccountStateError e) {
    return "alert an admin";
  }

  String onSingleSignOnSetup(SingleSignOnSetupError e) {
    return "alert an admin";
  }

  String onDevicePolling(DevicePollingError e) {
    return "keep polling";
  }

  String onServerLimits(ServerLimitsError e) {
    return "retry later";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "alert an admin: " + e.code();
  }
}

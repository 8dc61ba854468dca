package com.example.entra.handlers;

import com.example.entra.oauth.AadstsCode;
import com.example.entra.oauth.ClientConfigurationError;
import com.example.entra.oauth.DevicePollingError;
import com.example.entra.oauth.InvalidGrantException;
import com.example.entra.oauth.ReauthorizationNeededError;
import com.example.entra.oauth.RequestContentError;
import com.example.entra.oauth.ServerAvailabilityError;
import com.example.entra.oauth.UnknownEntraErrorException;
import com.example.entra.oauth.UserInteractionError;
import com.example.salesforce.handlers.Decision;
import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * What the app does when Entra ID's token endpoint refuses a request. It covers the catalog
 * {@code errors/entra.yaml}; the module has two catalogs, so it says which. Most codes are handled
 * by the groups they inherit from the standard catalogs.
 */
@OAuthErrorHandler(catalog = "entra")
public final class EntraTokenErrors {

  Decision onInvalidGrant(InvalidGrantException e) {
    // Entra says what happened in its AADSTS number: the generated enum, read from error_codes.
    return switch (e.subCode().orElse(AadstsCode.UNKNOWN)) {
      case INVALID_USERNAME_OR_PASSWORD -> new Decision(Decision.Action.TELL_USER,
          "the user name or the password is wrong; ask the user to check them");
      case ACCOUNT_LOCKED -> new Decision(Decision.Action.TELL_USER,
          "the account is locked for now; try later or ask an administrator");
      case MFA_REQUIRED, CONSENT_REQUIRED -> new Decision(Decision.Action.REAUTHENTICATE,
          "Entra needs the user in an interactive sign-in (AADSTS" + e.rawSubCode().orElse("")
              + ")");
      case EXPIRED_OR_REVOKED_GRANT, REFRESH_TOKEN_INACTIVE -> new Decision(
          Decision.Action.REAUTHENTICATE, "the grant expired; sign in again");
      default -> new Decision(Decision.Action.ALERT_ADMIN, "invalid_grant with AADSTS"
          + e.rawSubCode().orElse(" number missing") + ", which the catalog does not list");
    };
  }

  Decision onReauthorization(ReauthorizationNeededError e) {
    return new Decision(Decision.Action.REAUTHENTICATE, e.documentedCause());
  }

  Decision onClientConfiguration(ClientConfigurationError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onRequestContent(RequestContentError e) {
    return new Decision(Decision.Action.ALERT_ADMIN, e.documentedCause());
  }

  Decision onUserInteraction(UserInteractionError e) {
    return new Decision(Decision.Action.REAUTHENTICATE,
        "Entra needs the user in an interactive sign-in: " + e.code());
  }

  Decision onDevicePolling(DevicePollingError e) {
    return new Decision(Decision.Action.ALERT_ADMIN,
        "a device-flow answer to a request that is not device polling: " + e.code());
  }

  Decision onServerAvailability(ServerAvailabilityError e) {
    return new Decision(Decision.Action.RETRY, e.documentedCause());
  }

  Decision onUnknown(UnknownEntraErrorException e) {
    return new Decision(Decision.Action.ALERT_ADMIN, "Entra sent '" + e.code()
        + "', a code the catalog does not list; add it to errors/entra.yaml");
  }
}

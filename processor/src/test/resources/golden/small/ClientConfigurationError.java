package com.example.golden;

import dev.oautherrors.runtime.TypedOAuthError;
import javax.annotation.processing.Generated;

/**
 * Group {@code client_configuration}: The connected app is set up wrong; a developer must fix it.
 *
 * <p>Codes: {@link InvalidClientIdException invalid_client_id}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public sealed interface ClientConfigurationError extends TypedOAuthError
    permits InvalidClientIdException {
  /**
   * The group's identifier in the catalog.
   */
  String ID = "client_configuration";

  /**
   * This error as its exception type, to throw or to dispatch.
   */
  OAuthErrorException asException();
}

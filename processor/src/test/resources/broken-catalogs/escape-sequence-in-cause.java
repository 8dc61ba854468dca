package test;

import com.example.oauth.AccessDeniedException;
import com.example.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * Misses slow_down, whose cause holds terminal escape sequences (clear the screen, set the window
 * title, a carriage return, a C1 CSI): the MissingCodes error quotes the cause, and must show
 * each as a visible escape instead of acting on the terminal.
 */
@OAuthErrorHandler
class EscapeHandler {
  void onDenied(AccessDeniedException e) {}

  void onUnknown(UnknownOAuthErrorException e) {}
}

package com.example.login

import com.example.login.oauth.AccessDeniedException
import com.example.login.oauth.InvalidGrantException
import com.example.login.oauth.UnknownOAuthErrorException
import dev.oautherrors.annotations.OAuthErrorHandler

@OAuthErrorHandler
class LoginErrors {
    fun onDenied(e: AccessDeniedException): String = "You declined access; sign in again to retry."

    fun onGrant(e: InvalidGrantException): String = "Your session expired; sign in again."

    fun onUnknown(e: UnknownOAuthErrorException): String = "Sign-in failed (${e.code()})."
}

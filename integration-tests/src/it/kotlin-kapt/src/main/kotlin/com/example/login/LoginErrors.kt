package com.example.login

// Under another name: Kotlin imports kotlin.io.AccessDeniedException by default, and under kapt
// that one wins while the catalog's type is not generated yet (see src/default-import).
import com.example.login.oauth.AccessDeniedException as OAuthAccessDeniedException
import com.example.login.oauth.InvalidGrantException
import com.example.login.oauth.UnknownOAuthErrorException
import dev.oautherrors.annotations.OAuthErrorHandler

@OAuthErrorHandler
class LoginErrors {
    fun onDenied(e: OAuthAccessDeniedException): String = "You declined access; sign in again to retry."

    fun onGrant(e: InvalidGrantException): String = "Your session expired; sign in again."

    fun onUnknown(e: UnknownOAuthErrorException): String = "Sign-in failed (${e.code()})."
}

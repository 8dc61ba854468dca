package com.example.login

import com.example.login.oauth.OAuthErrors
import dev.oautherrors.runtime.ParseResult

fun main(args: Array<String>) {
    val dispatcher = LoginErrorsDispatcher(LoginErrors())
    for (body in args) {
        when (val result = OAuthErrors.parser().parseBody(body)) {
            is ParseResult.ErrorResponse -> println(dispatcher.handle(result.error()))
            else -> println("not an error: $result")
        }
    }
}

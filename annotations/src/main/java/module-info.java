/**
 * The annotations users put on their code. {@code @OAuthErrorHandler} has CLASS retention, so a
 * modular application may read this module with {@code requires static}.
 */
module dev.oautherrors.annotations {
  exports dev.oautherrors.annotations;
}

/** All a modular application declares to use the generated code: nothing by hand for Jackson or @Generated. */
module com.example.login {
  requires dev.oautherrors.runtime;
  requires static dev.oautherrors.annotations;
}

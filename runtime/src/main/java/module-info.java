/**
 * The response parsers and the types generated code builds on.
 *
 * <p>A modular application needs only {@code requires dev.oautherrors.runtime;}: the module reads
 * jackson-core itself, passes on {@code java.net.http} (its {@code HttpResponse} adapter takes one)
 * and, at compile time only, {@code java.compiler}, whose {@code @Generated} marks the generated
 * sources.
 */
module dev.oautherrors.runtime {
  exports dev.oautherrors.runtime;

  requires com.fasterxml.jackson.core;
  requires transitive java.net.http;
  requires static transitive java.compiler;
}

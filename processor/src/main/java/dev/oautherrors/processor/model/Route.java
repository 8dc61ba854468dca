package dev.oautherrors.processor.model;

import java.util.Optional;

/**
 * Where the dispatcher sends one code: to a handler method, or, for a code outside the handler's
 * flow that no method takes, back to the caller by rethrowing it.
 *
 * @param code the code; empty for codes the catalog does not know
 * @param method the method that handles it; empty means rethrow
 */
public record Route(Optional<ErrorCode> code, Optional<HandlerMethod> method) {}

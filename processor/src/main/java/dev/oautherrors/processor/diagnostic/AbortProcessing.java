package dev.oautherrors.processor.diagnostic;

/**
 * Stops the current processing step after its problems have been reported. Thrown only by {@link
 * Diagnostics#abortIfErrors()}, and caught only in the processor's entry point.
 */
public final class AbortProcessing extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AbortProcessing() {
    super("processing stopped after reported errors", null, false, false);
  }
}

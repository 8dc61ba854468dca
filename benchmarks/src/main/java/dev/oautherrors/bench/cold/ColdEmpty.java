package dev.oautherrors.bench.cold;

/** The baseline: the same JVM, on the same class path, making the body and parsing nothing. */
public final class ColdEmpty {
  private ColdEmpty() {}

  public static void main(String[] args) {
    ColdBody.check(ColdBody.CODE, ColdBody.DESCRIPTION);
    if (ColdBody.bytes().length == 0) {
      System.exit(1);
    }
  }
}

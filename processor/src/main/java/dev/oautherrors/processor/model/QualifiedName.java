package dev.oautherrors.processor.model;

/**
 * The name of a generated type: its package and its simple name.
 *
 * @param packageName the package, e.g. {@code com.example.oauth}
 * @param simpleName the simple name, e.g. {@code AccessDeniedException}
 */
public record QualifiedName(String packageName, String simpleName) {

  /** The name as an import or {@code Elements.getTypeElement} takes it. */
  public String canonicalName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}

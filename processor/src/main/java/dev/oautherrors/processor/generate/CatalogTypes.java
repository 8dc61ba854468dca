package dev.oautherrors.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.QualifiedName;
import dev.oautherrors.processor.model.SubCodes;
import javax.annotation.processing.Generated;

/**
 * One catalog's generated types as JavaPoet names (the names themselves come from {@link
 * GeneratedNames}), and what every generated file shares.
 */
public final class CatalogTypes {
  /** The value of {@code @Generated}: the processor's class name. */
  public static final String GENERATOR = "dev.oautherrors.processor.OAuthErrorsProcessor";

  private final Catalog catalog;
  private final GeneratedNames names;

  /** The types of {@code catalog}. */
  public CatalogTypes(Catalog catalog) {
    this.catalog = catalog;
    this.names = new GeneratedNames(catalog);
  }

  /** The catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The base exception. */
  public ClassName base() {
    return className(names.base());
  }

  /** The exception for codes the catalog does not know. */
  public ClassName unknown() {
    return className(names.unknown());
  }

  /** The visitor interface. */
  public ClassName visitor() {
    return className(names.visitor());
  }

  /** The catalog class. */
  public ClassName catalogClass() {
    return className(names.catalogClass());
  }

  /** The enum of the catalog's sub-codes. */
  public ClassName subCode(SubCodes subCodes) {
    return className(names.subCode(subCodes));
  }

  /** The exception class of one code. */
  public ClassName exception(ErrorCode code) {
    return className(names.exception(code));
  }

  /** The interface of one group. */
  public ClassName group(Group group) {
    return className(names.group(group));
  }

  /** {@code @Generated} naming the processor and the catalog file (not its path: determinism). */
  public AnnotationSpec generated() {
    return AnnotationSpec.builder(Generated.class)
        .addMember("value", "$S", GENERATOR)
        .addMember("comments", "$S", "from " + catalog.file().fileName())
        .build();
  }

  /** The catalog's file name for Javadoc: {@code {@code errors.yaml}}. */
  public String fileMention() {
    return Javadoc.code(catalog.file().fileName());
  }

  /** A generated type's JavaPoet name. */
  static ClassName className(QualifiedName name) {
    return ClassName.get(name.packageName(), name.simpleName());
  }
}

package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.JavaNames;
import java.util.List;

/** The package is a valid Java package name. */
final class PackageCheck implements CatalogCheck {

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    String name = catalog.packageName();
    if (!JavaNames.isPackageName(name)) {
      problems.add(Problem.of(Message.INVALID_PACKAGE, Location.inCatalog(catalog.file(),
          catalog.javaPackage().position(), name.length()), name));
    }
  }
}

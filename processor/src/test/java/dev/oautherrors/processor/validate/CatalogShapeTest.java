package dev.oautherrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shape and name checks in corners no javac test reached: unknown fields in every kind of
 * mapping, and names that are invalid twice over. Through the validator, without javac. Written
 * where mutation testing showed removed checks that no test missed.
 */
class CatalogShapeTest {

  private static List<Problem> problems(String yaml) {
    return CatalogValidator.validate(
        new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0")).problems();
  }

  private static String only(List<Problem> problems, Message message) {
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(message, problems.get(0).message(), problems.get(0).text());
    return problems.get(0).text();
  }

  private static final String ENTRY = "errors:\n  - code: a\n    cause: b\n";

  @Test
  void unknownFieldsAreFoundInEveryMapping() {
    assertTrue(only(problems("package: p\nnames:\n  bse: X\n" + ENTRY), Message.UNKNOWN_FIELD)
        .contains("unknown field 'bse' in names; did you mean 'base'?"));
    assertTrue(only(problems("package: p\ngroups:\n  g:\n    description: d\n    javaname: G\n"
        + "errors:\n  - code: a\n    cause: b\n    group: g\n"), Message.UNKNOWN_FIELD)
        .contains("unknown field 'javaname' in group 'g'; did you mean 'javaName'?"));
    assertTrue(only(problems("package: p\nerrors:\n  - code: a\n    cause: b\n    reasons:\n"
        + "      - description: one\n      - description: two\n        retyr: never\n"),
        Message.UNKNOWN_FIELD).contains("in reason #2 of 'a'"));
  }

  @Test
  void groupsAndReasonsMustBeMappings() {
    assertTrue(only(problems("package: p\ngroups:\n  g: text\n" + ENTRY), Message.WRONG_TYPE)
        .contains("'g' in groups must be a mapping with 'description:', but is a string"));
    assertTrue(only(problems("package: p\nerrors:\n  - code: a\n    cause: b\n    reasons:\n"
        + "      - text\n"), Message.WRONG_TYPE)
        .contains("'reasons' in reason #1 of 'a' must be a mapping with 'description:'"));
  }

  @Test
  void nullOptionalValueIsEmpty() {
    assertTrue(only(problems("package: p\nerrors:\n  - code: a\n    cause: b\n    action:\n"),
        Message.EMPTY_VALUE).contains("'action' in error entry 'a' is empty"));
  }

  @Test
  void blankFlowDescriptionIsEmpty() {
    assertTrue(only(problems("package: p\nflows:\n  web: \"  \"\n" + ENTRY), Message.EMPTY_VALUE)
        .contains("'web' in flows is empty"));
  }

  @Test
  void anInvalidNameIsReportedOnceAndNeverAlsoAsAClash() {
    List<Problem> names = problems("package: p\nnames:\n  base: 9x\n  unknown: 9x\n" + ENTRY);
    assertEquals(2, names.size(), names::toString);
    names.forEach(problem -> assertEquals(Message.INVALID_TYPE_NAME, problem.message()));
    List<Problem> javaNames = problems("package: p\nerrors:\n  - code: a\n    cause: b\n"
        + "    javaName: 9x\n  - code: c\n    cause: d\n    javaName: 9x\n");
    assertEquals(2, javaNames.size(), javaNames::toString);
    javaNames.forEach(problem -> assertEquals(Message.INVALID_TYPE_NAME, problem.message()));
    List<Problem> codes = problems("package: p\nerrors:\n  - code: \"1a\"\n    cause: b\n"
        + "  - code: \"1-a\"\n    cause: d\n");
    assertEquals(2, codes.size(), codes::toString);
    codes.forEach(problem -> assertEquals(Message.UNUSABLE_CODE_NAME, problem.message()));
  }

  @Test
  void clashesNameEachSharedType() {
    assertTrue(only(problems("package: p\nnames:\n  base: X\n  unknown: X\n" + ENTRY),
        Message.JAVA_NAME_CLASH).contains("the catalog's unknown-code exception and the"
        + " catalog's base exception"));
    assertTrue(only(problems("package: p\nnames:\n  base: X\n  visitor: X\n" + ENTRY),
        Message.JAVA_NAME_CLASH).contains("the catalog's visitor and the catalog's base"));
    assertTrue(only(problems("package: p\nnames:\n  base: X\n  catalog: X\n" + ENTRY),
        Message.JAVA_NAME_CLASH).contains("the catalog's catalog class and the catalog's base"));
  }

  @Test
  void wrongTypesUnderlineTheWholeScalar() {
    Problem problem = problems("package: p\nerrors:\n  - code: 401\n    cause: b\n").get(0);
    assertEquals(3, ((Location.InCatalog) problem.location()).width());
    Problem list = problems("package: p\nerrors:\n  - code: [a]\n    cause: b\n").get(0);
    assertEquals(1, ((Location.InCatalog) list.location()).width());
  }
}

package dev.oautherrors.catalogimport.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.Target;
import dev.oautherrors.catalogimport.yaml.CatalogEditor.NewEntry;
import dev.oautherrors.catalogimport.yaml.CatalogEditor.Plan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogEditorTest {
  private static String edit(String yaml, Target target, Plan plan) throws ImportException {
    return CatalogEditor.apply(CatalogDocument.parse("errors.yaml", yaml), target, plan);
  }

  private static String edit(String yaml, Plan plan) throws ImportException {
    return edit(yaml, Target.ERRORS, plan);
  }

  private static Plan causes(Map<String, String> causes) {
    return new Plan(causes, Set.of(), List.of());
  }

  private static Plan add(NewEntry... entries) {
    return new Plan(Map.of(), Set.of(), List.of(entries));
  }

  private static Plan delete(String... codes) {
    return new Plan(Map.of(), Set.of(codes), List.of());
  }

  @Test
  void aCauseKeepsItsQuotingStyle() throws ImportException {
    String yaml = """
        errors:
          - code: a
            cause: plain
          - code: b
            cause: 'single'
          - code: c
            cause: "double"
        """;

    assertEquals("""
        errors:
          - code: a
            cause: "now: quoted"
          - code: b
            cause: 'it''s'
          - code: c
            cause: "say \\"hi\\""
        """, edit(yaml, causes(Map.of("a", "now: quoted", "b", "it's", "c", "say \"hi\""))));
  }

  @Test
  void aMultiLineCauseBecomesTheNewTextInItsOwnBlockStyle() throws ImportException {
    String yaml = """
        errors:
          - code: a
            cause: >
              folded text
              over lines

            group: g   # after a blank line
          - code: b
            cause: |
                literal, deeper
          - code: c
            cause: plain that goes
              on a second line
            retry: never
        """;
    String longText = "A long cause that a folded block wraps at one hundred columns, at single "
        + "spaces only, so that it reads back as exactly this text.";

    assertEquals("""
        errors:
          - code: a
            cause: >-
              A long cause that a folded block wraps at one hundred columns, at single spaces only, so that
              it reads back as exactly this text.

            group: g   # after a blank line
          - code: b
            cause: |-
                new literal
          - code: c
            cause: one line
            retry: never
        """, edit(yaml, causes(Map.of("a", longText, "b", "new literal", "c", "one line"))));
  }

  @Test
  void aMissingOrEmptyCauseIsWrittenWhereItBelongs() throws ImportException {
    String yaml = """
        errors:
          - code: a   # no cause yet
            retry: never
          - code: b
            cause:
          - code: c
            cause: ~
          - {code: d}
        """;

    assertEquals("""
        errors:
          - code: a   # no cause yet
            cause: A.
            retry: never
          - code: b
            cause: B.
          - code: c
            cause: C.
          - {code: d, cause: D.}
        """, edit(yaml, causes(Map.of("a", "A.", "b", "B.", "c", "C.", "d", "D."))));
  }

  @Test
  void newEntriesCopyTheLayoutOfTheList() throws ImportException {
    assertEquals("""
        errors:
            -   code: a
                cause: A.
            -   code: b
                cause: B.
        # the end
        """, edit("""
        errors:
            -   code: a
                cause: A.
        # the end
        """, add(new NewEntry("b", "B."))));
    assertEquals("""
        errors:
          - {code: a, cause: A.}
          - {code: "50126", cause: "x, y"}
        """, edit("errors:\n  - {code: a, cause: A.}\n", add(new NewEntry("50126", "x, y"))));
    assertEquals("errors: [{code: a, cause: A.}, {code: b, cause: \"b: c\"}]\n",
        edit("errors: [{code: a, cause: A.}]\n", add(new NewEntry("b", "b: c"))));
  }

  @Test
  void anEmptyOrMissingListIsCreated() throws ImportException {
    String expected = "package: p\nerrors:\n  - code: a\n    cause: A.\nnames: {}\n";
    assertEquals(expected, edit("package: p\nerrors:\nnames: {}\n", add(new NewEntry("a", "A."))));
    assertEquals(expected,
        edit("package: p\nerrors: []\nnames: {}\n", add(new NewEntry("a", "A."))));
    assertEquals("package: p\nerrors: # soon\n  - code: a\n    cause: A.\n",
        edit("package: p\nerrors: ~ # soon\n", add(new NewEntry("a", "A."))));
    assertEquals("package: p # ours\nerrors:\n  - code: a\n    cause: A.\n",
        edit("package: p # ours\n", add(new NewEntry("a", "A."))));
    assertEquals("package: p\nerrors:\n  - code: a\n    cause: A.",
        edit("package: p", add(new NewEntry("a", "A."))), "no line break at the end, as before");
  }

  @Test
  void subCodesGoUnderSubCodesCodes() throws ImportException {
    assertEquals("""
        package: p
        errors:
          - code: invalid_grant
            cause: Bad grant.
        subCodes:
          codes:
            - code: "50126"
              cause: Wrong password.
        """, edit("package: p\nerrors:\n  - code: invalid_grant\n    cause: Bad grant.\n",
        Target.SUB_CODES, add(new NewEntry("50126", "Wrong password."))));
    assertEquals("""
        subCodes:
          name: EntraErrorCode
          from:
            jsonField: error_codes
          codes:
            - code: "50126"
              cause: Wrong password.
        """, edit("subCodes:\n  name: EntraErrorCode\n  from:\n    jsonField: error_codes\n",
        Target.SUB_CODES, add(new NewEntry("50126", "Wrong password."))));
  }

  @Test
  void deletedEntriesTakeTheirSeparatorAndCommentsWithThem() throws ImportException {
    String yaml = """
        errors:
          - code: a
            cause: A.

          # b is going
          - code: b
            cause: B.

          - code: c
            cause: C.
        """;

    assertEquals("""
        errors:
          - code: a
            cause: A.

          - code: c
            cause: C.
        """, edit(yaml, delete("b")));
    assertEquals("""
        errors:
          # b is going
          - code: b
            cause: B.

          - code: c
            cause: C.
        """, edit(yaml, delete("a")));
    assertEquals("""
        errors:
          - code: a
            cause: A.
        """, edit(yaml, delete("b", "c")));
    assertEquals("errors: [{code: b, cause: B.}]\n",
        edit("errors: [{code: a, cause: A.}, {code: b, cause: B.}]\n", delete("a")));
  }

  @Test
  void deletingTheLastEntryAndAppendingDoNotCollide() throws ImportException {
    assertEquals("errors:\n  - code: a\n    cause: A.\n  - code: new\n    cause: N.\n",
        edit("errors:\n  - code: a\n    cause: A.\n  - code: z\n    cause: Z.\n",
            new Plan(Map.of(), Set.of("z"), List.of(new NewEntry("new", "N.")))));
    assertEquals("errors:\n  - code: new\n    cause: N.\n",
        edit("errors:\n  - code: z\n    cause: Z.\n",
            new Plan(Map.of(), Set.of("z"), List.of(new NewEntry("new", "N.")))));
  }

  @Test
  void crlfByteOrderMarkTagsAndWideCharactersSurvive() throws ImportException {
    String yaml = "\ufeff# \ud83d\udd11 keys\r\nerrors:\r\n  - code: a # \ud83d\ude00\r\n"
        + "    cause: !!str old \ud83d\ude00\r\n";

    assertEquals("\ufeff# \ud83d\udd11 keys\r\nerrors:\r\n  - code: a # \ud83d\ude00\r\n"
        + "    cause: new \ud83d\udd11\r\n  - code: b\r\n    cause: B.\r\n",
        edit(yaml, new Plan(Map.of("a", "new \ud83d\udd11"), Set.of(),
            List.of(new NewEntry("b", "B.")))));
  }

  @Test
  void aMappingInBracesCannotTakeANewListByHand() {
    ImportException e = assertThrows(ImportException.class,
        () -> edit("{package: p}\n", add(new NewEntry("a", "A."))));
    assertEquals("errors.yaml:1: add 'errors:' to this mapping by hand (it is written in {...} "
        + "style), then import again", e.getMessage());
  }
}

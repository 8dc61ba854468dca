package dev.oautherrors.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How catalog spellings become Java names, at the edges of every character range. Written where
 * mutation testing showed that moving a range's end by one changed nothing any test noticed.
 */
class JavaNamesTest {

  @Test
  void reasonIdsFromTextKeepAsciiLettersAndDigitsOnly() {
    assertEquals("az_09", JavaNames.idFromText("az 09"));
    assertEquals("az09", JavaNames.idFromText("AZ09"));
    assertEquals("a_b_c_d_e_f", JavaNames.idFromText("a`b{c/d:e@f"));
    assertEquals("a_b", JavaNames.idFromText("...a---b..."));
    assertEquals("expired_access_refresh_token",
        JavaNames.idFromText("Expired access/refresh token."));
    assertEquals("caf", JavaNames.idFromText("café"));
    assertEquals("", JavaNames.idFromText("éé"));
  }

  @Test
  void reasonIdsAreLowerSnakeCaseStartingWithALetter() {
    for (String valid : new String[] {"a", "z", "az_09", "a_", "z9", "a__b"}) {
      assertTrue(JavaNames.isReasonId(valid), valid);
    }
    for (String invalid : new String[] {"", "_a", "0a", "9", "`a", "{a", "Aa", "a-b", "aZ", "a`",
        "a{", "a/", "a:", "a@", "a[", "a b", "aé"}) {
      assertFalse(JavaNames.isReasonId(invalid), invalid);
    }
  }

  @Test
  void typeNamesFromCodes() {
    assertEquals("NoOAuthState", JavaNames.fromCode("No_OAuth_State"));
    assertEquals("Csrf", JavaNames.fromCode("CSRF"));
    assertEquals("AccessDenied", JavaNames.fromCode("access-denied"));
    assertEquals("", JavaNames.fromCode("---"));
    assertEquals("A1B", JavaNames.fromCode("a1.b"));
    assertEquals("ClientSetup", JavaNames.upperCamel("client_setup"));
    assertEquals("CLIENT_SETUP", JavaNames.constantName("client_setup"));
    assertTrue(JavaNames.isTypeName("Access"));
    assertFalse(JavaNames.isTypeName("class"));
    assertFalse(JavaNames.isTypeName("9a"));
    assertTrue(JavaNames.isPackageName("com.example"));
    assertFalse(JavaNames.isPackageName("com..example"));
    assertTrue(JavaNames.isKeyword("null"));
    assertFalse(JavaNames.isKeyword("nil"));
  }
}

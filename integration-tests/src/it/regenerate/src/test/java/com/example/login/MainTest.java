package com.example.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.example.login.oauth.OAuthErrors;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void everyCatalogCodeReachesItsOwnMethod() {
    OAuthErrors.entries().forEach(entry ->
        assertFalse(Main.reply(entry.code()).startsWith("unknown"), entry.code()));
  }

  @Test
  void codesTheCatalogDoesNotKnowReachTheUnknownMethod() {
    assertEquals("unknown temporarily_unavailable", Main.reply("temporarily_unavailable"));
  }
}

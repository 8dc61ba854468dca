package dev.oautherrors.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": the edit distance and how near is near enough, at their edges. */
class SuggestionsTest {

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
    assertEquals(0, Suggestions.distance("", ""));
    assertEquals(3, Suggestions.distance("abc", ""));
    assertEquals(3, Suggestions.distance("", "abc"));
    assertEquals(1, Suggestions.distance("retry", "retyr".substring(0, 4) + "y"));
    assertEquals(1, Suggestions.distance("retry", "retyr"), "a transposition is one edit");
    assertEquals(1, Suggestions.distance("ab", "ba"));
    assertEquals(2, Suggestions.distance("abc", "bca"));
    assertEquals(1, Suggestions.distance("cause", "casue"));
    assertEquals(1, Suggestions.distance("flows", "flow"));
    assertEquals(1, Suggestions.distance("code", "xcode"));
    assertEquals(2, Suggestions.distance("kitten", "sitting".substring(0, 6)));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }

  @Test
  void nearIsAtMostAThirdOfTheWordAndAtMostThreeEdits() {
    List<String> fields = List.of("code", "cause", "aliases", "description");
    assertEquals(Optional.of("cause"), Suggestions.nearest("casue", fields));
    assertEquals(Optional.of("code"), Suggestions.nearest("CODE", fields), "case is ignored");
    assertEquals(Optional.of("code"), Suggestions.nearest("cod", fields), "one edit for short");
    assertEquals(Optional.empty(), Suggestions.nearest("cd", fields));
    assertEquals(Optional.of("aliases"), Suggestions.nearest("aliase", fields));
    assertEquals(Optional.empty(), Suggestions.nearest("alias", fields), "5 / 3 = 1 edit");
    assertEquals(Optional.empty(), Suggestions.nearest("alia", fields));
    assertEquals(Optional.of("description"), Suggestions.nearest("descrption", fields));
    assertEquals(Optional.of("description"), Suggestions.nearest("xescrxptixn", fields),
        "3 edits");
    assertEquals(Optional.empty(), Suggestions.nearest("xescrxptixnx", fields), "4 edits");
    assertEquals(Optional.empty(), Suggestions.nearest("dscrpton", fields), "8 / 3 = 2 edits");
    assertEquals(Optional.of("code"), Suggestions.nearest("cose", List.of("cause", "code")),
        "the nearest wins");
    assertEquals(Optional.empty(), Suggestions.nearest("x", List.of()));
  }

  @Test
  void longWordsGetNoSuggestion() {
    String word = "w".repeat(Suggestions.MAX_LENGTH);
    assertEquals(Optional.of(word + "x"), Suggestions.nearest(word, List.of(word + "x")));
    assertEquals(Optional.empty(), Suggestions.nearest(word + "w", List.of(word + "wx")));
  }

  @Test
  void hintSuggestsOrLists() {
    assertEquals("did you mean 'cause'?", Suggestions.hint("casue", List.of("cause"), "x"));
    assertEquals("known are: a, b", Suggestions.hint("zzz", List.of("a", "b"), "known are"));
    assertEquals("none are defined", Suggestions.hint("zzz", List.of(), "known are"));
  }
}

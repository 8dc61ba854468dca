package dev.oautherrors.catalogimport.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.catalogimport.Target;
import dev.oautherrors.catalogimport.yaml.YamlScalars.Quote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class YamlScalarsTest {
  /** Values a careless writer gets wrong: each must read back as exactly itself. */
  private static final List<String> HARD = List.of("50126", "0x1F", "0o17", "1_000", "1e3", "-1",
      "+1", ".5", ".inf", "-.Inf", ".NaN", "yes", "No", "on", "OFF", "y", "N", "true", "False",
      "null", "Null", "~", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "12:30:00", "<<", "=",
      "Reason: details", "a #hash", "#comment", "ends with colon:", "- dash", "-dash", "? what",
      "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "|literal", ">folded",
      "'single'", "\"double\"", "{flow}", "[list]", "a, b", "it's", "back\\slash", "tab\there",
      "line\nbreak", "caf\u00e9 \u2014 \u65e5\u672c \ud83d\udd11", "\u0007bell", "\u2028sep",
      " leading", "trailing ", "", "   ", "plain text, with commas: and colons.");

  @ParameterizedTest
  @ValueSource(strings = {"PLAIN", "SINGLE", "DOUBLE"})
  void everyValueReadsBackAsItselfInEveryStyleInBlockAndFlowContext(String style) {
    for (String value : HARD) {
      for (boolean flow : new boolean[] {false, true}) {
        String scalar = YamlScalars.write(value, Quote.valueOf(style), flow);
        String yaml = flow ? "errors: [{code: c, cause: " + scalar + "}]\n"
            : "errors:\n  - code: c\n    cause: " + scalar + "\n";
        assertEquals(List.of(new ReadBack.Entry("c", Optional.of(value))),
            ReadBack.entries(yaml, Target.ERRORS), () -> "Jackson read " + yaml);
        Object snake = ((Map<?, ?>) ((List<?>) ((Map<?, ?>) new Yaml().load(yaml))
            .get("errors")).get(0)).get("cause");
        assertEquals(value, snake, () -> "SnakeYAML read " + yaml);
        assertFalse(scalar.contains("\t"), "no tab is written: " + scalar);
      }
    }
  }

  @Test
  void plainWhenSafeElseDoubleQuotes() {
    assertEquals("invalid_grant", YamlScalars.write("invalid_grant", Quote.PLAIN, false));
    assertEquals("\"50126\"", YamlScalars.write("50126", Quote.PLAIN, false));
    assertEquals("\"yes\"", YamlScalars.write("yes", Quote.PLAIN, false));
    assertEquals("\"Reason: details\"", YamlScalars.write("Reason: details", Quote.PLAIN, false));
    assertEquals("a, b", YamlScalars.write("a, b", Quote.PLAIN, false));
    assertEquals("\"a, b\"", YamlScalars.write("a, b", Quote.PLAIN, true));
    assertEquals("caf\u00e9", YamlScalars.write("caf\u00e9", Quote.PLAIN, false),
        "non-ASCII is written as it is");
    assertEquals("'it''s'", YamlScalars.write("it's", Quote.SINGLE, false));
    assertEquals("\"tab\\there\"", YamlScalars.write("tab\there", Quote.SINGLE, false));
  }

  @Test
  void foldedBlocksBreakOnlyAtSingleSpaces() {
    String text = "word ".repeat(40) + "two  spaces end";
    String block = YamlScalars.block(text.strip(), true, 6, "\n", 40).orElseThrow();
    assertTrue(block.startsWith(">-\n      word"));
    assertTrue(block.lines().allMatch(line -> line.length() <= 40 || !line.contains(" ")));
    String yaml = "errors:\n  - code: c\n    cause: " + block + "\n";
    assertEquals(List.of(new ReadBack.Entry("c", Optional.of(text.strip()))),
        ReadBack.entries(yaml, Target.ERRORS));
    assertTrue(YamlScalars.block(" leading", true, 4, "\n", 40).isEmpty());
  }
}

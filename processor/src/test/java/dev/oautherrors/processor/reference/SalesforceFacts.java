package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts the reference catalog must agree with, read from {@code
 * src/test/resources/reference/salesforce-facts.yaml}: the codes of Salesforce's page in its
 * order, their causes, the {@code error_description} values known for each code, and the page's
 * example responses. Strict: an unknown field, or a row with neither or both of {@code cause} and
 * {@code lead_in}, fails with the row's place, so that a typo cannot drop a fact unseen.
 */
record SalesforceFacts(
    List<Row> rows, Map<String, List<String>> descriptions, List<Example> examples) {
  /** Where the facts live on the test class path. */
  static final String RESOURCE = "/reference/salesforce-facts.yaml";

  /**
   * One row of the page's table.
   *
   * @param code the code, spelled as on the page
   * @param cause the cause as given; for a row that lists sub-causes, its lead-in sentence
   * @param listsSubCauses true when the row's cause is a list of sub-causes after {@code cause}
   */
  record Row(String code, String cause, boolean listsSubCauses) {}

  /** An example response: a redirect URL, or a token-endpoint body with its status if given. */
  record Example(String flow, Optional<String> redirect, Optional<String> body) {}

  /** The facts of the test resource. */
  static SalesforceFacts load() {
    try (InputStream in = SalesforceFacts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the test class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads facts from YAML text; fails naming the place of the first malformed entry. */
  static SalesforceFacts parse(String yaml) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
    }
    onlyFields(root, "the file", Set.of("codes", "descriptions", "examples"));
    List<Row> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode row : required(root, "codes", "the file")) {
      String where = "codes[" + index++ + "]";
      onlyFields(row, where, Set.of("code", "cause", "lead_in"));
      String code = text(row, "code", where);
      if (row.has("cause") == row.has("lead_in")) {
        throw new IllegalArgumentException(where + " (" + code + "): give either cause or lead_in, not "
            + (row.has("cause") ? "both" : "neither"));
      }
      boolean lists = row.has("lead_in");
      rows.add(new Row(code, text(row, lists ? "lead_in" : "cause", where), lists));
    }
    Map<String, List<String>> descriptions = new LinkedHashMap<>();
    JsonNode known = required(root, "descriptions", "the file");
    for (Map.Entry<String, JsonNode> code : known.properties()) {
      List<String> values = new ArrayList<>();
      code.getValue().forEach(value -> values.add(value.asText()));
      if (values.isEmpty()) {
        throw new IllegalArgumentException("descriptions." + code.getKey() + ": no values");
      }
      descriptions.put(code.getKey(), List.copyOf(values));
    }
    List<Example> examples = new ArrayList<>();
    index = 0;
    for (JsonNode example : required(root, "examples", "the file")) {
      String where = "examples[" + index++ + "]";
      onlyFields(example, where, Set.of("flow", "redirect", "body", "status"));
      if (example.has("redirect") == example.has("body")) {
        throw new IllegalArgumentException(where + ": give either redirect or body");
      }
      examples.add(new Example(text(example, "flow", where),
          Optional.ofNullable(example.get("redirect")).map(JsonNode::asText),
          Optional.ofNullable(example.get("body")).map(JsonNode::asText)));
    }
    return new SalesforceFacts(List.copyOf(rows), descriptions, List.copyOf(examples));
  }

  /** The codes of the table, in its order. */
  List<String> codes() {
    return rows.stream().map(Row::code).toList();
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isEmpty()) {
      throw new IllegalArgumentException(where + ": '" + field + "' is missing or empty");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  private static void onlyFields(JsonNode node, String where, Set<String> allowed) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected a mapping");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!allowed.contains(field.getKey())) {
        throw new IllegalArgumentException(where + ": unknown field '" + field.getKey() + "'");
      }
    }
  }
}

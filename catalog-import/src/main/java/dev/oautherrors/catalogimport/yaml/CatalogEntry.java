package dev.oautherrors.catalogimport.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * An entry of the catalog's list (an {@code errors:} item or a {@code subCodes.codes:} item) that
 * has a {@code code}: what the import compares with the table, and the nodes it edits.
 *
 * @param code the entry's code
 * @param cause its cause, if it has one
 * @param line the 1-based line the entry starts on
 * @param node the entry's mapping
 * @param codeField the {@code code:} key and value
 * @param causeField the {@code cause:} key and value, if the entry has the key (its value may be
 *     empty)
 */
public record CatalogEntry(String code, Optional<String> cause, int line, MappingNode node,
    NodeTuple codeField, Optional<NodeTuple> causeField) {}

package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the catalog's {@code errors:} list.
 *
 * @param code the wire value exactly as the server sends it
 * @param cause the documented cause
 * @param aliases other wire spellings
 * @param javaName the UpperCamelCase name for generated types (given, or derived from the code)
 * @param javaNameGiven whether the catalog gave {@code javaName} explicitly
 * @param group the group's identifier, if any
 * @param flows the flows the code occurs in; empty means any flow
 * @param retry what to do before trying again
 * @param action what the application or admin should do, if the catalog says
 * @param reasons the documented sub-causes
 * @param see the sections that define or use the code, own and inherited
 * @param position where the entry starts
 */
public record ErrorCode(
    Located<String> code,
    String cause,
    List<Located<String>> aliases,
    Located<String> javaName,
    boolean javaNameGiven,
    Optional<Located<String>> group,
    List<Located<String>> flows,
    RetryAdvice retry,
    Optional<String> action,
    List<Reason> reasons,
    List<Citation> see,
    Position position) {

  /** Creates the value. */
  public ErrorCode {
    aliases = List.copyOf(aliases);
    flows = List.copyOf(flows);
    reasons = List.copyOf(reasons);
    see = List.copyOf(see);
  }

  /** The wire value. */
  public String wireCode() {
    return code.value();
  }

  /** The code and its aliases: every spelling that matches exactly. */
  public List<Located<String>> spellings() {
    List<Located<String>> all = new ArrayList<>(1 + aliases.size());
    all.add(code);
    all.addAll(aliases);
    return all;
  }

  /** The exception class's simple name. */
  public String exceptionName() {
    return GeneratedNames.exceptionName(javaName.value());
  }

  /** The visitor method's name. */
  public String visitMethodName() {
    return GeneratedNames.visitMethodName(javaName.value());
  }

  /** The group's identifier, if any. */
  public Optional<String> groupId() {
    return group.map(Located::value);
  }

  /** Whether the code occurs in {@code flow}: listed there, or listed for no flow. */
  public boolean occursIn(String flow) {
    return flows.isEmpty() || flows.stream().anyMatch(f -> f.value().equals(flow));
  }
}

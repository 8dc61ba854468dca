package dev.oautherrors.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog says about one error code: its wire spellings, documented cause, advice, group
 * and flows. Each generated exception class holds its entry in a constant named {@code ENTRY}.
 * Immutable.
 */
public final class CatalogEntry {
  private final String code;
  private final List<String> aliases;
  private final String cause;
  private final String action;
  private final String group;
  private final List<String> flows;
  private final RetryAdvice retryAdvice;
  private final List<KnownReason> reasons;
  /**
   * Each reason under each of its spellings, normalized once, on the first {@link #reasonFor}:
   * the class initialiser of a generated exception (which builds its entry) stays cheap on a
   * program's first parse. The first reason wins a tie. A race builds two equal maps.
   */
  private volatile Map<String, KnownReason> reasonsBySpelling;

  private CatalogEntry(Builder builder) {
    this.code = builder.code;
    this.aliases = builder.aliases;
    this.cause = builder.cause;
    this.action = builder.action;
    this.group = builder.group;
    this.flows = builder.flows;
    this.retryAdvice = builder.retryAdvice;
    this.reasons = builder.reasons;
  }

  private Map<String, KnownReason> reasonsBySpelling() {
    Map<String, KnownReason> map = reasonsBySpelling;
    if (map == null) {
      Map<String, KnownReason> bySpelling = new HashMap<>();
      for (KnownReason reason : reasons) {
        for (String spelling : reason.spellings()) {
          bySpelling.putIfAbsent(ReasonText.normalize(spelling), reason);
        }
      }
      map = Map.copyOf(bySpelling);
      reasonsBySpelling = map;
    }
    return map;
  }

  /** Starts an entry for a code and its documented cause. */
  public static Builder builder(String code, String cause) {
    return new Builder(code, cause);
  }

  /** The wire code as the catalog spells it. */
  public String code() {
    return code;
  }

  /** Other wire spellings of the same code. */
  public List<String> aliases() {
    return aliases;
  }

  /** The documented cause. */
  public String cause() {
    return cause;
  }

  /** What the catalog advises doing about the error, if it says. */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /** The identifier of the catalog group the code belongs to, if any. */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /** The flows the code occurs in; empty means the catalog does not restrict it to any. */
  public List<String> flows() {
    return flows;
  }

  /** Whether the code can occur in {@code flow}: listed there, or listed for no flow at all. */
  public boolean occursIn(String flow) {
    return flows.isEmpty() || flows.contains(flow);
  }

  /** The code's retry advice (a known reason may refine it). */
  public RetryAdvice retryAdvice() {
    return retryAdvice;
  }

  /** The documented sub-causes, told apart by {@code error_description}. */
  public List<KnownReason> reasons() {
    return reasons;
  }

  /** The known reason that {@code description} names, matched as {@link ReasonText} says. */
  public Optional<KnownReason> reasonFor(String description) {
    if (description == null || reasons.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(reasonsBySpelling().get(ReasonText.normalize(description)));
  }

  @Override
  public String toString() {
    return "CatalogEntry{" + code + "}";
  }

  /** Builds a {@link CatalogEntry}. */
  public static final class Builder {
    private final String code;
    private final String cause;
    private List<String> aliases = List.of();
    private String action;
    private String group;
    private List<String> flows = List.of();
    private RetryAdvice retryAdvice = RetryAdvice.NEVER;
    private List<KnownReason> reasons = List.of();

    private Builder(String code, String cause) {
      this.code = Objects.requireNonNull(code, "code");
      this.cause = Objects.requireNonNull(cause, "cause");
    }

    /** Sets the other wire spellings. */
    public Builder aliases(String... aliases) {
      this.aliases = List.of(aliases);
      return this;
    }

    /** Sets the advice text. */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** Sets the group identifier. */
    public Builder group(String group) {
      this.group = group;
      return this;
    }

    /** Sets the flows. */
    public Builder flows(String... flows) {
      this.flows = List.of(flows);
      return this;
    }

    /** Sets the retry advice; {@link RetryAdvice#NEVER} unless set. */
    public Builder retryAdvice(RetryAdvice retryAdvice) {
      this.retryAdvice = Objects.requireNonNull(retryAdvice, "retryAdvice");
      return this;
    }

    /** Sets the known reasons, in catalog order. */
    public Builder reasons(KnownReason... reasons) {
      this.reasons = List.copyOf(Arrays.asList(reasons));
      return this;
    }

    /** Builds the entry. */
    public CatalogEntry build() {
      return new CatalogEntry(this);
    }
  }
}

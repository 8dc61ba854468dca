package dev.oautherrors.processor.model;

/** What a handler method's parameter type covers. */
public sealed interface Target {

  /** How specific the target is: a method for a code beats one for its group, and so on. */
  int specificity();

  /** One code's exception class. */
  record Code(ErrorCode code) implements Target {
    @Override
    public int specificity() {
      return 3;
    }
  }

  /** A group's interface: every code of the group. */
  record InGroup(Group group) implements Target {
    @Override
    public int specificity() {
      return 2;
    }
  }

  /** The class for codes the catalog does not know. */
  record Unknown() implements Target {
    @Override
    public int specificity() {
      return 3;
    }
  }

  /** The base exception, or one of its supertypes: every code. */
  record CatchAll() implements Target {
    @Override
    public int specificity() {
      return 1;
    }
  }

  /** Whether this target covers {@code code}; null stands for a code the catalog does not know. */
  default boolean covers(ErrorCode code) {
    if (this instanceof CatchAll) {
      return true;
    }
    if (code == null) {
      return this instanceof Unknown;
    }
    if (this instanceof Code c) {
      return c.code() == code;
    }
    return this instanceof InGroup g && code.groupId().equals(java.util.Optional.of(g.group().id()));
  }
}

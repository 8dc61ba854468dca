package dev.oautherrors.fuzzsupport;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Structured fuzz inputs that can also be written by hand. The property fuzz tests read their
 * values from a {@link FuzzedDataProvider} only through the calls below, and {@link Encoder} writes
 * the bytes that make the provider return chosen values, so that the committed regression corpus
 * holds the edge cases on purpose (the runtime's {@code PropertyCorpus}, the processor's {@code
 * LookupCorpus}).
 *
 * <p>Every call here consumes from the end of the data, as libFuzzer's {@code
 * ConsumeIntegralInRange} does: the bytes a value needs for its range, the first one most
 * significant; an exhausted input yields the range's minimum. {@link CommittedCorpus} proves the
 * encoding against Jazzer's own provider.
 */
public final class Structured {
  private Structured() {}

  public static int integer(FuzzedDataProvider data, int min, int max) {
    return data.consumeInt(min, max);
  }

  public static boolean bool(FuzzedDataProvider data) {
    return data.consumeInt(0, 1) == 1;
  }

  public static <E extends Enum<E>> E pick(FuzzedDataProvider data, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[data.consumeInt(0, values.length - 1)];
  }

  /** Any chars, lone surrogates included: a length, then each char. */
  public static String text(FuzzedDataProvider data, int maxLength) {
    int length = data.consumeInt(0, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) data.consumeInt(0, 0xFFFF));
    }
    return text.toString();
  }

  /** Like {@link #text}, with each lone surrogate replaced by U+FFFD: what UTF-8 can carry. */
  public static String unicode(FuzzedDataProvider data, int maxLength) {
    return wellFormed(text(data, maxLength));
  }

  /** Per position: {@code true} where the bit says so; up to {@code maxLength} positions. */
  public static List<Boolean> bits(FuzzedDataProvider data, int maxLength) {
    int length = data.consumeInt(0, maxLength);
    List<Boolean> bits = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      bits.add(bool(data));
    }
    return List.copyOf(bits);
  }

  public static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Writes the bytes that the reads above turn back into the values given, in reading order. */
  public static final class Encoder {
    /** Bytes in the order the provider consumes them: from the end of the file backwards. */
    private final ByteArrayOutputStream consumed = new ByteArrayOutputStream();

    public Encoder integer(int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(value + " outside " + min + ".." + max);
      }
      long range = (long) max - min;
      long offset = (long) value - min;
      int bytes = 0;
      while (bytes < 4 && (range >>> (8 * bytes)) > 0) {
        bytes++;
      }
      for (int i = bytes - 1; i >= 0; i--) {
        consumed.write((int) (offset >>> (8 * i)) & 0xFF);
      }
      return this;
    }

    public Encoder bool(boolean value) {
      return integer(value ? 1 : 0, 0, 1);
    }

    public <E extends Enum<E>> Encoder pick(E value) {
      return integer(value.ordinal(), 0, value.getDeclaringClass().getEnumConstants().length - 1);
    }

    public Encoder text(String value, int maxLength) {
      integer(value.length(), 0, maxLength);
      for (int i = 0; i < value.length(); i++) {
        integer(value.charAt(i), 0, 0xFFFF);
      }
      return this;
    }

    public Encoder bits(List<Boolean> value, int maxLength) {
      integer(value.size(), 0, maxLength);
      value.forEach(this::bool);
      return this;
    }

    public byte[] bytes() {
      byte[] order = consumed.toByteArray();
      byte[] file = new byte[order.length];
      for (int i = 0; i < order.length; i++) {
        file[order.length - 1 - i] = order[i];
      }
      return file;
    }
  }
}

package dev.oautherrors.runtime;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.oautherrors.fuzzsupport.CommittedCorpus.Input;
import dev.oautherrors.runtime.CodeMatchingFuzzTest.Channel;
import dev.oautherrors.runtime.CodeMatchingFuzzTest.SpellingInput;
import dev.oautherrors.runtime.CodeMatchingFuzzTest.UnknownInput;
import dev.oautherrors.runtime.CodeMatchingFuzzTest.VariantInput;
import dev.oautherrors.runtime.RoundTripFuzzTest.ChallengeInput;
import dev.oautherrors.runtime.RoundTripFuzzTest.Encoding;
import dev.oautherrors.runtime.RoundTripFuzzTest.FormInput;
import dev.oautherrors.runtime.RoundTripFuzzTest.JsonInput;
import dev.oautherrors.runtime.RoundTripFuzzTest.Sent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The committed regression corpus of the property fuzz tests, as data: for each fuzz test method,
 * its inputs by file name. Edge cases come first, by name (every special character of each
 * channel, lone surrogates, the longest values, every encoding and channel, every spelling of
 * every known code); then {@value #RANDOM} seeded random inputs per method, drawn as the jqwik
 * generators these tests replaced drew them. {@code PropertyCorpusTest} checks that the files
 * under {@code src/test/resources} are exactly these and decode back to them through Jazzer's own
 * provider; {@code -Dcorpus.update=true} rewrites them.
 */
final class PropertyCorpus {
  /** Seeded random inputs per fuzz test method, besides the named edge cases. */
  static final int RANDOM = 40;

  private PropertyCorpus() {}

  /** One fuzz test method's corpus and how its inputs are read. */
  record Target(Class<?> testClass, String method, Function<FuzzedDataProvider, Input> decoder,
      Map<String, Input> inputs) {}

  /** Characters that each channel escapes, or that servers and parsers get wrong. */
  private static final List<String> SPECIAL = List.of("&", "=", "%", "+", "#", "?", " ", "%2",
      "%zz", "\r\n", "\u0000", "\u202e", "\uD83D\uDE00", "\uDBFF\uDFFF", "e\u0301", "\uFEFF", "\"",
      "\\", ";", ",", "'", "<", "\t", "\u007f", "\u0085", "\u2028", "\uFFFF", "\u00e9");

  /** What only a String, not UTF-8, can hold. */
  private static final List<String> LONE_SURROGATES =
      List.of("\uD800", "\uDFFF", "\uDE00\uD83D", "a\uDBFFb");

  static List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(RoundTripFuzzTest.class, "jsonBody", JsonInput::decode,
        sents(true, "jsonBody", (sent, random) ->
            new JsonInput(sent, random.nextBoolean(), random.nextBoolean()))));
    for (String method : List.of("query", "fragment", "formPost", "formEncodedTokenResponse")) {
      Map<String, Input> inputs = sents(false, method, (sent, random) -> new FormInput(sent,
          Encoding.values()[random.nextInt(Encoding.values().length)]));
      for (Encoding encoding : Encoding.values()) {
        Sent specials = new Sent(String.join("", SPECIAL.subList(0, 10)),
            String.join("", SPECIAL.subList(10, 20)), String.join("", SPECIAL.subList(20, 28)),
            "%25%26" + String.join("", SPECIAL.subList(0, 6)));
        inputs.put("all-specials-" + name(encoding), new FormInput(specials, encoding));
      }
      targets.add(new Target(RoundTripFuzzTest.class, method, FormInput::decode, inputs));
    }
    targets.add(new Target(RoundTripFuzzTest.class, "wwwAuthenticate", ChallengeInput::decode,
        sents(true, "wwwAuthenticate", (sent, random) ->
            new ChallengeInput(sent, random.nextBoolean()))));
    targets.add(new Target(CodeMatchingFuzzTest.class, "unknownCodes", UnknownInput::decode,
        unknownCodes()));
    targets.add(new Target(CodeMatchingFuzzTest.class, "knownSpellings", SpellingInput::decode,
        knownSpellings()));
    targets.add(new Target(CodeMatchingFuzzTest.class, "lenientVariantsOfUnknownCodes",
        VariantInput::decode, unknownVariants()));
    return targets;
  }

  // --- Round trips ------------------------------------------------------------------------------

  private interface SentInput {
    Input of(Sent sent, Random random);
  }

  private static Map<String, Input> sents(boolean anyChars, String seed, SentInput input) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    Random random = new Random(seed.hashCode());
    inputs.put("empty", input.of(new Sent("", "", "", ""), random));
    for (int i = 0; i < SPECIAL.size(); i++) {
      String c = SPECIAL.get(i);
      inputs.put("special-" + i, input.of(new Sent("x" + c, c + c, c + "y" + c, c), random));
    }
    String longest = "\uD83D\uDE00".repeat(RoundTripFuzzTest.MAX_TEXT / 2);
    inputs.put("longest-astral", input.of(new Sent(longest, longest, longest, longest), random));
    inputs.put("looks-like-json", input.of(new Sent("{\"error\":\"x\"}", "\"}", "\\u0041",
        "\\\""), random));
    inputs.put("looks-like-form", input.of(new Sent("a=b&error=c", "error_description=",
        "https://a.example/?x=1#y", "state=s&state=t"), random));
    if (anyChars) {
      for (int i = 0; i < LONE_SURROGATES.size(); i++) {
        String s = LONE_SURROGATES.get(i);
        inputs.put("lone-surrogate-" + i, input.of(new Sent(s, "d" + s, s + "u", s), random));
      }
    }
    for (int i = 0; i < RANDOM; i++) {
      inputs.put(String.format("random-%02d", i), input.of(new Sent(text(random, anyChars),
          text(random, anyChars), text(random, anyChars), text(random, anyChars)), random));
    }
    return inputs;
  }

  /** Up to four pieces: runs of random chars, or special ones. */
  static String text(Random random, boolean anyChars) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(5);
    for (int p = 0; p < pieces; p++) {
      switch (random.nextInt(anyChars ? 4 : 3)) {
        case 0 -> text.append(SPECIAL.get(random.nextInt(SPECIAL.size())));
        case 1 -> {
          int length = random.nextInt(12);
          for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
          }
        }
        case 2 -> {
          int length = random.nextInt(6);
          for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
              text.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else {
              char c = (char) random.nextInt(0x10000);
              text.append(Character.isSurrogate(c) ? 'z' : c);
            }
          }
        }
        default -> text.append(LONE_SURROGATES.get(random.nextInt(LONE_SURROGATES.size())));
      }
    }
    int max = RoundTripFuzzTest.MAX_TEXT;
    if (text.length() <= max) {
      return text.toString();
    }
    boolean splitsPair = Character.isHighSurrogate(text.charAt(max - 1));
    return text.substring(0, splitsPair && !anyChars ? max - 1 : max);
  }

  // --- Code matching ----------------------------------------------------------------------------

  /** Near misses of the known codes: each must stay unknown. */
  private static final List<String> LOOK_ALIKES = List.of("access_denied ", " access_denied",
      "access__denied", "accessdenied", "access_den\u0131ed", "ACCESS_DEN\u0130ED",
      "access_denied\u0000", "invalid_grant\n", "invalid\u2010grant", "\uFF41ccess_denied",
      "No_OAuth_State\u200b", "state_mismatch", "", "\u212Aelvin", "invalid_grant_type",
      "invalid-grant-", "_access_denied", "access.denied", "\uD800access_denied");

  private static Map<String, Input> unknownCodes() {
    Map<String, Input> inputs = new LinkedHashMap<>();
    Random random = new Random(1);
    for (int i = 0; i < LOOK_ALIKES.size(); i++) {
      for (Channel channel : Channel.values()) {
        UnknownInput input = new UnknownInput(LOOK_ALIKES.get(i), channel,
            Encoding.values()[(i + channel.ordinal()) % Encoding.values().length]);
        if (input.inDomain()) {
          inputs.put("look-alike-" + i + "-" + name(channel), input);
        }
      }
    }
    while (inputs.size() < LOOK_ALIKES.size() * Channel.values().length / 2 + RANDOM) {
      UnknownInput input = new UnknownInput(code(random),
          Channel.values()[random.nextInt(Channel.values().length)],
          Encoding.values()[random.nextInt(Encoding.values().length)]);
      if (input.inDomain()) {
        inputs.put(String.format("random-%02d", inputs.size()), input);
      }
    }
    return inputs;
  }

  private static Map<String, Input> knownSpellings() {
    Map<String, Input> inputs = new LinkedHashMap<>();
    Random random = new Random(2);
    List<String> codes = CodeMatchingFuzzTest.CODES;
    for (int c = 0; c < codes.size(); c++) {
      int spellings = CodeMatchingFuzzTest.spellings(codes.get(c)).size();
      for (int s = 0; s < spellings; s++) {
        for (Channel channel : Channel.values()) {
          Encoding encoding = Encoding.values()[(s + channel.ordinal()) % Encoding.values().length];
          inputs.put("code-" + c + "-spelling-" + s + "-" + name(channel),
              new SpellingInput(c, s, List.of(), channel, encoding));
          inputs.put("code-" + c + "-spelling-" + s + "-all-flipped-" + name(channel),
              new SpellingInput(c, s, flips(CodeMatchingFuzzTest.MAX_VARIANT, true), channel,
                  encoding));
        }
      }
    }
    for (int i = 0; i < RANDOM; i++) {
      inputs.put(String.format("random-%02d", i), new SpellingInput(random.nextInt(codes.size()),
          random.nextInt(8), randomFlips(random), Channel.values()[random.nextInt(
              Channel.values().length)], Encoding.values()[random.nextInt(Encoding.values().length)]));
    }
    return inputs;
  }

  private static Map<String, Input> unknownVariants() {
    Map<String, Input> inputs = new LinkedHashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < LOOK_ALIKES.size(); i++) {
      inputs.put("look-alike-" + i + "-all-flipped",
          new VariantInput(LOOK_ALIKES.get(i), flips(CodeMatchingFuzzTest.MAX_VARIANT, true)));
    }
    while (inputs.size() < LOOK_ALIKES.size() + RANDOM) {
      VariantInput input = new VariantInput(code(random), randomFlips(random));
      if (CodeMatchingFuzzTest.unknown(input.code())) {
        inputs.put(String.format("random-%02d", inputs.size()), input);
      }
    }
    return inputs;
  }

  /** Any chars, or letters and {@code -_} only (which come closest to the known codes). */
  private static String code(Random random) {
    StringBuilder code = new StringBuilder();
    int length = random.nextInt(CodeMatchingFuzzTest.MAX_CODE + 1);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
    boolean anyChars = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      code.append(anyChars ? (char) random.nextInt(0x10000)
          : letters.charAt(random.nextInt(letters.length())));
    }
    return code.toString();
  }

  private static List<Boolean> flips(int length, boolean value) {
    List<Boolean> flips = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      flips.add(value);
    }
    return List.copyOf(flips);
  }

  private static List<Boolean> randomFlips(Random random) {
    List<Boolean> flips = new ArrayList<>();
    int length = random.nextInt(CodeMatchingFuzzTest.MAX_VARIANT + 1);
    for (int i = 0; i < length; i++) {
      flips.add(random.nextBoolean());
    }
    return List.copyOf(flips);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

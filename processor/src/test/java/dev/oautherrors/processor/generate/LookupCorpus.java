package dev.oautherrors.processor.generate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.oautherrors.fuzzsupport.CommittedCorpus.Input;
import dev.oautherrors.processor.generate.GeneratedLookupFuzzTest.CodeInput;
import dev.oautherrors.processor.generate.GeneratedLookupFuzzTest.GeneratedCatalog;
import dev.oautherrors.processor.generate.GeneratedLookupFuzzTest.SpellingInput;
import dev.oautherrors.runtime.CatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The committed regression corpus of {@link GeneratedLookupFuzzTest}, as data (the runtime tests'
 * {@code PropertyCorpus} does the same for the parser properties): every spelling of every entry
 * of both catalogs as written, with every flippable character flipped and with every other one;
 * look-alikes of known codes in both catalogs; then {@value #RANDOM} seeded random inputs per
 * method, drawn as the jqwik generators these tests replaced drew them.
 */
final class LookupCorpus {
  static final int RANDOM = 40;

  private LookupCorpus() {}

  record Target(String method, Function<FuzzedDataProvider, Input> decoder,
      Map<String, Input> inputs) {}

  private static final List<String> LOOK_ALIKES = List.of("access_denied_", "accessdenied",
      "access__denied", "acess_denied", "ACCESS_DEN\u0130ED", "\u212Aelvin", "No_OAuth_State ",
      "slow-down-please", "invalid_grant_type\u0000", "", " ", "access.denied", "user-denied",
      "access_denied\u200b", "\uFF41ccess_denied", "invalid\u2010grant", "\uD800", "x".repeat(30));

  static List<Target> targets(List<GeneratedCatalog> catalogs) {
    return List.of(new Target("everySpelling", SpellingInput::decode, spellings(catalogs)),
        new Target("anyOtherCode", CodeInput::decode, otherCodes(catalogs)));
  }

  private static Map<String, Input> spellings(List<GeneratedCatalog> catalogs) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (int c = 0; c < catalogs.size(); c++) {
      List<CatalogEntry> entries = catalogs.get(c).entries();
      for (int e = 0; e < entries.size(); e++) {
        int count = GeneratedLookupFuzzTest.spellings(entries.get(e)).size();
        for (int s = 0; s < count; s++) {
          String name = catalogs.get(c).name() + "-" + e + "-" + s;
          inputs.put(name, new SpellingInput(c, e, s, List.of()));
          inputs.put(name + "-all-flipped", new SpellingInput(c, e, s,
              alternate(GeneratedLookupFuzzTest.MAX_FLIPS, 1)));
          inputs.put(name + "-every-other", new SpellingInput(c, e, s,
              alternate(GeneratedLookupFuzzTest.MAX_FLIPS, 2)));
        }
      }
    }
    Random random = new Random(4);
    for (int i = 0; i < RANDOM; i++) {
      List<Boolean> flips = new ArrayList<>();
      int length = random.nextInt(GeneratedLookupFuzzTest.MAX_FLIPS + 1);
      for (int f = 0; f < length; f++) {
        flips.add(random.nextBoolean());
      }
      inputs.put(String.format("random-%02d", i), new SpellingInput(random.nextInt(2),
          random.nextInt(GeneratedLookupFuzzTest.MAX_INDEX + 1),
          random.nextInt(GeneratedLookupFuzzTest.MAX_INDEX + 1), List.copyOf(flips)));
    }
    return inputs;
  }

  private static Map<String, Input> otherCodes(List<GeneratedCatalog> catalogs) {
    Map<String, Input> inputs = new LinkedHashMap<>();
    for (int i = 0; i < LOOK_ALIKES.size(); i++) {
      for (int c = 0; c < catalogs.size(); c++) {
        if (GeneratedLookupFuzzTest.unknown(catalogs.get(c), LOOK_ALIKES.get(i))) {
          inputs.put("look-alike-" + i + "-" + catalogs.get(c).name(),
              new CodeInput(LOOK_ALIKES.get(i), c));
        }
      }
    }
    Random random = new Random(5);
    int target = inputs.size() + RANDOM;
    String letters = "abcdeilnorstuvACDEINORSTU_- .";
    while (inputs.size() < target) {
      StringBuilder code = new StringBuilder();
      int length = random.nextInt(GeneratedLookupFuzzTest.MAX_CODE + 1);
      boolean anyChars = random.nextBoolean();
      for (int i = 0; i < length; i++) {
        code.append(anyChars ? (char) random.nextInt(0x10000)
            : letters.charAt(random.nextInt(letters.length())));
      }
      int c = random.nextInt(catalogs.size());
      if (GeneratedLookupFuzzTest.unknown(catalogs.get(c), code.toString())) {
        inputs.put(String.format("random-%02d", inputs.size()), new CodeInput(code.toString(), c));
      }
    }
    return inputs;
  }

  /** {@code true} at every {@code step}-th position. */
  private static List<Boolean> alternate(int length, int step) {
    List<Boolean> flips = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      flips.add(i % step == 0);
    }
    return List.copyOf(flips);
  }
}

package dev.oautherrors.processor.generate;

import dev.oautherrors.fuzzsupport.CommittedCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link GeneratedLookupFuzzTest}'s committed corpus is {@link LookupCorpus} ({@link
 * CommittedCorpus} checks each folder); {@code -Dcorpus.update=true} rewrites the files after a
 * change to the corpus or to an input's layout.
 */
class LookupCorpusTest {
  @BeforeAll
  static void loadJazzerRuntime() {
    CommittedCorpus.installJazzerRuntime();
  }

  @TestFactory
  Stream<DynamicTest> committedCorpusIsTheDeclaredOne() throws ReflectiveOperationException {
    Class<?> test = GeneratedLookupFuzzTest.class;
    return LookupCorpus.targets(GeneratedLookupFuzzTest.catalogs()).stream()
        .map(target -> DynamicTest.dynamicTest(test.getSimpleName() + "#" + target.method(),
            () -> CommittedCorpus.check(CommittedCorpus.folderOf(test, target.method()),
                target.inputs(), target.decoder())));
  }
}

package dev.oautherrors.runtime;

import dev.oautherrors.fuzzsupport.CommittedCorpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The property fuzz tests' committed corpus is {@link PropertyCorpus} ({@link CommittedCorpus}
 * checks each folder); {@code -Dcorpus.update=true} rewrites the files after a change to the
 * corpus or to an input's layout.
 */
class PropertyCorpusTest {
  @BeforeAll
  static void loadJazzerRuntime() {
    CommittedCorpus.installJazzerRuntime();
  }

  @TestFactory
  Stream<DynamicTest> committedCorpusIsTheDeclaredOne() {
    return PropertyCorpus.targets().stream().map(target -> DynamicTest.dynamicTest(
        target.testClass().getSimpleName() + "#" + target.method(),
        () -> CommittedCorpus.check(CommittedCorpus.folderOf(target.testClass(), target.method()),
            target.inputs(), target.decoder())));
  }
}

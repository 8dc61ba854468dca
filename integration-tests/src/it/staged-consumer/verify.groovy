// Builds this project as a user of a release would: from an empty local repository, with this
// project's artifacts coming only from the staging repository that the main build deployed to
// (its <repositories>), and everything else (Maven's plugins, JUnit, jackson-core) from the main
// build's local repository or Central (settings.xml, which serves no snapshots).

import java.util.concurrent.TimeUnit

File settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile() : "no ${settings}: where does this invoker version put its settings?"
File freshRepository = new File(basedir, 'target/fresh-local-repository')
File log = new File(basedir, 'consumer-build.log')

List<String> command = [new File(mavenHome, 'bin/mvn').path, '-B', '-ntp', '-V',
    '-s', settings.path, "-Dmaven.repo.local=${freshRepository}".toString(), 'verify']
ProcessBuilder builder = new ProcessBuilder(command).directory(basedir)
    .redirectErrorStream(true).redirectOutput(log)
builder.environment().put('JAVA_HOME', javaHome.toString())
Process process = builder.start()
if (!process.waitFor(5, TimeUnit.MINUTES)) {
  process.destroyForcibly()
  throw new AssertionError("the consumer build took over 5 minutes; see ${log}")
}
String text = log.text
assert process.exitValue() == 0 : "the consumer build failed; see ${log}"
assert text.contains('Tests run: 2, Failures: 0, Errors: 0') : "the consumer's tests did not run; see ${log}"
assert text.contains('src/main/resources/errors.yaml recorded') : "track-catalog did not run; see ${log}"

// Each artifact of this project came from the staging repository (Maven records where it
// downloaded a file from in _remote.repositories).
for (String artifact in ['oauth-errors-runtime', 'oauth-errors-annotations', 'oauth-errors-processor',
                         'oauth-errors-maven-plugin', 'oauth-errors-parent']) {
  File dir = new File(freshRepository, "dev/oautherrors/${artifact}/${projectVersion}")
  File origins = new File(dir, '_remote.repositories')
  assert origins.isFile() : "${artifact} was not resolved into ${dir}"
  assert origins.text.contains('>oauth-errors-staging=') :
      "${artifact} did not come from the staging repository:\n${origins.text}"
}

// The processor path held the processor (its libraries shaded inside), the annotations and the
// runtime, and none of the processor's own libraries as separate jars.
for (String library in ['org/yaml/snakeyaml', 'com/fasterxml/jackson/dataformat',
                        'com/fasterxml/jackson/core/jackson-databind', 'com/palantir/javapoet']) {
  assert !new File(freshRepository, library).exists() :
      "${library} was downloaded: the published processor must not depend on it"
}
return true

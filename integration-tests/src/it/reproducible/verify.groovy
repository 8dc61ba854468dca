// A second build of every published module, from a copy of the sources in another folder and
// at another time, must give the same bytes as the main build: the jars, sources jars and javadoc
// jars deployed to the staging repository. Runs on the JDK running Maven (the main build's), since
// the manifest names the JDK that built the jar.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.security.MessageDigest
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

File root = new File(rootDirectory.toString())
File staging = new File(stagingDirectory.toString(), 'dev/oautherrors')
assert staging.isDirectory() : "no staging repository at ${staging}: run the main build's verify first"

// The staged jars, by artifactId and classifier ('' for the main jar).
Map<String, File> staged = [:]
staging.eachDir { File artifact ->
  new File(artifact, projectVersion.toString()).eachFileMatch(~/.*\.jar/) { File jar ->
    String rest = jar.name.substring(artifact.name.length() + 1) - '.jar'
    def classifier = rest =~ /^[0-9.]+-\d{8}\.\d{6}-\d+(?:-(.+))?$/
    assert classifier.matches() : "unexpected staged file name ${jar}"
    staged["${artifact.name}:${classifier.group(1) ?: ''}".toString()] = jar
  }
}
assert staged.keySet().containsAll(['oauth-errors-runtime:', 'oauth-errors-runtime:sources',
    'oauth-errors-runtime:javadoc', 'oauth-errors-processor:', 'oauth-errors-annotations:',
    'oauth-errors-maven-plugin:']) : "staged: ${staged.keySet()}"

// The sources, without any build output.
File copy = new File(basedir, 'target/second-build')
Path from = root.toPath().toRealPath()
Files.walk(from).withCloseable { stream ->
  stream.filter { Path path -> Files.isRegularFile(path) }
      .filter { Path path ->
        List<String> parts = from.relativize(path).collect { it.toString() }
        !parts.contains('target') && parts[0] != '.git' && parts[-1] != 'dependency-reduced-pom.xml'
      }
      .forEach { Path path ->
        Path to = copy.toPath().resolve(from.relativize(path).toString())
        Files.createDirectories(to.parent)
        Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
      }
}

String javaHomeOfMaven = System.getProperty('java.home')
Set<String> published = staged.keySet().collect { it.split(':')[0] } as Set
File log = new File(basedir, 'second-build.log')
File settings = new File(basedir.parentFile, 'interpolated-settings.xml')
// -am: published modules may need unpublished ones (integrations' test-support, in test scope).
List<String> command = [new File(mavenHome, 'bin/mvn').path, '-B', '-ntp', '-V', '-s', settings.path,
    "-Dmaven.repo.local=${localRepositoryPath}".toString(), '-Dmaven.test.skip=true',
    '-pl', ([':oauth-errors-parent'] + published.collect { ':' + it }).join(','), '-am', 'package']
ProcessBuilder builder = new ProcessBuilder(command).directory(copy).redirectErrorStream(true).redirectOutput(log)
builder.environment().put('JAVA_HOME', javaHomeOfMaven)
Process process = builder.start()
if (!process.waitFor(8, TimeUnit.MINUTES)) {
  process.destroyForcibly()
  throw new AssertionError("the second build took over 8 minutes; see ${log}")
}
assert process.exitValue() == 0 : "the second build failed; see ${log}"

String sha256(File file) {
  MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
}

// What differs inside two jars: entries only in one, entries whose bytes or timestamps differ.
List<String> differences(File first, File second) {
  Map<String, List> entries = [:]
  [first, second].eachWithIndex { File jar, int index ->
    new ZipFile(jar).withCloseable { ZipFile zip ->
      zip.entries().each { entry ->
        List seen = entries.computeIfAbsent(entry.name) { [null, null] }
        seen[index] = [entry.time, zip.getInputStream(entry).bytes.encodeHex().toString().hashCode()]
      }
    }
  }
  entries.findAll { name, seen -> seen[0] != seen[1] }.collect { name, seen ->
    seen[0] == null ? "only in the second: ${name}" : seen[1] == null ? "only in the first: ${name}"
        : seen[0][0] != seen[1][0] ? "timestamp differs: ${name}" : "content differs: ${name}"
  }
}

List<String> problems = []
staged.each { String key, File first ->
  String artifactId = key.split(':')[0]
  String classifier = key.split(':').size() > 1 ? '-' + key.split(':')[1] : ''
  String name = "${artifactId}-${projectVersion}${classifier}.jar"
  List<File> matches = []
  copy.eachFileRecurse { if (it.name == name && it.parentFile.name == 'target') matches << it }
  if (matches.size() != 1) {
    problems << "${name}: the second build wrote ${matches.size()} such jars"
  } else if (sha256(first) != sha256(matches[0])) {
    problems << "${name} differs:\n    " + differences(first, matches[0]).take(10).join('\n    ')
  }
}
assert problems.isEmpty() : "the second build is not byte-identical (see ${log}; files left in target/ by an earlier build without clean end up in jars too):\n  " + problems.join('\n  ')
println "  ${staged.size()} jars byte-identical across two builds"
return true

// The processor jar as users get it. Gradle reads META-INF/gradle/incremental.annotation.processors
// to know how it may compile incrementally; it must name the processor, as aggregating. The jar
// carries its libraries relocated under dev.oautherrors.processor.shaded, and its POM depends on
// nothing but the annotations and the runtime, so that a processor path never clashes with
// another version of Jackson, SnakeYAML or JavaPoet.
import java.util.jar.JarFile

String version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
    .dependencies.dependency.find { it.artifactId.text() == 'oauth-errors-processor' }.version.text()
File dir = new File(localRepositoryPath, "dev/oautherrors/oauth-errors-processor/${version}")
File jar = new File(dir, "oauth-errors-processor-${version}.jar")
assert jar.isFile() : "no processor jar at ${jar}"

new JarFile(jar).withCloseable { JarFile archive ->
  def entry = archive.getEntry('META-INF/gradle/incremental.annotation.processors')
  assert entry != null : "${jar} has no META-INF/gradle/incremental.annotation.processors"
  String registration = archive.getInputStream(entry).getText('UTF-8')
  assert registration == 'dev.oautherrors.processor.OAuthErrorsProcessor,aggregating\n'
  assert archive.getEntry('dev/oautherrors/processor/OAuthErrorsProcessor.class') != null
  assert archive.getInputStream(archive.getEntry('META-INF/services/javax.annotation.processing.Processor'))
      .getText('UTF-8').trim() == 'dev.oautherrors.processor.OAuthErrorsProcessor'

  List<String> classes = archive.entries().toList()*.name.findAll { it.endsWith('.class') }
  List<String> outside = classes.findAll { !it.startsWith('dev/oautherrors/processor/') }
  assert outside.isEmpty() : "classes outside the processor's package: ${outside.take(5)}"
  for (String library in ['com/fasterxml/jackson/core/', 'com/fasterxml/jackson/dataformat/yaml/',
                          'org/yaml/snakeyaml/', 'com/palantir/javapoet/']) {
    assert classes.any { it.startsWith("dev/oautherrors/processor/shaded/${library}") } :
        "${library} is not relocated into the jar"
  }
  assert !classes.any { it.startsWith('dev/oautherrors/processor/shaded/com/fasterxml/jackson/databind/') } :
      'jackson-databind is in the jar; the processor never uses it'
  assert !archive.entries().toList()*.name.any { it.startsWith('META-INF/versions/') || it.endsWith('module-info.class') }
  assert archive.manifest.mainAttributes.getValue('Automatic-Module-Name') == 'dev.oautherrors.processor'
  assert archive.manifest.mainAttributes.getValue('Multi-Release') == null
  assert archive.getInputStream(archive.getEntry('META-INF/LICENSE')).getText('UTF-8').contains('Apache License')
  assert archive.getEntry('META-INF/NOTICE') != null : 'the NOTICE of the shaded Jackson is missing'
}

// The POM users resolve: the annotations and the runtime, without the runtime's jackson-core.
def pom = new groovy.xml.XmlSlurper().parse(new File(dir, "oauth-errors-processor-${version}.pom"))
def runtimeScoped = pom.dependencies.dependency.findAll { it.scope.text() in ['', 'compile', 'runtime'] }
assert runtimeScoped*.artifactId*.text().sort() == ['oauth-errors-annotations', 'oauth-errors-runtime']
def runtime = runtimeScoped.find { it.artifactId.text() == 'oauth-errors-runtime' }
assert runtime.exclusions.exclusion*.artifactId*.text() == ['jackson-core']
return true

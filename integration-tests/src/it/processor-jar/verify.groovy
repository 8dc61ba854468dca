// Gradle reads META-INF/gradle/incremental.annotation.processors from the processor jar to know
// how it may compile incrementally; it must name the processor, as aggregating.
import java.util.jar.JarFile

String version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
    .dependencies.dependency.find { it.artifactId.text() == 'oauth-errors-processor' }.version.text()
File jar = new File(localRepositoryPath,
    "dev/oautherrors/oauth-errors-processor/${version}/oauth-errors-processor-${version}.jar")
assert jar.isFile() : "no processor jar at ${jar}"

new JarFile(jar).withCloseable { JarFile archive ->
  def entry = archive.getEntry('META-INF/gradle/incremental.annotation.processors')
  assert entry != null : "${jar} has no META-INF/gradle/incremental.annotation.processors"
  String registration = archive.getInputStream(entry).getText('UTF-8')
  assert registration == 'dev.oautherrors.processor.OAuthErrorsProcessor,aggregating\n'
  assert archive.getEntry('dev/oautherrors/processor/OAuthErrorsProcessor.class') != null
}
return true

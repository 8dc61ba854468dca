// Runs the modular application as its users would: on the module path, then from a jlink image.
// Neither needs anything but the modules the application declares (java.compiler, for the
// generated @Generated, is a compile-time-only dependence and stays out of the image).
import java.util.concurrent.TimeUnit

File jdk = new File(javaHome.toString())
String modulePath = ['target/classes', 'target/modules'].collect { new File(basedir, it).path }.join(File.pathSeparator)
List<String> bodies = ['{"error":"invalid_grant","error_description":"expired access/refresh token"}',
                       '{"error":"slow_down"}']
List<String> expected = ['InvalidGrantException: Your session expired; sign in again.',
                         'UnknownOAuthErrorException: Sign-in failed (slow_down).']

Closure<String> run = { String name, List<String> command ->
  File log = new File(basedir, "${name}.log")
  Process process = new ProcessBuilder(command).directory(basedir)
      .redirectErrorStream(true).redirectOutput(log).start()
  if (!process.waitFor(2, TimeUnit.MINUTES)) {
    process.destroyForcibly()
    throw new AssertionError("${name} took over 2 minutes; see ${log}")
  }
  assert process.exitValue() == 0 : "${name} failed (exit ${process.exitValue()}):\n${log.text}"
  log.text
}

String onModulePath = run('module-path', [new File(jdk, 'bin/java').path, '-p', modulePath,
    '-m', 'com.example.login/com.example.login.Main'] + bodies)
assert onModulePath.readLines() == expected : "on the module path:\n${onModulePath}"

// JDK 17 links from its jmods; a JDK without them (Temurin 24+) links from its own run-time image.
File image = new File(basedir, 'target/image')
File jmods = new File(jdk, 'jmods')
String linkPath = jmods.isDirectory() ? modulePath + File.pathSeparator + jmods.path : modulePath
run('jlink', [new File(jdk, 'bin/jlink').path, '--module-path', linkPath,
    '--add-modules', 'com.example.login', '--output', image.path, '--strip-debug', '--no-header-files',
    '--no-man-pages'])
String modules = run('image-modules', [new File(image, 'bin/java').path, '--list-modules'])
for (String module in ['com.example.login', 'dev.oautherrors.runtime', 'com.fasterxml.jackson.core',
                       'java.net.http', 'java.base']) {
  assert modules.readLines().any { it.startsWith(module + '@') || it == module } :
      "${module} is not in the image:\n${modules}"
}
for (String module in ['java.compiler', 'dev.oautherrors.annotations']) {
  assert !modules.readLines().any { it.startsWith(module + '@') || it == module } :
      "${module} (needed at compile time only) is in the image:\n${modules}"
}
String inImage = run('image', [new File(image, 'bin/java').path, '-m', 'com.example.login/com.example.login.Main'] + bodies)
assert inImage.readLines() == expected : "in the jlink image:\n${inImage}"
return true

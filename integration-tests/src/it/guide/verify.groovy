// Follows README.md's guide ("Add it to your Maven project in five minutes") literally. Each
// marker in README says what the next fenced block is:
//   <!-- guide: file PATH -->  the block is written to PATH in an empty project, exactly as shown
//                              (a later block for the same PATH replaces it, as the reader does);
//   <!-- guide: run NAME -->   the block's commands are run in the project, and CLAIMS[NAME]
//                              checks what the guide says they do.
// Only README's placeholder for the clone's path (file:///path/to/oauth-errors/target/staging-repo)
// is replaced, by this build's staging repository. A run step without a claim here, or a claim
// README no longer has, fails the test, so the two cannot drift apart. The project builds from an
// empty local repository: this project's artifacts come from the staging repository only.

File readme = new File(rootDirectory.toString(), 'README.md')
String text = readme.text.replace('\r\n', '\n')
int start = text.indexOf('## Add it to your Maven project')
assert start >= 0 : "README.md has no guide section"
int end = text.indexOf('\n## ', start + 1)
String guide = text.substring(start, end < 0 ? text.length() : end)
int guideLine = text.substring(0, start).count('\n') + 1

String placeholder = 'file:///path/to/oauth-errors/target/staging-repo'
String staging = new File(stagingDirectory.toString()).toURI().toString()
File project = new File(basedir, 'target/guide-project')
project.deleteDir()
project.mkdirs()
File settings = new File(basedir.parentFile, 'interpolated-settings.xml')
File freshRepository = new File(basedir, 'target/fresh-local-repository')
File mvn = new File(mavenHome.toString(), 'bin/mvn')
String generated = 'target/generated-sources/annotations/com/example/login/oauth'

Map<String, Closure> claims = [
  // Step 1 is the build that runs this test (README's test command includes it): check that the
  // command is the one that fills the staging repository, without running the tests again.
  'install': { String command, Map result ->
    assert command ==~ /mvn( -[-\w.=]+)* verify/ && command.contains('-DskipTests') :
        "step 1 should build and stage without tests: ${command}"
    assert new File(stagingDirectory.toString(), "dev/oautherrors/oauth-errors-processor/${projectVersion}").isDirectory()
    null
  },
  'compile-generates': { String command, Map result ->
    assert result.exit == 0 : "the first compile failed; see ${result.log}"
    for (String type in ['AccessDeniedException', 'InvalidGrantException',
                         'UnknownOAuthErrorException', 'OAuthErrorException', 'OAuthErrorVisitor',
                         'OAuthErrors']) {
      assert new File(project, "${generated}/${type}.java").isFile() :
          "${type} was not generated; see ${result.log}"
    }
    assert new File(project, 'target/classes/com/example/login/Main.class').isFile()
    null
  },
  'compile-missing-codes': { String command, Map result ->
    assert result.exit != 0 : "a handler without invalid_grant compiled; see ${result.log}"
    String log = result.text
    assert log.contains('[OAuthErrors/MissingCodes] LoginErrors does not handle') : result.log
    assert log.contains('- invalid_grant (errors.yaml:') : result.log
    assert log.contains('String onInvalidGrant(InvalidGrantException e) {') : result.log
    assert log.contains('String onUnknown(UnknownOAuthErrorException e) {') : result.log
    assert !log.contains('cannot find symbol') : "a cascade of javac errors; see ${result.log}"
    null
  },
  'exec': { String command, Map result ->
    assert result.exit == 0 : "the app did not run; see ${result.log}"
    assert new File(project, 'target/generated-sources/annotations/com/example/login/LoginErrorsDispatcher.java').isFile()
    assert result.text.contains('Your sign-in has expired; sign in again.') : result.log
    null
  },
]

Closure<Map> runIn = evaluate(new File(basedir.parentFile, 'it-parent/steps.groovy')).runIn
Closure<Map> runStep = { String name, String command ->
  assert command.startsWith('mvn ') : "step ${name}: only mvn commands are run here: ${command}"
  List<String> words = command.substring(4).trim().split(/\s+/) as List
  runIn(project, name, command, [mvn.path, '-B', '-ntp', '-s', settings.path,
      "-Dmaven.repo.local=${freshRepository}".toString()] + words)
}

def marker = ~/(?m)^<!-- guide: (file|run) (\S+) -->\n```(\w+)\n([\s\S]*?)^```$/
Set<String> ran = []
int files = 0
def matcher = marker.matcher(guide)
while (matcher.find()) {
  String kind = matcher.group(1), target = matcher.group(2), body = matcher.group(4)
  int line = guideLine + guide.substring(0, matcher.start()).count('\n')
  if (kind == 'file') {
    File file = new File(project, target)
    file.parentFile.mkdirs()
    if (target == 'pom.xml') {
      assert body.contains(placeholder) : "README.md:${line}: the pom lost its staging placeholder"
      assert body.contains("<oauth-errors.version>${projectVersion}</oauth-errors.version>") :
          "README.md:${line}: the pom's oauth-errors.version is not ${projectVersion}"
      body = body.replace(placeholder, staging)
    }
    file.text = body
    files++
  } else {
    Closure claim = claims[target]
    assert claim != null : "README.md:${line}: step '${target}' has no claim in guide/verify.groovy"
    List<String> commands = body.readLines().findAll { it.trim() && !it.startsWith('#') }
    assert commands.size() == 1 : "README.md:${line}: one command per run step"
    claim(commands[0], target == 'install' ? null : runStep(target, commands[0]))
    ran << target
  }
}
assert files >= 5 : "only ${files} files in README's guide: did the markers change?"
assert ran == claims.keySet() : "README's guide runs ${ran}, the test has claims for ${claims.keySet()}"

// This project's artifacts came from the staging repository alone.
for (String artifact in ['oauth-errors-runtime', 'oauth-errors-annotations', 'oauth-errors-processor',
                         'oauth-errors-maven-plugin']) {
  File origins = new File(freshRepository, "dev/oautherrors/${artifact}/${projectVersion}/_remote.repositories")
  assert origins.isFile() && origins.text.contains('>oauth-errors-staging=') :
      "${artifact} did not come from the staging repository"
}
return true

// Edits the catalog and the handler and rebuilds after each edit, as a user would: no clean, the
// same settings and local repository as invoker's own build (which ran `verify` first). Invoker
// runs scripts only before its first and after its last build, so it cannot edit files between
// builds; this script runs Maven itself instead (it-parent/steps.groovy), one log per step:
// step-<n>-<name>.log.

File catalog = new File(basedir, 'src/main/resources/errors.yaml')
File handler = new File(basedir, 'src/main/java/com/example/login/LoginErrors.java')
String originalCatalog = catalog.text
String addedCode = '''\
  - code: invalid_scope
    cause: The requested scope is invalid, unknown or malformed.
'''
Closure<Map> mvn = evaluate(new File(basedir.parentFile, 'it-parent/steps.groovy')).mvn

// The output of one mojo execution: from its '--- plugin:version:goal (id) @ ...' header to
// the next header.
Closure<String> execution = { Map run, String goalAndId ->
  int start = run.text.indexOf(goalAndId)
  assert start >= 0 : "${run.log}: ${goalAndId} did not run"
  int end = run.text.indexOf('--- ', start + goalAndId.length())
  run.text.substring(start, end < 0 ? run.text.length() : end)
}
// Every build, invoker's and this script's, runs on the JDK this invoker execution is for.
Closure onTheRightJdk = { Map run ->
  def home = run.text =~ /Java version: .*, runtime: (.+)/
  assert home.find() : "${run.name}: no 'Java version' line (mvn -V); see ${run.log}"
  assert new File(home.group(1).trim()).canonicalPath == new File(javaHome.toString()).canonicalPath :
      "${run.name} ran on ${home.group(1)}, not ${javaHome}; see ${run.log}"
}
Closure passes = { Map run ->
  assert run.exit == 0 : "${run.name} should pass; see ${run.log}"
}
Closure failsOnMissingCode = { Map run, String code ->
  assert run.exit != 0 : "${run.name} should fail; see ${run.log}"
  assert run.text.contains('[OAuthErrors/MissingCodes] LoginErrors does not handle 1 code of errors.yaml:') :
      "${run.name}: no MissingCodes error; see ${run.log}"
  assert run.text.contains("- ${code} (errors.yaml:") : "${run.name}: ${code} is not named; see ${run.log}"
}
Closure tracked = { Map run, String what ->
  assert execution(run, 'track-catalog (default)').contains("src/main/resources/errors.yaml ${what}") :
      "${run.name}: track-catalog did not say '${what}'; see ${run.log}"
}
Closure compilesNothing = { Map run, List<String> ids ->
  for (String id in ids) {
    assert execution(run, id).contains('Nothing to compile') : "${run.name}: ${id} recompiled; see ${run.log}"
  }
}
List<String> mainCompile = ['compile (default-compile)']
List<String> allCompiles = mainCompile + ['testCompile (default-testCompile)']

// Invoker's first build recorded the catalog, compiled, and ran the test.
Map first = [name: 'first build', exit: 0, log: new File(basedir, 'build.log')]
first.text = first.log.text
onTheRightJdk(first)
tracked(first, 'recorded')
assert first.text.contains('Tests run: 2, Failures: 0, Errors: 0') : "the test did not run; see ${first.log}"

// 1. No change: nothing is recompiled.
Map run = mvn('no-change', 'verify')
onTheRightJdk(run)
passes(run)
tracked(run, 'unchanged')
compilesNothing(run, allCompiles)

// 2. A new code: the handler that misses it fails the build, without clean.
catalog.text = originalCatalog + addedCode
run = mvn('add-code', 'compile')
failsOnMissingCode(run, 'invalid_scope')
tracked(run, 'changed')

// 3. Building again without a fix fails again: the failed build left no stale classes.
run = mvn('rebuild-unfixed', 'compile')
failsOnMissingCode(run, 'invalid_scope')
tracked(run, 'unchanged')

// 4. Removing the code again makes the build pass.
catalog.text = originalCatalog
run = mvn('remove-code', 'verify')
passes(run)
tracked(run, 'changed')

// 5. Adding it back fails; handling it passes, and the test sees the new code handled.
catalog.text = originalCatalog + addedCode
run = mvn('add-code-again', 'verify')
failsOnMissingCode(run, 'invalid_scope')
handler.text = handler.text.replace('  String onUnknown(', '''\
  String onScope(com.example.login.oauth.InvalidScopeException e) {
    return "ask for less";
  }

  String onUnknown(''')
run = mvn('handle-code', 'verify')
passes(run)
assert run.text.contains('Tests run: 2, Failures: 0, Errors: 0') : "the test did not run; see ${run.log}"

// 6. And once more without a change: nothing to compile.
run = mvn('no-change-again', 'compile')
passes(run)
compilesNothing(run, mainCompile)
tracked(run, 'unchanged')

return true

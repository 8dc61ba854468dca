// The build failed (invoker.buildResult); it must have failed for the right reason, and say how
// to fix it.
String log = new File(basedir, 'build.log').text
assert log.contains('[OAuthErrors/MissingCodes] LoginErrors does not handle 1 code of errors.yaml:')
assert log.contains('- slow_down (errors.yaml:8): The client polls the token endpoint too often.')
assert log.contains('String onSlowDown(SlowDownException e) {')
assert !new File(basedir, 'target/classes/com/example/login/LoginErrors.class').exists()
return true

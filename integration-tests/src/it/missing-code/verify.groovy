// The build failed (invoker.buildResult); it must have failed for the right reason, and say how
// to fix it.
String log = new File(basedir, 'build.log').text
assert log.contains('[OAuthErrors/MissingCodes] LoginErrors does not handle 1 code of errors.yaml:')
assert log.contains('- slow_down (errors.yaml:8): The client polls the token endpoint too often.')
assert log.contains('String onSlowDown(SlowDownException e) {')
assert !new File(basedir, 'target/classes/com/example/login/LoginErrors.class').exists()
// The dispatcher is written all the same, so that code using it adds no 'cannot find symbol'.
assert !log.contains('cannot find symbol')
String dispatcher = new File(basedir,
    'target/generated-sources/annotations/com/example/login/LoginErrorsDispatcher.java').text
assert dispatcher.contains('// no method handles slow_down yet: the build fails with '
    + '[OAuthErrors/MissingCodes] until one does')
return true

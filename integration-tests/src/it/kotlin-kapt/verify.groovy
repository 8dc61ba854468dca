// kapt ran the processor on the Kotlin handler; the app it built dispatches real errors. Then a
// handler that takes Kotlin's default-imported kotlin.io.AccessDeniedException is refused with a
// message that names both types and the fix, at the Kotlin source line.
import java.util.concurrent.TimeUnit

String log = new File(basedir, 'build.log').text
File classes = new File(basedir, 'target/classes/com/example/login')
assert new File(classes, 'oauth/OAuthErrors.class').isFile() : "kapt generated no catalog types; see build.log"
assert new File(classes, 'LoginErrorsDispatcher.class').isFile() : "kapt generated no dispatcher; see build.log"

String classPath = new File(basedir, 'target/classes').path + File.pathSeparator +
    new File(basedir, 'target/classpath.txt').text.trim()
File run = new File(basedir, 'run.log')
Process process = new ProcessBuilder([new File(javaHome.toString(), 'bin/java').path, '-cp', classPath,
    'com.example.login.MainKt', '{"error":"access_denied"}', '{"error":"slow_down"}'])
    .directory(basedir).redirectErrorStream(true).redirectOutput(run).start()
assert process.waitFor(1, TimeUnit.MINUTES) : 'the app took over a minute'
assert process.exitValue() == 0 : "the app failed:\n${run.text}"
assert run.text.readLines() == ['You declined access; sign in again to retry.', 'Sign-in failed (slow_down).']

String expected = "handler method onDenied(AccessDeniedException) takes kotlin.io.AccessDeniedException, " +
    "not the catalog's com.example.login.oauth.AccessDeniedException of the same name; Kotlin imports " +
    "kotlin.io.AccessDeniedException by default, and under kapt it wins while the catalog's types are " +
    "not generated yet: import the catalog's type under another name (import " +
    "com.example.login.oauth.AccessDeniedException as OAuthAccessDeniedException) or write its name in full"
assert log.contains('[OAuthErrors/NotAnErrorType] ' + expected) : "no NotAnErrorType message for the default import; see build.log"
assert log =~ /src\/default-import\/kotlin\/com\/example\/login\/LoginErrors\.kt:\[?\d+/ :
    'the error is not reported at the Kotlin source (mapDiagnosticLocations); see build.log'
return true
